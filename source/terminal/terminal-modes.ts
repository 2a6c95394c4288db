import type {MountOptions} from './MountedApp.js';
import type {Terminal} from './Terminal.js';

const CSI = '\u001b[';
/** Report button presses and releases (1000) with the wheel, as SGR sequences (1006); and stop. */
const MOUSE_ON = `${CSI}?1000h${CSI}?1006h`;
const MOUSE_OFF = `${CSI}?1006l${CSI}?1000l`;

type Modes = Pick<MountOptions, 'alternateScreen' | 'mouse'>;

/**
 * What the renderer turns on as it mounts: the alternate screen if asked, cursor hidden,
 * bracketed paste, and mouse reports in SGR form (which OpenSSH and tmux pass through);
 * then any question for the terminal (its background).
 */
export function enterModes({alternateScreen, mouse}: Modes, query = ''): string {
  return `${alternateScreen ? `${CSI}?1049h` : ''}${CSI}?25l${CSI}?2004h${mouse !== false ? MOUSE_ON : ''}${query}`;
}

/** Everything enterModes turned on, turned off; off the alternate screen, the cursor goes below the last frame. */
export function leaveModes({alternateScreen, mouse}: Modes, terminal: Terminal): string {
  const leave = alternateScreen ? `${CSI}?1049l` : `${CSI}${Math.max(1, terminal.rows)};1H${terminal.newline}`;
  return `${CSI}0m${CSI}?2004l${CSI}?25h${mouse !== false ? MOUSE_OFF : ''}${leave}`;
}
