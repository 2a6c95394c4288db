// CPU per keystroke of the renderer alone, in-process: SESSIONS hangman screens, keys typed
// round robin (a letter, then Backspace), as the bundle ships. No SSH: what is left of a
// keystroke's cost once transport is taken away. Not a *.bench.ts: a tool for tuning.
//
// Usage: NODE_ENV=production node --conditions=termblocks-source --import tsx bench/frame-cost.ts [SESSIONS] [KEYS]
import {benchTerminal, bundledRenderer} from './render.bench.js';

const sessions = Number(process.argv[2] ?? 50);
const keys = Number(process.argv[3] ?? 4000);
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
async function round(count: number): Promise<number> {
  const started = process.cpuUsage();
  for (let k = 0; k < count; k++) {
    const screen = screens[k % sessions];
    screen.type(Math.floor(k / sessions) % 2 === 0 ? 'a' : '\u007f');
    await screen.mounted.settled();
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / count;
}
await round(Math.min(keys, 1000));
bytes = 0;
const perKey = await round(keys);
console.log(
  `${sessions} sessions, ${keys} keys: ${perKey.toFixed(3)} ms CPU per key, ${(bytes / keys).toFixed(1)} bytes per key`,
);
for (const screen of screens) {
  await screen.mounted.unmount();
  await screen.session.close();
}
