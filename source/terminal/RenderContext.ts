import type {Block} from '../blocks/Block.js';
import type {Session} from '../session/Session.js';
import type {Palette} from './palette.js';
import type {UiState} from './UiState.js';

/** Everything a view needs to draw one frame: the session's data, the UI's own state, the size and the time. */
export interface RenderContext {
  readonly session: Session;
  readonly ui: UiState;
  readonly focused: Block | undefined;
  readonly columns: number;
  readonly now: number;
  /** The session's colours (its app's theme in the terminal's mode); Default's when absent (a view drawn alone). */
  readonly palette?: Palette;
}
