// CPU per keystroke of the renderer alone, in-process: SESSIONS hangman screens, keys typed
// round robin as the SSH load types them (ssh-load.ts's keyAt), as the bundle ships. No SSH:
// what is left of a keystroke's cost once transport is taken away. Not a *.bench.ts: a tool
// for tuning.
//
// GAP_MS waits that long after each key, as a server between keystrokes does. Keys typed
// back to back keep every cache warm and read about half of what the same keys cost paced
// (the render's own time per key, printed too, grows by about 1.6x; the rest goes to GC
// and timers), so compare figures only at the same gap.
//
// Usage: NODE_ENV=production node --conditions=termblocks-source --import tsx bench/frame-cost.ts [SESSIONS] [KEYS] [GAP_MS]
import {benchTerminal, bundledRenderer} from './render.bench.js';
import {keyAt} from './ssh-load.js';

const sessions = Number(process.argv[2] ?? 50);
const keys = Number(process.argv[3] ?? 4000);
const gapMs = Number(process.argv[4] ?? 0);
const {demo, mountApp} = await bundledRenderer();
let bytes = 0;
const screens: {session: ReturnType<typeof demo.session>; mounted: ReturnType<typeof mountApp>; type: (data: string) => void}[] =
  [];
for (let i = 0; i < sessions; i++) {
  const {terminal, type} = benchTerminal(data => {
    bytes += Buffer.byteLength(data);
  });
  const session = demo.session();
  const mounted = mountApp(session, terminal);
  await mounted.settled();
  screens.push({session, mounted, type});
}
/** CPU ms per key, and the ms from each key to its frame settled. */
async function round(count: number): Promise<{cpu: number; render: number}> {
  const started = process.cpuUsage();
  let rendering = 0;
  for (let k = 0; k < count; k++) {
    const screen = screens[k % sessions];
    const at = performance.now();
    screen.type(keyAt(Math.floor(k / sessions)));
    await screen.mounted.settled();
    rendering += performance.now() - at;
    if (gapMs > 0) await new Promise(resolve => setTimeout(resolve, gapMs));
  }
  const used = process.cpuUsage(started);
  return {cpu: (used.user + used.system) / 1000 / count, render: rendering / count};
}
await round(Math.min(keys, 1000));
bytes = 0;
const {cpu, render} = await round(keys);
console.log(
  `${sessions} sessions, ${keys} keys, ${gapMs} ms apart: ${cpu.toFixed(3)} ms CPU per key ` +
    `(${render.toFixed(3)} ms of it from key to frame), ${(bytes / keys).toFixed(1)} bytes per key`,
);
for (const screen of screens) {
  await screen.mounted.unmount();
  await screen.session.close();
}
