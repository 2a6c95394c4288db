// The termblocks command: argument parsing only; each command calls a front end.
import {readFileSync} from 'node:fs';
import {Command, CommanderError} from 'commander';
import {AppLoadError, loadApp} from './source/load-app.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string};

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

// --- run -------------------------------------------------------------------
program
  .command('run <app>', {isDefault: true})
  .description('play an app in this terminal (one process, one session); Ctrl+C quits')
  .option('--export <name>', 'use this named export instead of the default export')
  .action(async (appPath: string, options: {export?: string}) => {
    const app = await loadApp(appPath, options.export);
    const {runLocal, NotATerminalError} = await import('./source/local/run-local.js');
    try {
      process.exitCode = await runLocal(app);
    } catch (error) {
      if (error instanceof NotATerminalError) fail(error.message, 2);
      throw error;
    }
  });

// --- serve (issue 4) -------------------------------------------------------
program
  .command('serve <app>')
  .description('serve an app over SSH, one session per connection (not available yet)')
  .allowUnknownOption()
  .action(() => fail('termblocks serve is not available yet'));

// --- demo (issue 5) --------------------------------------------------------
program
  .command('demo <app> <tape>')
  .description('play a tape against an app headless: assertions and recordings (not available yet)')
  .allowUnknownOption()
  .action(() => fail('termblocks demo is not available yet'));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppLoadError) fail(error.message);
  if (error instanceof CommanderError) process.exit(error.exitCode);
  fail(error instanceof Error ? error.message : String(error));
}
