// Profiles termblocks serve under the load of ssh.bench.ts (default 200 sessions typing
// 5 keys/s) with node --cpu-prof, then prints the self time of the typing window, grouped
// (profile-breakdown.ts). Not a *.bench.ts: run it when you want to know where time goes.
//
// Usage: NODE_ENV=production node --conditions=termblocks-source --import tsx bench/ssh-profile.ts [SESSIONS] [DIR]
// The .cpuprofile stays in DIR (default: a new temp folder), to open in Chrome's DevTools.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {breakdown, newestProfile, printBreakdown} from './profile-breakdown.js';
import {openAll, openHangman, percentile, startServe, typeLetters} from './ssh-load.js';

const sessions = Number(process.argv[2] ?? 200);
const dir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'termblocks-profile-'));

const spawned = performance.now();
const {server, port} = await startServe(sessions, {XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache')}, [
  '--cpu-prof',
  '--cpu-prof-dir',
  dir,
]);
const clients = await openAll(sessions, 25, i => openHangman({port, username: `user${i}`, timeoutMs: 120000}));
await new Promise(resolve => setTimeout(resolve, 1000));
// The window is timed from the spawn; the profile starts a few ms later, at node's bootstrap.
const from = (performance.now() - spawned) / 1000;
const typing = await typeLetters(clients, 50);
const to = (performance.now() - spawned) / 1000;
console.log(
  `${sessions} sessions typing 5 keys/s: echo p50 ${percentile(typing.latencies, 50).toFixed(1)} ms, p99 ${percentile(typing.latencies, 99).toFixed(1)} ms`,
);
for (const entry of clients) entry.client.end();
// termblocks serve stops on SIGTERM and exits, which is when node writes the profile.
server.kill('SIGTERM');
await new Promise(resolve => server.once('exit', resolve));
const file = newestProfile(dir);
printBreakdown(file, breakdown(JSON.parse(readFileSync(file, 'utf8')), {from, to}), {from, to}, 25);
