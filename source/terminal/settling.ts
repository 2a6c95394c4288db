import type {Session} from '../session/Session.js';
import type {BackgroundProbe} from './background-query.js';
import type {FrameLoop} from './frame-loop.js';
import type {InputBudget} from './InputBudget.js';

/** What a mounted session waits on before its screen is up to date. */
export interface Settling {
  session: Session;
  input: InputBudget;
  loop: FrameLoop;
  probe: BackgroundProbe | undefined;
}

/** MountedApp.settled: input handled → events run → their outputs schedule a frame → the frame is written; repeat until quiet. */
export async function settled({session, input, loop, probe}: Settling): Promise<void> {
  await probe?.ready;
  for (let round = 0; round < 100; round++) {
    await input.drained();
    await session.idle();
    await new Promise(resolve => setImmediate(resolve));
    if (!loop.pending && !session.busy && input.idle) return;
  }
}

/** MountedApp.quiet: as settled, but a handler asleep on the session's clock counts as done: only moving the clock wakes it. */
export async function quiet({session, input, loop}: Settling): Promise<void> {
  for (let round = 0; ; round++) {
    await input.drained();
    // Early rounds spin on the event loop (cheap); a run on real I/O then gets real time to finish.
    await new Promise(resolve => (round < 20 ? setImmediate(resolve) : setTimeout(resolve, 1)));
    if (!loop.pending && session.timekeeper.quiet && input.idle) return;
  }
}
