import {expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {recordingLogger} from './recording-logger.js';

/** Holds the thread for `ms`, as a synchronous computation or a blocking read would. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

test('a handler that holds the event loop over a second is named in the log, with what to do', async () => {
  let go!: gr.Button;
  let quick!: gr.Button;
  const demo = gr.Blocks(() => {
    go = gr.Button('Crunch');
    quick = gr.Button('Quick');
    go.click(function crunchNumbers() {
      busy(1100);
    });
    quick.click(function answerAtOnce() {
      busy(5);
    });
  });
  const logger = recordingLogger();
  const session = demo.session({logger});
  await session.click(quick);
  expect(logger.warnings).toEqual([]);
  await session.click(go);
  expect(logger.warnings).toHaveLength(1);
  expect(logger.warnings[0]).toMatch(
    /^listener "crunchNumbers" held the event loop for 1\d{3} ms, and every session of this process froze meanwhile: make it async, or run the heavy work in a worker$/,
  );
  await session.close();
});

test('a generator is watched step by step: each synchronous step counts on its own', async () => {
  let go!: gr.Button;
  let out!: gr.Textbox;
  const demo = gr.Blocks(() => {
    go = gr.Button('Count');
    out = gr.Textbox();
    go.click(
      function* countSlowly() {
        for (let i = 0; i < 3; i++) {
          busy(400);
          yield String(i);
        }
      },
      [],
      [out],
    );
  });
  const logger = recordingLogger();
  const session = demo.session({logger});
  await session.click(go);
  expect(session.value(out)).toBe('2');
  // 1.2 s in all, but never 1 s at a stretch: the other sessions got the loop between steps.
  expect(logger.warnings).toEqual([]);
  await session.close();
});
