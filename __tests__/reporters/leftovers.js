// A Jest reporter that names what the tests left running. Jest waits for every open
// handle before it exits, so one leaked timer or child process once kept CI waiting
// until it timed out. With `forceExit` Jest exits anyway; this reporter says what was
// left, so a leak is seen and fixed rather than hidden.
export default class LeftoversReporter {
  onRunStart() {
    this.before = counts();
  }

  // Jest does not wait for a promise here before it force-exits, so the check is synchronous.
  onRunComplete() {
    const after = counts();
    const left = [...after]
      .map(([kind, count]) => [kind, count - (this.before?.get(kind) ?? 0)])
      .filter(([, count]) => count > 0);
    if (left.length === 0) return;
    const list = left.map(([kind, count]) => `${count} ${kind}`).join(', ');
    process.stderr.write(
      `\ntermblocks tests left these running after the last test: ${list}. Close them in the test that opened them.\n`,
    );
  }
}

/** How many handles of each kind (Timeout, TCPServerWrap, ProcessWrap...) the process holds now. */
function counts() {
  const map = new Map();
  for (const kind of process.getActiveResourcesInfo()) map.set(kind, (map.get(kind) ?? 0) + 1);
  return map;
}
