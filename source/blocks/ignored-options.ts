/**
 * Gradio's options that do not apply in a terminal (flagging, example caching, the
 * browser's look) are accepted so demos port unchanged; one line in the log names
 * those a call gave. Build time has no session logger yet, so it goes to stderr
 * before any screen is drawn.
 */
export function logIgnoredOptions(what: string, options: object, known: ReadonlySet<string>): void {
  const ignored = Object.entries(options)
    .filter(([key, value]) => !known.has(key) && value !== undefined)
    .map(([key]) => key);
  if (ignored.length === 0) return;
  console.warn(
    `termblocks: ${what} ignores ${ignored.join(', ')}: flagging, example caching and browser options do not apply in a terminal`,
  );
}
