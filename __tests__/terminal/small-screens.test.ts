// Every example at 40×12 and at 200×60: nothing drawn past the screen's edge, and at
// every Tab stop the footer still holds the help and quit keys, whole.
import {readdirSync} from 'node:fs';
import {afterEach, expect, test} from '@jest/globals';
import stringWidth from 'string-width';
import type * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';

let mounted: MountedApp | undefined;
let session: gr.Session | undefined;
afterEach(async () => {
  await mounted?.unmount();
  // The session owns the app's timers (form.ts has a gr.Timer): a front end closes it, so the test does.
  await session?.close();
  mounted = undefined;
  session = undefined;
});

const examples = new URL('../../examples/', import.meta.url);
const apps = [
  ...readdirSync(examples).filter(name => name.endsWith('.ts')),
  ...readdirSync(new URL('gradio/', examples))
    .filter(name => name.endsWith('.ts'))
    .map(name => `gradio/${name}`),
];
const sizes: [number, number][] = [
  [40, 12],
  [200, 60],
];

test.each(apps.flatMap(app => sizes.map(([columns, rows]) => [app, columns, rows] as const)))(
  '%s at %i×%i: every line fits, and every Tab stop keeps help and quit in the footer',
  async (app, columns, rows) => {
    const demo = (await import(new URL(app, examples).href)).default as gr.Blocks;
    const terminal = new TestTerminal(columns, rows);
    session = demo.session();
    mounted = mountApp(session, terminal);
    await mounted.settled();
    const footers = new Set<string>();
    for (let stop = 0; stop < 12; stop++) {
      const lines = (await terminal.screen()).split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
      const footer = lines.at(-1) ?? '';
      expect(footer).toMatch(/(\?|F1) help · Ctrl\+C quit$/);
      footers.add(footer);
      terminal.type('\t');
      await mounted.settled();
    }
    // Tab reached controls of more than one kind, or one kind only when the app has one.
    expect(footers.size).toBeGreaterThanOrEqual(1);
  },
);
