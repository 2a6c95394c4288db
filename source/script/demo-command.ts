import {readFileSync, writeFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import type {BlocksApp} from '../blocks/Blocks.js';
import {noColorRequested} from '../terminal/no-color.js';
import {diffTextFrames} from './golden-diff.js';
import {runTape, writeFiles} from './run-tape.js';
import type {MountFunction} from './TapePlayer.js';
import {TapeSyntaxError} from './TapeSyntaxError.js';

export interface DemoCommandOptions {
  appPath: string;
  tapePath: string;
  /** Sleeps cost no wall time. */
  fast?: boolean;
  /** With `check`: write the golden file from this run instead of comparing. */
  update?: boolean;
  /** A `.txt` golden file the run's text frames must equal. */
  check?: string;
  loadApp: (path: string) => Promise<BlocksApp>;
  mount: MountFunction;
  /** Where results go (stdout) and where problems go (stderr). */
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit statuses: 0 every assertion held, or there were none (and the golden matched); 1 an assertion or the golden failed; 2 the tape or app could not be used. */
export const demoExit = {ok: 0, failed: 1, unusable: 2} as const;

/** `termblocks demo <app> <tape>`: plays the tape, writes its recordings, and says whether it held. */
export async function demoCommand(options: DemoCommandOptions): Promise<number> {
  const name = (path: string) => relative(process.cwd(), path) || path;
  let tape: string;
  try {
    tape = readFileSync(options.tapePath, 'utf8');
  } catch (error) {
    options.err(`termblocks demo: cannot read the tape ${options.tapePath} (${(error as Error).message}): check the path`);
    return demoExit.unusable;
  }
  const started = performance.now();
  // NO_COLOR applies to the recordings too: the .cast and .svg are drawn without colours.
  const mount: MountFunction = noColorRequested(process.env)
    ? (session, terminal, mountOptions) => options.mount(session, terminal, {...mountOptions, colours: false})
    : options.mount;
  let result: Awaited<ReturnType<typeof runTape>>;
  try {
    result = await runTape({
      tape,
      tapeFile: options.tapePath,
      app: () => options.loadApp(options.appPath),
      mount,
      fast: options.fast,
      writeFiles: false,
    });
  } catch (error) {
    if (!(error instanceof TapeSyntaxError)) throw error;
    options.err(error.message);
    return demoExit.unusable;
  }
  const golden = options.check === undefined ? undefined : resolve(options.check);
  // The golden file under --check is compared, never overwritten by the tape's own Output, unless --update says so.
  const files = new Map([...result.files].filter(([path]) => options.update || path !== golden));
  writeFiles(files);
  for (const note of result.notes) options.err(`note: ${note}`);
  const played = () => `${result.lengthMs / 1000}s of tape played in ${((performance.now() - started) / 1000).toFixed(2)}s`;
  if (result.failure) {
    options.err(result.failure.message);
    options.err(`✗ ${name(options.tapePath)}: ${assertionCount(result.assertions)} (${played()})`);
    return demoExit.failed;
  }
  if (golden !== undefined) {
    const status = compareGolden(golden, result.textFrames, options, name);
    if (status !== demoExit.ok) return status;
  }
  const written = [...files.keys()].map(name).join(', ');
  const wrote = written ? `; wrote ${written}` : '';
  // A tape without assertions checks nothing: say so rather than show a tick that reassures.
  const summary =
    result.assertions.total === 0
      ? `○ ${name(options.tapePath)}: played, but it has no assertions, so nothing was checked (add Expect "text" or Wait /regex/ lines)`
      : `✓ ${name(options.tapePath)}: ${assertionCount(result.assertions)}`;
  options.out(`${summary} (${played()})${wrote}`);
  return demoExit.ok;
}

/** `3 assertions held, 0 failed`, with those a failure left unplayed: `1 held, 1 failed, 2 not reached`. */
function assertionCount({total, held, failed}: {total: number; held: number; failed: number}): string {
  const notReached = total - held - failed;
  return `${held} assertion${held === 1 ? '' : 's'} held, ${failed} failed${notReached > 0 ? `, ${notReached} not reached` : ''}`;
}

function compareGolden(golden: string, frames: string, options: DemoCommandOptions, name: (path: string) => string): number {
  if (options.update) {
    writeFileSync(golden, frames);
    options.out(`updated ${name(golden)}`);
    return demoExit.ok;
  }
  let expected: string;
  try {
    expected = readFileSync(golden, 'utf8');
  } catch {
    options.err(`termblocks demo: there is no golden file ${name(golden)}: run again with --update to create it`);
    return demoExit.failed;
  }
  const diff = diffTextFrames(expected, frames);
  if (diff === undefined) return demoExit.ok;
  options.err(
    `${name(golden)} does not match this run:\n${diff}\nIf the change is intended, run again with --update to accept it.`,
  );
  return demoExit.failed;
}
