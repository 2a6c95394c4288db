import {BlocksApp} from './blocks/Blocks.js';

export interface LaunchOptions {
  /** Serve over SSH instead of running in this terminal (not available yet). */
  ssh?: Record<string, unknown>;
}

// Like demo.session(), demo.launch() is added from above the model so the model
// layer stays free of front ends; the front end is imported only when launched.
declare module './blocks/Blocks.js' {
  interface BlocksApp {
    /** Runs the app in this terminal (as `termblocks run`); resolves with the exit status when the user quits. */
    launch(options?: LaunchOptions): Promise<number>;
  }
}

BlocksApp.prototype.launch = async function launch(this: BlocksApp, options: LaunchOptions = {}): Promise<number> {
  if (options.ssh) throw new Error('demo.launch({ssh}) is not available yet: use termblocks serve');
  const {runLocal} = await import('./local/run-local.js');
  return runLocal(this);
};
