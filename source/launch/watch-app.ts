// The reload loop of `run --watch` and `serve --watch`, like `gradio app.py`: the app's
// own files are watched, and each save loads the app again. A save that does not load
// (a syntax error, a missing import, a build that throws) gives the error instead, and
// the files stay watched, so the next good save recovers.
import {type FSWatcher, watch} from 'node:fs';
import {basename, dirname, resolve} from 'node:path';
import {type BlocksApp, blocks} from '../blocks/Blocks.js';
import {Code} from '../blocks/components/Code.js';
import {Markdown} from '../blocks/components/Markdown.js';
import type {AppReload} from '../terminal/app-reload.js';
import {AppLoadError, loadAppFiles} from './load-app.js';

/** Saves closer together than this are one change: editors write a file in several steps. */
const SETTLE_MS = 120;

export class AppWatcher {
  private watchers = new Map<string, FSWatcher>();
  private files = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private again = false;
  private closed = false;

  /** Watches `inputs` (the files the first load compiled) and calls `onReload` after each change. */
  constructor(
    private readonly file: string,
    private readonly exportName: string | undefined,
    inputs: string[],
    private readonly onReload: (reload: AppReload) => void,
  ) {
    this.watchFiles([resolve(file), ...inputs]);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  /** Folders are watched, not files: an editor that saves by renaming replaces the file a watch would follow. */
  private watchFiles(files: string[]): void {
    this.files = new Set(files.map(file => resolve(file)));
    const folders = new Set([...this.files].map(file => dirname(file)));
    for (const [folder, watcher] of this.watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name === null || this.files.has(resolve(folder, name.toString()))) this.changed();
        });
        watcher.on('error', () => this.watchers.delete(folder));
        this.watchers.set(folder, watcher);
      } catch {
        // A folder that went away is watched again once a load names it.
      }
    }
  }

  private changed(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), SETTLE_MS);
  }

  private async reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return;
    }
    this.loading = this.load();
    await this.loading;
    this.loading = undefined;
    if (this.again && !this.closed) {
      this.again = false;
      await this.reload();
    }
  }

  private async load(): Promise<void> {
    let reload: AppReload;
    try {
      const {app, inputs} = await loadAppFiles(this.file, this.exportName, {fresh: true});
      this.watchFiles([this.file, ...inputs]);
      reload = {app, ok: true, message: `reloaded ${basename(this.file)}`};
    } catch (error) {
      const message = error instanceof AppLoadError ? error.message : String(error);
      reload = {app: errorApp(this.file, message), ok: false, message};
    }
    if (!this.closed) this.onReload(reload);
  }
}

/** The screen shown in place of an app that did not load: what went wrong, and that a save will retry. */
export function errorApp(file: string, message: string): BlocksApp {
  return blocks({title: `${basename(file)} could not be loaded`}, () => {
    new Markdown('**The app could not be loaded.** Fix it and save: it loads again. Ctrl+C quits.');
    new Code({value: message, label: 'Error'});
  });
}
