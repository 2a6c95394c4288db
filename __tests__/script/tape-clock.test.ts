import {describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import type {CastEvent} from '../../source/script/AsciicastRecorder.js';
import {runTape} from '../../source/script/run-tape.js';
import {VirtualTerminal} from '../../source/script/VirtualTerminal.js';
import {mountApp} from '../../source/terminal/mount.js';

// The app runs on the tape's clock: handlers' sleeps, Timers, `every`, spinners and
// toasts all happen at their tape times, and the tape never waits for a chain to end.

function play(app: gr.Blocks, tape: string, fast = true) {
  return runTape({
    tape: `Set Columns 50\nSet Rows 12\nSet TypingSpeed 0\n${tape}`,
    tapeFile: 'clock.tape',
    app,
    mount: mountApp,
    fast,
    writeFiles: false,
  });
}

/** What a viewer of the .cast sees at `ms`: its events up to then, played on a fresh terminal. */
async function screenAt(cast: string, ms: number): Promise<string> {
  const [header, ...lines] = cast.trim().split('\n');
  const {width, height} = JSON.parse(header) as {width: number; height: number};
  const terminal = new VirtualTerminal(width, height);
  try {
    for (const [seconds, kind, data] of lines.map(line => JSON.parse(line) as CastEvent)) {
      if (seconds * 1000 > ms) break;
      if (kind === 'o') terminal.write(data);
    }
    await terminal.flush();
    return terminal.text();
  } finally {
    terminal.dispose();
  }
}

function streamingApp() {
  return gr.Blocks({title: 'Stream'}, () => {
    const go = gr.Button('Go');
    const out = gr.Textbox({label: 'Out'});
    go.click(
      async function* steps() {
        for (const n of [1, 2, 3]) {
          if (n > 1) await gr.sleep(200);
          yield `step ${n}`;
        }
      },
      null,
      out,
    );
  });
}

describe('the tape clock runs through handlers', () => {
  test('a generator that sleeps 200 ms between three yields shows three frames at their tape times', async () => {
    const result = await play(streamingApp(), 'Sleep 100ms\nEnter\nSleep 1s\nExpect "step 3"');
    expect(result.ok).toBe(true);
    // Enter at 0.1 s: step 1 at once, step 2 at 0.3 s, step 3 at 0.5 s.
    expect(await screenAt(result.cast, 100)).toContain('step 1');
    expect(await screenAt(result.cast, 299)).not.toContain('step 2');
    expect(await screenAt(result.cast, 300)).toContain('step 2');
    expect(await screenAt(result.cast, 499)).not.toContain('step 3');
    expect(await screenAt(result.cast, 500)).toContain('step 3');
    const times = result.cast
      .split('\n')
      .slice(1, -1)
      .map(line => (JSON.parse(line) as CastEvent)[0]);
    expect(times).toEqual(expect.arrayContaining([0.1, 0.3, 0.5]));
  });

  test('Enter does not block the tape: the next steps happen while the handler still runs', async () => {
    const result = await play(streamingApp(), 'Enter\nExpect "step 1"\nExpectNot "step 2"\nSleep 200ms\nExpect "step 2"');
    expect(result.ok).toBe(true);
    expect(result.lengthMs).toBe(200);
  });

  test('Wait+Screen sees the screen mid-handler, while the handler reports progress', async () => {
    const app = gr.Blocks({title: 'Progress'}, () => {
      const go = gr.Button('Reverse');
      const out = gr.Textbox({label: 'Out'});
      go.click(
        async (ctx: gr.HandlerContext) => {
          await ctx.sleep(300);
          ctx.progress(0.5, 'Reversing');
          await ctx.sleep(2000);
          return 'olleh';
        },
        null,
        out,
      );
    });
    const result = await play(app, 'Enter\nWait+Screen /Reversing/\nExpectNot "olleh"\nWait+Screen /olleh/');
    expect(result.ok).toBe(true);
    expect(result.assertions).toEqual({total: 3, held: 3, failed: 0});
    // The handler's two sleeps are the tape's length: Wait took tape time, not wall time.
    expect(result.lengthMs).toBe(2300);
    expect(await screenAt(result.cast, 299)).not.toContain('Reversing');
    expect(await screenAt(result.cast, 300)).toContain('Reversing');
  });

  test('a gr.Timer ticks the right number of times during a --fast Sleep, at no wall cost', async () => {
    const app = gr.Blocks({title: 'Ticks'}, () => {
      const timer = gr.Timer(0.5);
      const count = gr.Number({value: 0, label: 'Ticks'});
      timer.tick((n: number) => n + 1, count, count);
    });
    const started = performance.now();
    const result = await play(app, 'Sleep 10s\nExpect /\\b20\\b/\nExpectNot /\\b21\\b/');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(true);
    expect(await screenAt(result.cast, 4999)).toMatch(/\b9\b/);
    expect(await screenAt(result.cast, 5000)).toMatch(/\b10\b/);
  });

  test('recordings are byte-identical run to run', async () => {
    const tape = 'Enter\nSleep 150ms\nEnter\nSleep 1s';
    const [a, b] = [await play(streamingApp(), tape), await play(streamingApp(), tape)];
    expect(a.cast).toBe(b.cast);
    expect(a.textFrames).toBe(b.textFrames);
  });

  test('a handler on real I/O (not on the clock) is awaited before the tape moves on', async () => {
    const app = gr.Blocks({title: 'Fetch'}, () => {
      const go = gr.Button('Fetch');
      const out = gr.Textbox({label: 'Out'});
      go.click(
        async () => {
          await new Promise(resolve => setTimeout(resolve, 50)); // a network call, as far as the tape can tell
          return 'fetched';
        },
        null,
        out,
      );
    });
    const result = await play(app, 'Enter\nExpect "fetched"');
    expect(result.ok).toBe(true);
    // Real work takes no tape time: the reply shows at the Enter's moment.
    expect(result.lengthMs).toBe(0);
    expect(await screenAt(result.cast, 0)).toContain('fetched');
  });

  test('the recording lasts as long as the tape, its last Sleep included', async () => {
    const result = await play(streamingApp(), 'Enter\nSleep 3s');
    const last = JSON.parse(result.cast.trim().split('\n').at(-1) as string) as CastEvent;
    expect(last[0]).toBe(3);
    expect(result.lengthMs).toBe(3000);
  });

  test('without --fast the wall clock keeps pace with the tape', async () => {
    const started = performance.now();
    const result = await play(streamingApp(), 'Enter\nSleep 400ms\nExpect "step 3"', false);
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });
});

describe('every and inputs on a component, in a tape', () => {
  test('a function value with every: 1 is re-evaluated each second of tape time', async () => {
    let calls = 0;
    const app = gr.Blocks({title: 'Every'}, () => {
      gr.Textbox({label: 'Calls', value: () => `call ${++calls}`, every: 1});
    });
    const result = await play(app, 'Expect "call 1"\nSleep 3s\nExpect "call 4"');
    expect(result.ok).toBe(true);
    expect(await screenAt(result.cast, 1999)).toContain('call 2');
    expect(await screenAt(result.cast, 2000)).toContain('call 3');
  });
});
