import type ssh2 from 'ssh2';
import type {SessionHost} from '../session/SessionHost.js';
import type {AuthorizedKeys} from './authorized-keys.js';
import type {Gate} from './gate.js';
import type {PasswordChecks} from './PasswordChecks.js';
import type {ResolvedServeOptions} from './serve-options.js';
import type {ServerLog} from './server-log.js';
import type {LiveSession} from './session-lifecycle.js';

/** What every connection of one server shares; the pieces of serveApp each read the part they need. */
export interface ServerState {
  readonly config: ResolvedServeOptions;
  readonly log: ServerLog;
  readonly gate: Gate;
  readonly keys: AuthorizedKeys | undefined;
  readonly passwords: PasswordChecks | undefined;
  /** Live sessions (one per shell channel), for --watch and shutdown. */
  readonly sessions: Set<LiveSession>;
  /** Open connections, for shutdown. */
  readonly clients: Set<ssh2.Connection>;
  /** The app new sessions open; under --watch, the latest save's. */
  host: SessionHost;
}
