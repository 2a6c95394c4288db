import cluster, {type Worker} from 'node:cluster';
import {loadHostKey} from '../HostKeyStore.js';
import {resolveServeOptions, type ServeOptions} from '../serve-options.js';
import {guardedLog, type ServerLog, stderrLog, writeStderr} from '../server-log.js';
import {SHUTDOWN_MAX_MS} from '../shutdown.js';
import {isOurs, type PrimaryMessage, type WorkerMessage} from './messages.js';
import {SharedLimits} from './shared-limits.js';
import {perProcessNotice} from './worker-count.js';

/** A worker that dies sooner than this after starting is restarted after a growing pause, so a crash loop does not spin. */
const HEALTHY_AFTER_MS = 10000;
const RESTART_PAUSE_MAX_MS = 30000;
/** How long a shutdown waits for its workers beyond their own bounded shutdown, before killing them. */
const WORKER_EXIT_MARGIN_MS = 3000;

export interface Primary {
  /** Ends every worker's sessions (unload handlers run), then every worker; resolves when all have exited. */
  close(): Promise<void>;
}

/**
 * The primary of `serve --workers N`: it loads the host key once and hands it to every
 * worker, keeps the connection and session limits for all of them (SharedLimits), and
 * replaces a worker that dies. It never loads the app: the workers do, each its own copy,
 * and node:cluster spreads the connections on the one port among them.
 */
export async function servePrimary(count: number, options: ServeOptions): Promise<Primary> {
  const config = resolveServeOptions(options);
  const log: ServerLog = guardedLog(config.log ?? stderrLog);
  const hostKey = loadHostKey(config.hostKey);
  const limits = new SharedLimits(config, log);
  writeStderr(perProcessNotice(count));

  let stopping = false;
  let pause = 1000;
  const live = new Set<Worker>();
  let started: ((message: WorkerMessage & {termblocks: 'listening'}) => void) | undefined;
  let failedToStart: ((worker: Worker) => void) | undefined;

  const fork = () => {
    const worker = cluster.fork();
    const bornAt = Date.now();
    live.add(worker);
    const reply = (message: PrimaryMessage) => {
      if (worker.isConnected()) worker.send(message);
    };
    worker.on('message', (message: unknown) => {
      if (!isOurs<WorkerMessage>(message)) return;
      if (message.termblocks === 'hello') return reply({termblocks: 'start', hostKey});
      if (message.termblocks === 'listening') {
        log('worker-start', {pid: worker.process.pid});
        return started?.(message);
      }
      limits.handle(worker.id, message, reply);
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      limits.forget(worker.id);
      if (stopping) return;
      log('worker-exit', {pid: worker.process.pid, code: code ?? undefined, signal: signal ?? undefined});
      if (failedToStart) return failedToStart(worker);
      pause = Date.now() - bornAt > HEALTHY_AFTER_MS ? 1000 : Math.min(pause * 2, RESTART_PAUSE_MAX_MS);
      // Its users' connections are gone with it; they reconnect to the others meanwhile.
      setTimeout(() => {
        if (!stopping) fork();
      }, pause).unref();
    });
  };

  // Every worker must listen before the server is announced; one that dies first fails the start.
  const listening = await new Promise<(WorkerMessage & {termblocks: 'listening'})[]>((resolve, reject) => {
    const heard: (WorkerMessage & {termblocks: 'listening'})[] = [];
    started = message => {
      heard.push(message);
      if (heard.length === count) resolve(heard);
    };
    failedToStart = worker => reject(new Error(`worker ${worker.process.pid} exited before it was serving (its error is above)`));
    for (let index = 0; index < count; index++) fork();
  }).catch(async (error: unknown) => {
    await stopAll();
    throw error;
  });
  started = undefined;
  failedToStart = undefined;
  const [first] = listening;
  writeStderr(
    `termblocks: serving "${first?.title}" on ssh://${first?.host}:${first?.port} with ${count} workers (host key ${hostKey.fingerprint}); connect with: ssh -p ${first?.port} ${first?.host}\n`,
  );

  async function stopAll(): Promise<void> {
    stopping = true;
    limits.close();
    const exits = [...live].map(worker => new Promise<void>(resolve => worker.once('exit', () => resolve())));
    for (const worker of live) if (worker.isConnected()) worker.send({termblocks: 'shutdown'} satisfies PrimaryMessage);
    const timer = setTimeout(() => {
      for (const worker of live) worker.process.kill('SIGKILL');
    }, SHUTDOWN_MAX_MS + WORKER_EXIT_MARGIN_MS);
    await Promise.all(exits);
    clearTimeout(timer);
  }

  return {close: stopAll};
}
