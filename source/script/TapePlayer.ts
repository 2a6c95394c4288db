import {setTimeout as sleep} from 'node:timers/promises';
import type {Session} from '../session/Session.js';
import {modeOfHex} from '../terminal/background-query.js';
import type {MountedApp, MountOptions} from '../terminal/MountedApp.js';
import type {Terminal} from '../terminal/Terminal.js';
import {AsciicastRecorder} from './AsciicastRecorder.js';
import {keyBytes, typedBytes} from './key-bytes.js';
import type {StyledRun} from './screen-cells.js';
import {screenToAnsi} from './screen-to-ansi.js';
import {TapeFailure} from './TapeFailure.js';
import {TextFrameRecorder} from './TextFrameRecorder.js';
import type {TapeCommand, TapeLocation} from './tape-commands.js';
import {mouseReports, takesMouse} from './tape-mouse.js';
import type {TapeSettings} from './tape-settings.js';
import {VirtualClock} from './VirtualClock.js';
import {VirtualTerminal} from './VirtualTerminal.js';

/** How the renderer draws a session on a terminal: `mountApp` from source/terminal/mount.tsx. */
export type MountFunction = (session: Session, terminal: Terminal, options: MountOptions) => MountedApp;

export interface PlayerOptions {
  /** The tape's path, to name it when the app fails before the first command. */
  tapeFile: string;
  settings: TapeSettings;
  title: string;
  mount: MountFunction;
  /** Sleeps and typing cost no wall time; waits still wait for the app. */
  fast: boolean;
  /** How long the app may take to show the effect of one command before the tape fails. */
  settleTimeoutMs: number;
  /** Called with each `Screenshot` (path as written, and the screen then). */
  onScreenshot: (path: string, terminal: VirtualTerminal) => void;
  /** The tape's clock, which the session was opened on (`app.session({clock})`); default a new one. */
  clock?: VirtualClock;
}

/** Commands that act on the app; anything before the first of them is set-up (VHS applies it before recording). */
export function isAction(command: TapeCommand): boolean {
  return !['Set', 'Output', 'Env', 'Require'].includes(command.type);
}

/**
 * Plays a tape against one session drawn on a virtual terminal: sends the bytes
 * of each key, lets the tape's clock advance, waits for the app to settle after
 * every step, records what the terminal received, and checks the assertions.
 */
export class TapePlayer {
  readonly terminal: VirtualTerminal;
  readonly clock: VirtualClock;
  readonly cast: AsciicastRecorder;
  readonly frames = new TextFrameRecorder();
  private mounted!: MountedApp;
  private typingSpeedMs: number;
  private clipboard = '';
  private hidden = false;
  private hiddenSince = 0;
  private hiddenTotal = 0;
  private missedWhileHidden = false;
  private unrecorded = '';
  private quit = false;
  private current: TapeLocation;
  /** `Expect`, `ExpectNot` and `Wait` lines that held, and the one that failed (a tape stops at its first failure). */
  readonly assertions = {held: 0, failed: 0};
  /** The screen when the tape ended (or failed), kept after the terminal is gone. */
  finalScreen: {lines: StyledRun[][]; columns: number} = {lines: [], columns: 0};

  constructor(
    private readonly session: Session,
    private readonly options: PlayerOptions,
  ) {
    const {columns, rows, shell} = options.settings;
    this.clock = options.clock ?? new VirtualClock();
    this.terminal = new VirtualTerminal(columns, rows);
    this.typingSpeedMs = options.settings.typingSpeedMs;
    this.cast = new AsciicastRecorder({
      width: columns,
      height: rows,
      title: options.title,
      env: {TERM: 'xterm-256color', SHELL: shell.startsWith('/') ? shell : `/bin/${shell}`},
    });
    this.current = {file: options.tapeFile, line: 1, column: 1, text: '(starting the app)'};
    this.terminal.onOutput(data => {
      this.unrecorded += data;
    });
  }

  /** The tape's time as the recording shows it: time spent hidden is cut out, as VHS cuts it from a video. */
  get recordingTime(): number {
    return this.clock.now() - this.hiddenTotal;
  }

  async play(commands: readonly TapeCommand[]): Promise<void> {
    this.mounted = this.options.mount(this.session, this.terminal, {
      clock: this.clock,
      alternateScreen: false,
      // Only a tape that clicks or scrolls takes the mouse: otherwise its switches would be in every recording.
      mouse: takesMouse(commands, this.options.settings),
      // `Set Theme` is the terminal's look: a light background gets the app's light colours, as OSC 11 would tell.
      themeMode: modeOfHex(this.options.settings.look.theme.background),
      onQuit: () => {
        this.quit = true;
      },
    });
    // A tape that starts with Hide sets the app up before anything is recorded, as in VHS.
    if (commands.find(isAction)?.type === 'Hide') await this.run(commands.find(isAction)!);
    try {
      await this.settle();
      if (!this.hidden) this.frames.capture(this.terminal.lines());
      for (const command of commands) {
        this.current = command.at;
        await this.run(command);
        if (!this.hidden) this.frames.capture(this.terminal.lines());
      }
    } finally {
      await this.terminal.flush();
      this.finalScreen = {lines: this.terminal.styledLines(), columns: this.terminal.columns};
      await this.mounted.unmount();
      this.terminal.dispose();
    }
  }

  /**
   * The tape's end: the recording lasts as long as the tape did, including a last
   * `Sleep` in which nothing was drawn (VHS's video runs to the end too).
   */
  finish(): void {
    if (!this.hidden) this.cast.output(this.recordingTime, '', {keepEmpty: true});
  }

  /**
   * Closes the session with the tape's clock still running: an `unload` handler that
   * sleeps on it, and its deadline, need time to pass. Nothing is recorded any more.
   */
  async close(): Promise<void> {
    let closed = false;
    const closing = this.session.close().then(() => {
      closed = true;
    });
    while (!closed) {
      await Promise.race([closing, sleep(1)]);
      const next = this.clock.nextDue();
      if (!closed && next !== undefined) await this.clock.advanceTo(next);
    }
  }

  private async run(command: TapeCommand): Promise<void> {
    switch (command.type) {
      case 'Type':
        for (const char of command.text) await this.press(typedBytes(char), command.speedMs);
        return;
      case 'Key':
        for (let i = 0; i < command.count; i++) {
          // As VHS: ScrollUp/ScrollDown move the terminal's view over its scrollback; the app gets nothing.
          if (command.chord.key === 'ScrollUp' || command.chord.key === 'ScrollDown')
            this.terminal.scrollLines(command.chord.key === 'ScrollUp' ? -1 : 1);
          await this.press(keyBytes(command.chord, this.terminal.keyModes), command.speedMs);
        }
        return;
      case 'Sleep':
        return this.pass(command.ms);
      case 'Wait':
        return this.wait(command);
      case 'Expect':
        return this.expect(command);
      case 'Click':
      case 'Scroll': {
        // The bytes a terminal sends for the mouse, through the app's input like keys.
        await this.settle();
        const sent = mouseReports(command, this.mounted, this.terminal);
        if ('problem' in sent) throw this.failure(sent.problem);
        for (const report of sent.reports) await this.press(report, undefined);
        return;
      }
      case 'Hide':
        if (!this.hidden) this.hiddenSince = this.clock.now();
        this.hidden = true;
        return;
      case 'Show':
        return this.show();
      case 'Copy':
        this.clipboard = command.text;
        return;
      case 'Paste':
        return this.paste();
      case 'Resize':
        this.terminal.resize(command.columns, command.rows);
        if (!this.hidden) this.cast.resize(this.recordingTime, command.columns, command.rows);
        return this.settle();
      case 'Set':
        if (command.setting.name === 'TypingSpeed') this.typingSpeedMs = command.setting.value as number;
        return;
      case 'Env':
        process.env[command.name] = command.value;
        return;
      case 'Screenshot':
        await this.settle();
        this.options.onScreenshot(command.path, this.terminal);
        return;
      // Output is read before playing, and Require checked before the app starts (run-tape.ts).
      case 'Output':
      case 'Require':
        return;
    }
  }

  /** One key: its bytes to the app, the app settles, then the typing delay passes. */
  private async press(bytes: string, speedMs: number | undefined): Promise<void> {
    if (!this.quit) this.terminal.send(bytes);
    await this.settle();
    await this.pass(speedMs ?? this.typingSpeedMs);
  }

  private async paste(): Promise<void> {
    // As xterm.js pastes: line breaks become Enter, and the whole is bracketed if the app asked.
    const text = this.clipboard.replace(/\r?\n/g, '\r');
    if (!this.quit) this.terminal.send(this.terminal.bracketedPaste ? `\x1b[200~${text}\x1b[201~` : text);
    await this.settle();
  }

  /**
   * Lets `ms` of tape time pass: every timer on the tape's clock (a handler's sleep, a
   * Timer's tick, `every`, a spinner, a toast's expiry) fires at its own moment, and
   * what it drew is recorded then. Without --fast, the wall clock keeps pace.
   */
  private pass(ms: number): Promise<void> {
    return this.advanceTo(this.clock.now() + Math.max(0, ms));
  }

  private async advanceTo(target: number): Promise<void> {
    await this.settle();
    if (this.options.fast) return this.clock.advanceTo(target, () => this.settle());
    for (;;) {
      const next = Math.min(this.clock.nextDue() ?? target, target);
      if (next > this.clock.now()) await sleep(next - this.clock.now());
      await this.clock.advanceTo(next, () => this.settle());
      if (next >= target) return;
    }
  }

  private async show(): Promise<void> {
    if (!this.hidden) return;
    await this.settle();
    this.hiddenTotal += this.clock.now() - this.hiddenSince;
    this.hidden = false;
    // What happened while hidden was not recorded: draw the screen as it is now, so the recording shows it.
    if (this.missedWhileHidden)
      this.cast.output(this.recordingTime, screenToAnsi(this.terminal.styledLines(), this.terminal.cursor()));
    this.missedWhileHidden = false;
  }

  private async wait(command: Extract<TapeCommand, {type: 'Wait'}>): Promise<void> {
    const pattern = command.pattern ?? this.options.settings.waitPattern;
    const timeoutMs = command.timeoutMs ?? this.options.settings.waitTimeoutMs;
    const deadline = performance.now() + timeoutMs;
    const virtualDeadline = this.clock.now() + timeoutMs;
    const seen = () => (command.scope === 'Screen' ? this.terminal.text() : this.terminal.cursorLine());
    for (;;) {
      // Settling waits for work off the clock (real I/O); then only the tape's clock can change
      // the screen (a handler's next step, a tick, a spinner): move it to the next timer due.
      await this.settle();
      if (pattern.test(seen())) {
        this.assertions.held++;
        return;
      }
      const next = this.clock.nextDue();
      if (next !== undefined && next <= virtualDeadline) {
        await this.advanceTo(next);
        continue;
      }
      // Nothing on the clock is due in time: only the world outside (another process's
      // Global) could still change the screen, so give it the timeout in real time.
      if (performance.now() > deadline) {
        await this.advanceTo(virtualDeadline);
        this.assertions.failed++;
        const where = command.scope === 'Screen' ? 'the screen' : 'the cursor line';
        throw this.failure(`Wait timed out after ${timeoutMs / 1000}s: ${where} never matched /${pattern.source}/`);
      }
      await sleep(10);
    }
  }

  private async expect(command: Extract<TapeCommand, {type: 'Expect'}>): Promise<void> {
    await this.settle();
    const screen = this.terminal.text();
    const {pattern, negate} = command;
    const shown = typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen);
    if (shown === !negate) {
      this.assertions.held++;
      return;
    }
    this.assertions.failed++;
    const what = typeof pattern === 'string' ? JSON.stringify(pattern) : `/${pattern.source}/`;
    throw this.failure(
      negate ? `ExpectNot ${what} failed: the screen shows ${what}` : `Expect ${what} failed: the screen does not show ${what}`,
    );
  }

  failure(reason: string): TapeFailure {
    return new TapeFailure(this.current, reason, this.terminal.lines(), this.terminal.columns, this.clock.now());
  }

  /**
   * Waits until the screen shows the effect of everything sent so far, then
   * records the bytes the terminal received, stamped with the tape's time.
   */
  private async settle(): Promise<void> {
    if (!this.quit) await this.settled();
    await this.terminal.flush();
    if (this.unrecorded === '') return;
    if (this.hidden) this.missedWhileHidden = true;
    else this.cast.output(this.recordingTime, this.unrecorded);
    this.unrecorded = '';
  }

  /**
   * The app has done all it can without the tape's clock moving: keys handled, the
   * frame drawn, every handler run finished or asleep on the clock. A run on real
   * work (a fetch, a file, a real timer) is waited for, up to the settle timeout.
   */
  private async settled(): Promise<void> {
    const deadline = performance.now() + this.options.settleTimeoutMs;
    let done = false;
    const settling = (this.mounted.quiet ? this.mounted.quiet() : this.mounted.settled()).then(() => {
      done = true;
    });
    // The renderer may defer work with zero-delay timers on the tape's clock: fire those
    // (time does not move), never later ones, while waiting.
    while (!done) {
      await Promise.race([settling, sleep(5)]);
      if (done || this.quit) return;
      if (performance.now() > deadline) {
        throw this.failure(`the app did not settle within ${this.options.settleTimeoutMs / 1000}s of this command`);
      }
      await this.clock.advanceTo(this.clock.now());
    }
  }
}
