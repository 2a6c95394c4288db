/**
 * Where the runtime reports what the user must not see (stacks of failed
 * handlers, warnings for the developer). Front ends replace the default: a
 * full-screen app cannot print to the terminal it draws on.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: message => console.error(message),
  warn: message => console.error(`warning: ${message}`),
  error: (message, error) => console.error(message, error instanceof Error ? (error.stack ?? error.message) : (error ?? '')),
};
