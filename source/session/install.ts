import {BlocksApp} from '../blocks/Blocks.js';
import type {Session, SessionOptions} from './Session.js';
import {SessionHost} from './SessionHost.js';

// The model layer cannot import the session layer (arrows point one way), so the
// session layer adds `demo.session()` to the model's class here, typed by merging.
declare module '../blocks/Blocks.js' {
  interface BlocksApp {
    /** Opens one user's live app with no screen: the headless API. */
    session(options?: SessionOptions): Session;
  }
}

BlocksApp.prototype.session = function session(this: BlocksApp, options?: SessionOptions): Session {
  return SessionHost.of(this).open(options);
};
