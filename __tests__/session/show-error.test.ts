import {afterEach, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {MountedApp} from '../../source/terminal/MountedApp.js';
import {mountApp} from '../../source/terminal/mount.js';
import {TestTerminal} from '../helpers/screen.js';
import {recordingLogger} from './recording-logger.js';

const sessions: gr.Session[] = [];
let mounted: MountedApp | undefined;
afterEach(async () => {
  await mounted?.unmount();
  mounted = undefined;
  for (const session of sessions.splice(0)) await session.close();
});

/** An app whose button runs `fn`; `failed` counts the runs of its `.failure()` listener. */
function failingApp(fn: gr.Handler) {
  let btn!: gr.Button;
  const failed: string[] = [];
  const demo = gr.Blocks(() => {
    btn = gr.Button('Go');
    btn.click(fn).failure(() => {
      failed.push('failure ran');
    });
  });
  const logger = recordingLogger();
  const s = demo.session({logger});
  sessions.push(s);
  return {demo, s, btn, logger, failed};
}

const shown = (s: gr.Session) => s.notices.map(n => ({level: n.level, title: n.title, message: n.message, duration: n.duration}));

test('by default a plain exception shows the user a generic error, and its stack goes to the log', async () => {
  const {s, btn, logger} = failingApp(function divide() {
    throw new RangeError('the divisor is 0');
  });
  await s.click(btn);
  expect(shown(s)).toEqual([
    {
      level: 'error',
      title: 'Error',
      message: 'Something went wrong in "divide". The details are in the server log.',
      duration: 10,
    },
  ]);
  expect(logger.errors.map(e => (e.error as Error).message)).toEqual(['the divisor is 0']);
});

test("with showError the user reads the exception's own message, as Gradio's show_error; the log still has it", async () => {
  const {demo, s, btn, logger} = failingApp(function divide() {
    throw new RangeError('the divisor is 0');
  });
  gr.SessionHost.of(demo).showError = true;
  await s.click(btn);
  expect(shown(s)).toEqual([{level: 'error', title: 'Error', message: 'the divisor is 0', duration: 10}]);
  expect(logger.errors).toHaveLength(1);
  // Something thrown that is not an Error shows as text; an Error without a message by its name.
  const more = failingApp(() => {
    throw 'plain string';
  });
  gr.SessionHost.of(more.demo).showError = true;
  await more.s.click(more.btn);
  const bare = failingApp(() => {
    throw new TypeError();
  });
  gr.SessionHost.of(bare.demo).showError = true;
  await bare.s.click(bare.btn);
  expect([more.s.notices[0]?.message, bare.s.notices[0]?.message]).toEqual(['plain string', 'TypeError']);
});

test("gr.Error's options behave as Gradio's: title, duration in seconds, null or 0 until dismissed, visible", async () => {
  const errors = [
    new gr.Error('Cannot divide by zero!', {title: 'Math', duration: 5}),
    new gr.Error('stays', {duration: null}),
    new gr.Error('stays too', {duration: 0}),
    new gr.Error(),
  ];
  for (const error of errors) {
    const {s, btn} = failingApp(() => {
      throw error;
    });
    await s.click(btn);
  }
  expect(sessions.map(shown)).toEqual([
    [{level: 'error', title: 'Math', message: 'Cannot divide by zero!', duration: 5}],
    [{level: 'error', title: 'Error', message: 'stays', duration: null}],
    [{level: 'error', title: 'Error', message: 'stays too', duration: null}],
    [{level: 'error', title: 'Error', message: 'Error raised.', duration: 10}],
  ]);
});

test('a gr.Error with visible: false shows nothing but still fails the event; gr.Info and gr.Warning take the same options', async () => {
  const {s, btn, failed} = failingApp(() => {
    gr.Info('hidden', {visible: false});
    gr.Warning('Careful', {duration: 0, title: 'Heads up'});
    gr.context().info('Saved', {duration: 2});
    throw new gr.Error('quiet', {visible: false});
  });
  await s.click(btn);
  expect(shown(s)).toEqual([
    {level: 'warning', title: 'Heads up', message: 'Careful', duration: null},
    {level: 'info', title: 'Info', message: 'Saved', duration: 2},
  ]);
  expect(failed).toEqual(['failure ran']);
});

test("on screen the toast shows the error's title and message", async () => {
  const {s, btn} = failingApp(() => {
    throw new gr.Error('Cannot divide by zero!', {title: 'Math', duration: null});
  });
  const terminal = new TestTerminal(60, 10);
  mounted = mountApp(s, terminal);
  await s.click(btn);
  let screen = await terminal.screen();
  for (let tries = 0; tries < 100 && !screen.includes('Math'); tries++) {
    await new Promise(resolve => setTimeout(resolve, 20));
    screen = await terminal.screen();
  }
  expect(screen).toContain('Math: Cannot divide by zero!');
});
