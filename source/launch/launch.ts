import {BlocksApp} from '../blocks/Blocks.js';
import type {Base} from '../blocks/themes/Base.js';
import {resolveTheme} from '../blocks/themes/built-in-themes.js';
import type {ServeOptions} from '../ssh/serve-options.js';
import type {ThemeMode} from '../terminal/palette.js';

export interface LaunchOptions {
  /** Serve over SSH instead of running in this terminal, with the options of `termblocks serve`. */
  ssh?: ServeOptions | true;
  /** The look, where Gradio 6 takes it: a `gr.themes` theme or a built-in theme's name; the app's own when unset. */
  theme?: Base | string;
  /** Dark or light colours, or `auto` (the default): ask the terminal for its background. */
  themeMode?: ThemeMode | 'auto';
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
  const theme = options.theme === undefined ? undefined : resolveTheme(options.theme);
  if (options.ssh) {
    const {serveApp} = await import('../ssh/SshServer.js');
    const look = {theme, themeMode: options.themeMode};
    const server = await serveApp(this, {...look, ...(options.ssh === true ? {} : options.ssh), showError: options.showError});
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
  return runLocal(this, undefined, undefined, {theme, themeMode: options.themeMode, showError: options.showError});
};
