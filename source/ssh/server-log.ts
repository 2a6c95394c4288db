import {sanitizeLine} from '../terminal/sanitize.js';

/** One line per event on stderr; user names and addresses come from clients, so they are sanitized and cut. */
export type ServerLog = (event: string, fields: Record<string, string | number | undefined>) => void;

export const stderrLog: ServerLog = (event, fields) => {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${JSON.stringify(sanitizeLine(String(v)).slice(0, 80))}`);
  process.stderr.write(`${new Date().toISOString()} ${event} ${parts.join(' ')}\n`);
};
