import type {BlocksApp} from '../blocks/Blocks.js';

/** What a reload loop (`--watch`) hands a front end after a save: the app to show now, and a line for its users. */
export interface AppReload {
  /** The app as saved, or a screen showing why it could not be loaded. */
  app: BlocksApp;
  ok: boolean;
  message: string;
}

/** Starts a reload loop that calls `onReload` after each save; the front end closes it when it ends. */
export type WatchReloads = (onReload: (reload: AppReload) => void) => {close(): void};
