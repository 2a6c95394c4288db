// Groups the self time of a V8 CPU profile (node --cpu-prof) by what did the work:
// ssh2's crypto and framing, React, Yoga, Ink's output pass, termblocks' cell diff, GC...
// The bundle (dist/) inlines React, Ink and Yoga into chunks, so a function's module is
// found from esbuild's `// path/to/module.js` comment above it in the chunk.
//
// Usage: node --import tsx bench/profile-breakdown.ts PROFILE.cpuprofile|DIR [--top N] [--from S] [--to S]
//        [--inclusive name@module,...]
// --from and --to keep the samples between those seconds after the profile started (a load's window).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
  children?: number[];
}

interface Profile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups in the order printed; the first whose test matches a frame's module (or url) takes it. */
const GROUPS: [string, (module: string, name: string) => boolean][] = [
  ['idle', (_, name) => name === '(idle)'],
  ['GC', (_, name) => name === '(garbage collector)'],
  ['native, unattributed ((program))', (_, name) => name === '(program)'],
  ['ssh2 crypto and framing', m => m.includes('node_modules/ssh2/') || /^node:(internal\/)?crypto/.test(m)],
  // Native frames have no url. On loopback a socket write runs the TCP stack for both ends, inside the syscall.
  [
    'socket writes and reads (native syscalls)',
    (m, name) => m === '' && /^(writeBuffer|writev|write\w*String|read|readStart)$/.test(name),
  ],
  ['React reconcile', m => /node_modules\/(react|react-reconciler|scheduler)\//.test(m)],
  [
    'Yoga layout',
    (m, name) =>
      m.includes('node_modules/yoga-layout/') || m.startsWith('wasm://') || /^(js-to-wasm|wasm-to-js|GenericJSToWasm)/.test(name),
  ],
  [
    'Ink output pass (output, text width, ANSI)',
    m =>
      /node_modules\/ink\/build\/(output|render-node-to-output|renderer|render-border|render-background|wrap-text|measure-text|squash-text-nodes|get-max-width|colorize)\.js/.test(
        m,
      ) ||
      /node_modules\/(string-width|strip-ansi|ansi-regex|slice-ansi|cli-truncate|wrap-ansi|widest-line|get-east-asian-width|emoji-regex|@alcalzone\/ansi-tokenize|chalk|ansi-styles|cli-boxes|is-fullwidth-code-point)\//.test(
        m,
      ),
  ],
  ['Ink host (DOM nodes, styles onto Yoga, reconciler glue)', m => m.includes('node_modules/ink/')],
  ['cell diff / FrameWriter', m => /source\/terminal\/(FrameWriter|cell-grid|no-color)\.ts/.test(m)],
  ['termblocks views and frame assembly (source/terminal)', m => m.includes('source/terminal/')],
  ['termblocks SSH server (source/ssh)', m => m.includes('source/ssh/')],
  ['termblocks session and model', m => /source\/(session|blocks)\//.test(m)],
  ['Node streams, sockets, timers (node:*)', m => m.startsWith('node:')],
  // Mostly string-width's emoji test, run for Ink.
  ['regular expressions', (m, name) => m === '' && name.startsWith('RegExp:')],
  ['other', () => true],
];

/** Per chunk file: the line numbers of esbuild's module comments and the modules they name. */
const chunkModules = new Map<string, {lines: number[]; modules: string[]}>();

function modulesOf(url: string): {lines: number[]; modules: string[]} {
  let found = chunkModules.get(url);
  if (!found) {
    found = {lines: [], modules: []};
    try {
      const text = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      for (let i = 0; i < text.length; i++) {
        const match = /^\/\/ (\S+\.(?:js|mjs|cjs|ts|tsx|json))$/.exec(text[i]);
        if (match) {
          found.lines.push(i);
          found.modules.push(match[1]);
        }
      }
    } catch {
      // Not a readable file (a profile from another machine): the url alone must do.
    }
    chunkModules.set(url, found);
  }
  return found;
}

/** The module a frame's code came from: the url, or inside a bundle chunk, the module comment above its line. */
function moduleOf(frame: ProfileNode['callFrame']): string {
  const {url, lineNumber} = frame;
  if (!url.startsWith('file://') || !/\/(dist|\.termblocks-render-bench)\//.test(url)) return url;
  const {lines, modules} = modulesOf(url);
  let low = 0;
  let high = lines.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (lines[mid] <= lineNumber) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best >= 0 ? modules[best] : url;
}

/**
 * Time spent inside each named function, callees included, once per sample: `spec` is
 * `name@module` (module: a part of its path, e.g. draw@terminal/mount).
 */
export function inclusive(profile: Profile, specs: string[], window: Window): Map<string, number> {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const matches = new Map<number, string[]>();
  for (const node of profile.nodes) {
    const module = moduleOf(node.callFrame);
    const hits = specs.filter(spec => {
      const [name, part = ''] = spec.split('@');
      return node.callFrame.functionName === name && module.includes(part);
    });
    if (hits.length > 0) matches.set(node.id, hits);
  }
  const totals = new Map<string, number>(specs.map(spec => [spec, 0]));
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at / 1e6 < window.from || at / 1e6 > window.to) continue;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      for (const spec of matches.get(id) ?? []) seen.add(spec);
      if (!byId.has(id)) break;
    }
    for (const spec of seen) totals.set(spec, (totals.get(spec) ?? 0) + delta / 1000);
  }
  return totals;
}

export function newestProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const profiles = readdirSync(path)
    .filter(name => name.endsWith('.cpuprofile'))
    .map(name => join(path, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (profiles.length === 0) throw new Error(`${path} holds no .cpuprofile: run node with --cpu-prof --cpu-prof-dir ${path}`);
  return profiles[0];
}

export interface Window {
  /** Seconds after the profile's start. */
  from: number;
  to: number;
}

export function breakdown(
  profile: Profile,
  window: Window = {from: 0, to: Number.POSITIVE_INFINITY},
): {groups: Map<string, number>; functions: Map<string, number>; totalMs: number} {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const selfMs = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's delta is the time since the previous one: it is charged to this sample's frame.
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at / 1e6 < window.from || at / 1e6 > window.to) continue;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + delta / 1000);
  }
  const groups = new Map<string, number>(GROUPS.map(([name]) => [name, 0]));
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const module = moduleOf(frame);
    const group = (GROUPS.find(([, test]) => test(module, frame.functionName)) as (typeof GROUPS)[number])[0];
    groups.set(group, (groups.get(group) ?? 0) + ms);
    totalMs += ms;
    const key = `${frame.functionName || '(anonymous)'}  ${module.replace(/^.*node_modules\//, '').replace(/^.*\/(source\/)/, '$1')}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  return {groups, functions, totalMs};
}

function main(): void {
  const [path, ...flags] = process.argv.slice(2);
  if (!path) {
    console.error('usage: bench/profile-breakdown.ts PROFILE.cpuprofile|DIR [--top N] [--from S] [--to S]');
    process.exitCode = 2;
    return;
  }
  const option = (name: string, fallback: number): number => {
    const index = flags.indexOf(name);
    return index >= 0 ? Number(flags[index + 1]) : fallback;
  };
  const file = newestProfile(path);
  const window = {from: option('--from', 0), to: option('--to', Number.POSITIVE_INFINITY)};
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  printBreakdown(file, breakdown(profile, window), window, option('--top', 20));
  const index = flags.indexOf('--inclusive');
  if (index >= 0) {
    console.log('\ninclusive (callees included):');
    for (const [spec, ms] of inclusive(profile, flags[index + 1].split(','), window))
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${spec}`);
  }
}

export function printBreakdown(file: string, result: ReturnType<typeof breakdown>, window: Window, top: number): void {
  const {groups, functions, totalMs} = result;
  const idle = groups.get('idle') ?? 0;
  const busy = totalMs - idle;
  const span = Number.isFinite(window.to)
    ? `from ${window.from.toFixed(1)} s to ${window.to.toFixed(1)} s`
    : `from ${window.from} s`;
  console.log(`${file} ${span}: ${(totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`);
  console.log('| self time, grouped | ms | % of busy |\n| --- | ---: | ---: |');
  for (const [name, ms] of groups) {
    if (name === 'idle' || ms === 0) continue;
    console.log(`| ${name} | ${ms.toFixed(0)} | ${((ms / busy) * 100).toFixed(1)} |`);
  }
  console.log(`\ntop ${top} functions by self time (idle left out):`);
  const sorted = [...functions].filter(([name]) => !name.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  for (const [name, ms] of sorted.slice(0, top)) console.log(`${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
