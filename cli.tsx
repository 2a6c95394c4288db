// The termblocks command: argument parsing only; each command calls a front end.
import {existsSync, readFileSync} from 'node:fs';
import {Command, CommanderError, InvalidArgumentError} from 'commander';
import {AppLoadError, loadApp, loadAppFiles} from './source/launch/load-app.js';
import type {WatchReloads} from './source/terminal/app-reload.js';
import {parseThemeMode} from './source/terminal/background-query.js';
import type {ThemeMode} from './source/terminal/palette.js';

// This file runs from the project root, or bundled as dist/cli.js (bin/build-bundle.js).
const pkgFile = ['./package.json', '../package.json'].map(path => new URL(path, import.meta.url)).find(url => existsSync(url));
const pkg = JSON.parse(readFileSync(pkgFile ?? new URL('./package.json', import.meta.url), 'utf8')) as {version: string};

function toInteger(value: string): number {
  const number = Number.parseInt(value, 10);
  if (!Number.isFinite(number) || number < 0) throw new CommanderError(2, 'termblocks.invalid', `not a number: ${value}`);
  return number;
}

/** Prints a one-line error (never a stack) and sets the exit status. */
function fail(message: string, code = 1): never {
  process.stderr.write(`termblocks: ${message}\n`);
  process.exit(code);
}

const program = new Command()
  .name('termblocks')
  .description("Gradio's Blocks model for the terminal: run an app here, serve it over SSH, or play a scripted demo.")
  .version(pkg.version)
  .showHelpAfterError();

/** `--theme-mode dark|light|auto`, refused with its reason as commander shows it. */
function themeModeArg(value: string): ThemeMode | 'auto' {
  try {
    return parseThemeMode(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** The colour options of run and serve. */
type Look = {themeMode: ThemeMode | 'auto'};

// --- run -------------------------------------------------------------------
program
  .command('run <app>', {isDefault: true})
  .description('play an app in this terminal (one process, one session); Ctrl+C quits')
  .option('--export <name>', 'use this named export instead of the default export')
  .option('--watch', 'reload when the app or a file it imports changes; a broken save shows its error until fixed')
  .option('--no-mouse', 'leave the mouse to the terminal (its own selection) instead of clicking and scrolling the app')
  .option('--theme-mode <mode>', 'dark or light colours, or auto: ask the terminal for its background', themeModeArg, 'auto')
  .option('--show-error', "show a handler's exception message to the user (Gradio's show_error) instead of a generic one")
  .action(async (appPath: string, options: Look & {export?: string; watch?: boolean; mouse: boolean; showError?: boolean}) => {
    // The renderer loads while the app compiles: the two are most of a cold start.
    const [loaded, {runLocal, NotATerminalError}] = await Promise.all([
      options.watch
        ? loadWatched(appPath, options.export)
        : loadApp(appPath, options.export).then(app => ({app, watch: undefined})),
      import('./source/local/run-local.js'),
    ]);
    try {
      process.exitCode = await runLocal(loaded.app, process.stdin, process.stdout, {
        watch: loaded.watch,
        mouse: options.mouse,
        themeMode: options.themeMode,
        showError: options.showError,
      });
    } catch (error) {
      if (error instanceof NotATerminalError) fail(error.message, 2);
      throw error;
    }
  });

/** The app and its reload loop for --watch; an app that does not load yet shows its error until a save fixes it. */
async function loadWatched(appPath: string, exportName?: string) {
  const {AppWatcher, errorApp} = await import('./source/launch/watch-app.js');
  const {app, inputs} = await loadAppFiles(appPath, exportName).catch((error: unknown) => {
    if (!(error instanceof AppLoadError) || !existsSync(appPath)) throw error;
    return {app: errorApp(appPath, error.message), inputs: []};
  });
  const watch: WatchReloads = onReload => new AppWatcher(appPath, exportName, inputs, onReload);
  return {app, watch};
}

// --- serve ------------------------------------------------------------------
program
  .command('serve <app>')
  .description('serve an app over SSH: one session per connection, all in this process unless --workers')
  .option('--export <name>', 'use this named export instead of the default export')
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .option('--port <port>', 'port to listen on', toInteger, 2222)
  .option('--host-key <path>', 'private host key (default: generated once into ~/.local/state/termblocks)')
  .option('--auth <mode>', 'none (loopback only), publickey or password', 'none')
  .option('--authorized-keys <file>', 'public keys allowed with --auth publickey')
  .option('--password-hash <hash>', 'scrypt hash allowed with --auth password (see termblocks hash-password)')
  .option('--allow-anonymous', 'allow --auth none on a non-loopback address')
  .option('--max-sessions <n>', 'live sessions at once', toInteger)
  .option('--idle-timeout <seconds>', 'close a session after this long without input', toInteger)
  .option('--login-grace-time <seconds>', 'time a connection has to authenticate', toInteger)
  .option('--max-auth-attempts <n>', 'failed attempts before a connection is dropped', toInteger)
  .option('--max-connections-per-address <n>', 'connections from one address at once', toInteger)
  .option('--max-unauthenticated <n>', 'connections not yet in a session at once', toInteger)
  .option('--max-startups <start:rate:full>', 'random early drop of connections not yet in a session (default 10:30:50)')
  .option('--max-startups-per-address <n>', 'connections not yet in a session from one address at once (default 3)', toInteger)
  .option('--input-bytes-per-second <n>', 'input rate per session; faster input is slowed by SSH flow control', toInteger)
  .option('--output-stall-timeout <seconds>', 'drop a session whose client stops reading for this long', toInteger)
  .option('--watch', 'reload every connected session when the app or a file it imports changes')
  .option('--no-mouse', "leave each user's mouse to their terminal instead of clicking and scrolling the app")
  .option('--theme-mode <mode>', "dark or light colours, or auto: ask each user's terminal for its background", themeModeArg)
  .option('--store <url>', 'keep gr.Global values in Redis, redis://host:port/db (password: TERMBLOCKS_REDIS_PASSWORD)')
  .option('--show-error', "show a handler's exception message to its user (Gradio's show_error) instead of a generic one")
  .option('--workers <n>', 'serve from n processes behind the one port, or auto for one per core; more than 1 needs --store')
  .action(async (appPath: string, {watch: watching, workers, ...options}: Record<string, unknown>) => {
    const exportName = options.export as string | undefined;
    const {workerCount} = await import('./source/ssh/workers/worker-count.js');
    let count = 1;
    try {
      count = workerCount(workers as string | undefined, options.store as string | undefined);
    } catch (error) {
      fail((error as Error).message, 2);
    }
    const cluster = count > 1 ? (await import('node:cluster')).default : undefined;
    // The primary of --workers never loads the app: its workers do, each running this same command.
    if (cluster?.isPrimary) return servePrimary(count, options);
    const worker = cluster ? await import('./source/ssh/workers/worker.js') : undefined;
    const [{app, watch}, {serveApp}, {describeError, guardStderr, writeStderr}] = await Promise.all([
      watching ? loadWatched(appPath, exportName) : loadApp(appPath, exportName).then(app => ({app, watch: undefined})),
      import('./source/ssh/SshServer.js'),
      import('./source/ssh/server-log.js'),
    ]);
    // A closed stderr or stdout (serve app.ts 2>&1 | head -1) fails every write: heard here, never thrown.
    guardStderr();
    process.stdout.on('error', () => {});
    let stopping = false;
    let server: Awaited<ReturnType<typeof serveApp>> | undefined;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      if (!worker) writeStderr('termblocks: shutting down\n');
      await server?.close();
      process.exit(0);
    };
    server = worker
      ? await worker.serveAsWorker(app, {...options, watch}, () => void stop())
      : await serveApp(app, {...options, watch});
    // A worker's primary says where the server is, once for all of them.
    if (!worker) {
      writeStderr(
        `termblocks: serving "${app.title}" on ssh://${server.host}:${server.port} (host key ${server.hostKey.fingerprint}); connect with: ssh -p ${server.port} ${server.host}\n`,
      );
    }
    // One session's bug must not take every other user down: log it and keep serving.
    // writeStderr never throws, so these handlers cannot feed themselves.
    process.on('uncaughtException', error => writeStderr(`termblocks: uncaught error (serving on): ${describeError(error)}\n`));
    process.on('unhandledRejection', error =>
      writeStderr(`termblocks: unhandled rejection (serving on): ${describeError(error)}\n`),
    );
    // Listeners stay registered: Ink's exit hook re-raises a signal that has no other listener left.
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => void stop());
  });

/** `serve --workers N`'s primary: forks the workers, then ends them all on SIGTERM or SIGINT. */
async function servePrimary(count: number, options: Record<string, unknown>) {
  const [{servePrimary: start}, {writeStderr}] = await Promise.all([
    import('./source/ssh/workers/primary.js'),
    import('./source/ssh/server-log.js'),
  ]);
  const primary = await start(count, options).catch((error: Error) => fail(error.message));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    writeStderr('termblocks: shutting down every worker\n');
    await primary.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

program
  .command('hash-password')
  .description('read a password from stdin and print the hash to give serve --password-hash')
  .action(async () => {
    const {hashPassword} = await import('./source/ssh/password-hash.js');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    if (password === '') fail('give the password on stdin: echo -n secret | termblocks hash-password');
    process.stdout.write(`${hashPassword(password)}\n`);
  });

// --- demo -------------------------------------------------------------------
interface DemoOptions {
  export?: string;
  fast?: boolean;
  check?: string;
  update?: boolean;
}

program
  .command('demo <app> <tape>')
  .description('play a VHS-style tape against an app headless: assertions and deterministic recordings')
  .option('--export <name>', 'use this named export instead of the default export')
  .option('--fast', 'sleeps cost no wall time (waits still wait for the app)')
  .option('--check <golden.txt>', 'compare the text frames with this golden file and show a readable diff')
  .option('--update', 'with --check: write the golden file from this run')
  .action(async (appPath: string, tapePath: string, options: DemoOptions) => {
    const [{demoCommand, demoExit}, {mountApp}] = await Promise.all([
      import('./source/script/demo-command.js'),
      import('./source/terminal/mount.js'),
    ]);
    const {export: exportName, ...rest} = options;
    // An app that cannot be used is exit status 2 for demo, as a tape that cannot be used is.
    const loadForDemo = (path: string) =>
      loadApp(path, exportName).catch((error: unknown) => {
        if (error instanceof AppLoadError) fail(error.message, demoExit.unusable);
        throw error;
      });
    process.exitCode = await demoCommand({
      appPath,
      tapePath,
      ...rest,
      loadApp: loadForDemo,
      mount: mountApp,
      out: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      err: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    });
  });

// --- new --------------------------------------------------------------------
program
  .command('new <folder>')
  .description('make a new app project that runs and passes its own test at once')
  .action(async (folder: string) => {
    const {newApp, NewAppError} = await import('./source/scaffold/new-app.js');
    try {
      const root = new URL('.', pkgFile ?? import.meta.url).pathname;
      const files = newApp(folder, {termblocks: {root, version: pkg.version}});
      process.stdout.write(
        `termblocks: made ${folder}: ${files.join(', ')}\n\n  cd ${folder}\n  npm start    # plays app.ts in this terminal\n  npm test     # its headless test and its tape\n`,
      );
    } catch (error) {
      if (error instanceof NewAppError) fail(error.message, 2);
      throw error;
    }
  });

try {
  // `termblocks` alone lists the commands; `termblocks app.ts` still plays the app (run is the default command).
  if (process.argv.length <= 2) {
    program.outputHelp();
    process.exit(0);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppLoadError) fail(error.message);
  if (error instanceof CommanderError) process.exit(error.exitCode);
  fail(error instanceof Error ? error.message : String(error));
}
