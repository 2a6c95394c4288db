import type {MountedApp} from '../terminal/MountedApp.js';
import {mouseBytes} from './key-bytes.js';
import type {TapeProblem} from './TapeSyntaxError.js';
import type {TapeCommand} from './tape-commands.js';
import type {TapeSettings} from './tape-settings.js';
import type {VirtualTerminal} from './VirtualTerminal.js';

type MouseCommand = Extract<TapeCommand, {type: 'Click' | 'Scroll'}>;

function isMouse(command: TapeCommand): command is MouseCommand {
  return command.type === 'Click' || command.type === 'Scroll';
}

/**
 * Whether the app gets the mouse: as `Set Mouse` says, else only when the tape clicks or
 * scrolls, so a tape of keys records no mouse switches (and its recordings stay as they were).
 */
export function takesMouse(commands: readonly TapeCommand[], settings: TapeSettings): boolean {
  return settings.mouse ?? commands.some(isMouse);
}

/** `Click` and `Scroll` in a tape that turned the mouse off: refused at their lines before anything plays. */
export function mouseProblems(commands: readonly TapeCommand[], settings: TapeSettings): TapeProblem[] {
  if (settings.mouse !== false) return [];
  const off = commands.find(c => c.type === 'Set' && c.setting.name === 'Mouse');
  const where = off ? ` at line ${off.at.line}` : '';
  return commands.filter(isMouse).map(c => ({
    at: c.at,
    message: `${c.type} needs the mouse, which this tape turns off (Set Mouse false${where}): remove that setting, or use keys here`,
  }));
}

/**
 * The reports a terminal would send for a `Click` or a `Scroll`, one string per press or
 * notch: a click at the first cell of the text it names (see mouse-targets.ts), the wheel
 * over that text or, with none, over the title line, which scrolls the page. Or why none
 * can be sent: the text is not on the screen once, or the app has not asked for the mouse
 * (a terminal would then select text and send the app nothing).
 */
export function mouseReports(
  command: MouseCommand,
  mounted: MountedApp,
  terminal: VirtualTerminal,
): {reports: string[]} | {problem: string} {
  if (!terminal.mouseReports)
    return {
      problem: `${command.type}: the app has not asked for mouse reports (CSI ?1000h with SGR, ?1006h), so a terminal would send it nothing`,
    };
  let spot = {x: 0, y: 0};
  if (command.target !== undefined) {
    const found = mounted.locate?.(command.target) ?? {problem: 'this renderer cannot say where things are drawn'};
    if ('problem' in found) return {problem: `${command.type} ${JSON.stringify(command.target)}: ${found.problem}`};
    spot = found;
  }
  if (command.type === 'Click') return {reports: [mouseBytes('left', spot.x, spot.y)]};
  return {reports: Array.from({length: command.count}, () => mouseBytes(command.down ? 'wheeldown' : 'wheelup', spot.x, spot.y))};
}
