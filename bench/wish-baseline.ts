// The baseline ssh.bench.ts measures termblocks against: bench/wish-hangman, hangman on
// Charm's Wish + Bubble Tea, built from Debian's Go packages (no Go module proxy is
// reachable here, so GOPATH mode over /usr/share/gocode).
import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const GOPATH = '/usr/share/gocode';
const PACKAGES = ['wish', 'bubbletea', 'lipgloss', 'bubbles'].map(name => `golang-github-charmbracelet-${name}-dev`);
export const INSTALL = `sudo apt-get install golang-go ${PACKAGES.join(' ')}`;

/** The Debian package versions, to print next to the figures: these are old releases (wish 0.1.1, bubbletea 0.19). */
export function baselineVersions(): string {
  const names = ['wish', 'bubbletea', 'bubbles', 'lipgloss'];
  try {
    const shown = execFileSync(
      'dpkg-query',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query expands these.
      ['-W', '-f', '${Package} ${Version}\n', ...names.map(n => `golang-github-charmbracelet-${n}-dev`)],
      {encoding: 'utf8'},
    );
    const packages = shown
      .trim()
      .split('\n')
      .map(line =>
        line
          .replace('golang-github-charmbracelet-', '')
          .replace('-dev', '')
          .replace(/-[^-]+$/, ''),
      );
    return [...packages, goVersion()].join(', ');
  } catch {
    return 'versions unknown (not installed from Debian packages)';
  }
}

/** Why the baseline cannot be built here, or undefined when it can. */
export function missing(): string | undefined {
  try {
    execFileSync('go', ['version'], {stdio: 'ignore'});
  } catch {
    return 'go is not installed';
  }
  for (const dir of ['wish/bubbletea', 'bubbletea', 'lipgloss', 'bubbles/textinput']) {
    if (!existsSync(join(GOPATH, 'src/github.com/charmbracelet', dir))) return `${GOPATH} has no charmbracelet/${dir}`;
  }
  return undefined;
}

/** Builds bench/wish-hangman into `dir`; returns the binary's path. */
export function buildWishHangman(dir: string): string {
  const binary = join(dir, 'wish-hangman');
  execFileSync('go', ['build', '-o', binary, '.'], {
    cwd: join(root, 'bench/wish-hangman'),
    env: {...process.env, GOPATH, GO111MODULE: 'off', GOFLAGS: '', GOCACHE: join(dir, 'go-cache')},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return binary;
}

/** Starts the baseline on a free loopback port; resolves once it listens. */
export async function startWish(binary: string, dir: string): Promise<{server: ChildProcess; port: number}> {
  const server = spawn(binary, [join(dir, 'host_key')], {stdio: ['ignore', 'ignore', 'pipe']});
  let output = '';
  server.stderr?.on('data', data => {
    output += data.toString();
  });
  const deadline = Date.now() + 30000;
  while (!/ssh:\/\/127\.0\.0\.1:(\d+)/.test(output)) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`wish-hangman did not start:\n${output}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return {server, port: Number(/ssh:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1])};
}

/** The Go toolchain's own version line, e.g. "go1.19.8". */
export function goVersion(): string {
  try {
    return /go\d+\.\d+(\.\d+)?/.exec(execFileSync('go', ['version'], {encoding: 'utf8'}))?.[0] ?? 'go';
  } catch {
    return 'go';
  }
}
