import {describe, expect, test} from '@jest/globals';
import {VirtualClock} from '../../source/script/VirtualClock.js';

describe('VirtualClock', () => {
  test('starts at zero and moves only when advanced', async () => {
    const clock = new VirtualClock();
    expect(clock.now()).toBe(0);
    await new Promise(resolve => setTimeout(resolve, 5));
    expect(clock.now()).toBe(0);
    await clock.advanceBy(250);
    expect(clock.now()).toBe(250);
  });

  test('fires timers at their own time, in order, with the work after each seeing that time', async () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 200);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 100);
    const seen: number[] = [];
    await clock.advanceTo(150, async () => {
      seen.push(clock.now());
    });
    expect(fired).toEqual(['a@100', 'c@100']);
    expect(seen).toEqual([100, 100]);
    expect(clock.now()).toBe(150);
    expect(clock.nextDue()).toBe(200);
  });

  test('fires timers set by timers when they fall due within the advance', async () => {
    const clock = new VirtualClock();
    const ticks: number[] = [];
    const tick = () => {
      ticks.push(clock.now());
      clock.setTimeout(tick, 80);
    };
    clock.setTimeout(tick, 80);
    await clock.advanceBy(300);
    expect(ticks).toEqual([80, 160, 240]);
  });

  test('a cleared timer never fires', async () => {
    const clock = new VirtualClock();
    let fired = false;
    const handle = clock.setTimeout(() => {
      fired = true;
    }, 10);
    clock.clearTimeout(handle);
    await clock.advanceBy(100);
    expect(fired).toBe(false);
    expect(clock.nextDue()).toBeUndefined();
  });

  test('a timer that re-arms itself with no delay is an error, not a hang', async () => {
    const clock = new VirtualClock();
    const spin = () => clock.setTimeout(spin, 0);
    spin();
    await expect(clock.advanceBy(1)).rejects.toThrow('the app sets timers faster than time can advance');
  });
});
