import type {Base} from '../blocks/themes/Base.js';
import {BackgroundProbe} from './background-query.js';
import type {MountOptions} from './MountedApp.js';
import {type Palette, paletteFor} from './palette.js';
import type {Clock} from './Terminal.js';

/**
 * One palette per session: the app's theme read for this terminal's background. Under
 * `themeMode: 'auto'` the terminal is asked (the probe), and its answer may change the mode.
 */
export class SessionPalette {
  current: Palette;
  readonly probe: BackgroundProbe | undefined;

  constructor(theme: Base, {colours, themeMode}: Pick<MountOptions, 'colours' | 'themeMode'>, clock: Clock, redraw: () => void) {
    const inColour = colours !== false;
    this.current = paletteFor(theme, themeMode === 'light' ? 'light' : 'dark', inColour);
    const onMode = (mode: Palette['mode']) => {
      if (mode !== this.current.mode) this.current = paletteFor(theme, mode, inColour);
      redraw();
    };
    this.probe = themeMode === 'auto' ? new BackgroundProbe(clock, onMode, redraw) : undefined;
  }
}
