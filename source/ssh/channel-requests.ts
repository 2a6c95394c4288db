import type ssh2 from 'ssh2';
import type {ServerLog} from './server-log.js';

/** What the client asked for in its pty request, the term name kept only if it is a plain one. */
export interface PtyRequest {
  columns: number;
  rows: number;
  term: string;
  /** False when the client sent NO_COLOR in an env request (`ssh -o SendEnv=NO_COLOR`), as a local terminal's environment would. */
  colours?: boolean;
}

/** The session a shell channel became: told of window changes. */
export interface LiveShell {
  resize(columns: number, rows: number): void;
}

export interface ChannelRequestOptions {
  log: ServerLog;
  address: string;
  userName: () => string | undefined;
  /** Why no session may start now (shutting down, `--max-sessions` reached), or undefined if one may; under --workers the primary answers. */
  refusal: () => string | undefined | Promise<string | undefined>;
  /** Starts the app's session on a shell channel that has a pty. */
  startShell: (stream: ssh2.ServerChannel, pty: PtyRequest) => LiveShell;
}

const TERM = /^[A-Za-z0-9._+-]{1,64}$/;

/**
 * The requests a logged-in client may make: one session channel per connection, a pty,
 * window changes and environment variables (accepted; only NO_COLOR is heeded); its shell starts the
 * app. A command, a subsystem (sftp) or a shell without a pty get a one-line
 * explanation and exit status 1; everything else is refused.
 */
export function serveChannels(client: ssh2.Connection, options: ChannelRequestOptions): void {
  let sessions = 0;
  client.on('session', (acceptSession, rejectSession) => {
    if (sessions >= 1) return rejectSession();
    sessions++;
    serveSessionChannel(acceptSession(), options);
  });
}

function serveSessionChannel(channel: ssh2.Session, {log, address, userName, refusal, startShell}: ChannelRequestOptions): void {
  let pty: PtyRequest | undefined;
  let shell: LiveShell | undefined;
  let colours = true;
  // A channel runs one thing: a second shell, or a command on a live shell, is refused
  // (ssh2 would hand us no stream for it).
  let started = false;
  channel.on('pty', (accept, _reject, request) => {
    pty = {columns: request.cols, rows: request.rows, term: TERM.test(request.term) ? request.term : 'xterm'};
    accept?.();
  });
  channel.on('window-change', (accept, _reject, request) => {
    accept?.();
    // Kept too for a shell still waiting for its answer (under --workers).
    if (pty) pty = {...pty, columns: request.cols, rows: request.rows};
    shell?.resize(request.cols, request.rows);
  });
  channel.on('env', (accept, _reject, request) => {
    if (request.key === 'NO_COLOR') colours = request.val === '';
    accept?.();
  });
  channel.on('exec', (accept, reject) => {
    const stream = started ? undefined : accept();
    if (!stream) return reject?.();
    started = true;
    refuse(stream, 'this server runs an app, not commands: connect without a command (ssh -t host)');
  });
  channel.on('subsystem', (_accept, reject) => reject?.());
  channel.on('shell', (accept, reject) => {
    const stream = started ? undefined : accept();
    if (!stream) return reject?.();
    started = true;
    stream.on('error', (error: Error) => log('channel-error', {user: userName(), address, error: error.message}));
    if (!pty) return refuse(stream, 'this app needs a terminal: connect with ssh -t');
    const reason = refusal();
    const start = (why: string | undefined) => {
      if (why) return refuse(stream, why);
      if (!stream.destroyed && pty) shell = startShell(stream, {...pty, colours});
    };
    if (typeof reason === 'object') void reason.then(start, () => start('the server cannot start a session now; try again'));
    else start(reason);
  });
}

/** One line of explanation, exit status 1, and the channel closes. */
function refuse(stream: ssh2.ServerChannel, message: string): void {
  stream.write(`termblocks: ${message}\r\n`);
  stream.exit(1);
  stream.end();
}
