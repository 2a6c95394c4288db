import {BlocksApp} from '../blocks/Blocks.js';
import type {ServeOptions} from '../ssh/serve-options.js';

export interface LaunchOptions {
  /** Serve over SSH instead of running in this terminal, with the options of `termblocks serve`. */
  ssh?: ServeOptions | true;
  /** Gradio's `show_error`: a handler's exception shows its message to the user, not a generic one. Default false. */
  showError?: boolean;
}

// Like demo.session(), demo.launch() is added from above the model so the model
// layer stays free of front ends; the front end is imported only when launched.
declare module '../blocks/Blocks.js' {
  interface BlocksApp {
    /**
     * Runs the app in this terminal (as `termblocks run`) and resolves with the exit
     * status when the user quits; with `{ssh: {...}}`, serves it (as `termblocks serve`)
     * until SIGINT or SIGTERM.
     */
    launch(options?: LaunchOptions): Promise<number>;
  }
}

BlocksApp.prototype.launch = async function launch(this: BlocksApp, options: LaunchOptions = {}): Promise<number> {
  if (options.ssh) {
    const {serveApp} = await import('../ssh/SshServer.js');
    const server = await serveApp(this, {...(options.ssh === true ? {} : options.ssh), showError: options.showError});
    process.stderr.write(
      `termblocks: serving "${this.title}" on ssh://${server.host}:${server.port} (host key ${server.hostKey.fingerprint})\n`,
    );
    await new Promise<void>(resolve => {
      // Not once(): Ink's exit hook re-raises a signal that has no other listener left.
      process.on('SIGINT', () => resolve());
      process.on('SIGTERM', () => resolve());
    });
    await server.close();
    return 0;
  }
  const {runLocal} = await import('../local/run-local.js');
  return runLocal(this, undefined, undefined, {showError: options.showError});
};
