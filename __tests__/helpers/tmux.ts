import {execFileSync, spawnSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * A real terminal for end-to-end tests: a detached tmux session on its own
 * socket, driven with send-keys and read with capture-pane.
 */
export class TmuxPane {
  readonly socket = `termblocks-${randomUUID().slice(0, 8)}`;

  constructor(command: string, options: {columns?: number; rows?: number; cwd?: string; env?: Record<string, string>} = {}) {
    const env = Object.entries(options.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    this.tmux(
      'new-session',
      '-d',
      '-x',
      String(options.columns ?? 100),
      '-y',
      String(options.rows ?? 30),
      ...env,
      '-c',
      options.cwd ?? process.cwd(),
      command,
    );
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
  }

  /** Sends keys as tmux names them (`g`, `Tab`, `Enter`, `BTab`, `BSpace`, `C-c`). */
  send(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', key);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p');
  }

  /** Polls the screen until it matches, rather than sleeping a fixed time. */
  async waitFor(pattern: RegExp, timeoutMs = 15000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      try {
        last = this.screen();
      } catch {
        // The pane may be gone for a moment while its command exits.
      }
      if (pattern.test(last)) return last;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${last}`);
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }
}
