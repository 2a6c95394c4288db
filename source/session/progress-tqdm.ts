import type {Progress, TqdmOptions} from '../blocks/events.js';

type Report = (fraction: number | null, description?: string) => void;

/**
 * A handler's `progress`: called as `progress(0.5, 'Halfway')`, or wrapped around
 * what a loop walks, `for (const x of progress.tqdm(items, {desc}))`, as Gradio's
 * `progress.tqdm`. The status line then shows the fraction done and
 * "desc 3/10 steps"; without a known length (an iterator, an async iterable) it
 * shows a spinner and "desc 3 steps". `for await` works over both kinds.
 */
export function progressOf(report: Report): Progress {
  const tqdm = (items: Iterable<unknown> | AsyncIterable<unknown>, options: TqdmOptions = {}) => {
    const total = options.total ?? lengthOf(items);
    const show = (done: number) => {
      const count = total === undefined ? `${done}` : `${done}/${total}`;
      const description = [options.desc, `${count} ${options.unit ?? 'steps'}`].filter(Boolean).join(' ');
      report(total === undefined || total <= 0 ? null : done / total, description);
    };
    return Symbol.asyncIterator in items ? trackAsync(items as AsyncIterable<unknown>, show) : track(items, show);
  };
  return Object.assign((fraction: number | null, description?: string) => report(fraction, description), {tqdm}) as Progress;
}

function* track<T>(items: Iterable<T>, show: (done: number) => void): Generator<T> {
  let done = 0;
  show(done);
  for (const item of items) {
    yield item;
    show(++done);
  }
}

async function* trackAsync<T>(items: AsyncIterable<T>, show: (done: number) => void): AsyncGenerator<T> {
  let done = 0;
  show(done);
  for await (const item of items) {
    yield item;
    show(++done);
  }
}

/** How many items there are, where that is known without walking them, as Python's len(). */
function lengthOf(items: unknown): number | undefined {
  if (typeof items === 'string') return [...items].length;
  if (Array.isArray(items) || ArrayBuffer.isView(items)) return (items as ArrayLike<unknown>).length;
  if (items instanceof Map || items instanceof Set) return items.size;
  return undefined;
}
