import {describe, expect, test} from '@jest/globals';
import {diffTextFrames} from '../../source/script/golden-diff.js';
import {formatTextFrames} from '../../source/script/TextFrameRecorder.js';

describe('comparing text frames with a golden file', () => {
  test('equal frames have no diff', () => {
    const frames = formatTextFrames([['a', 'b']]);
    expect(diffTextFrames(frames, frames)).toBeUndefined();
  });

  test('a differing frame is shown in full, golden lines marked - and this run marked +', () => {
    const golden = formatTextFrames([['same'], ['title', 'g_a___', 'end']]);
    const actual = formatTextFrames([['same'], ['title', 'gra___', 'end']]);
    expect(diffTextFrames(golden, actual)).toBe(['frame 2:', '  │title', '- │g_a___', '+ │gra___', '  │end'].join('\n'));
  });

  test('a different number of frames is said first', () => {
    const golden = formatTextFrames([['a']]);
    const actual = formatTextFrames([['a'], ['b']]);
    expect(diffTextFrames(golden, actual)).toBe(['the golden file has 1 frames, this run has 2', 'frame 2:', '+ │b'].join('\n'));
  });

  test('only the first three differing frames are shown', () => {
    const golden = formatTextFrames([['1'], ['2'], ['3'], ['4']]);
    const actual = formatTextFrames([['x'], ['x'], ['x'], ['x']]);
    expect(diffTextFrames(golden, actual)?.match(/^frame/gm)).toHaveLength(3);
  });
});
