import {BuildError} from '../errors.js';
import {blue, type Color, namedHues, zinc} from './colors.js';

/** What a theme is made from: Gradio's three hues; its sizes, radii and fonts are accepted and mean nothing in a terminal. */
export interface ThemeOptions {
  /** The accent: primary buttons, a focused label, headings. A hue, or a hue's name such as 'green'. */
  primaryHue?: Color | string;
  /** The second colour: the focus, links, the assistant's messages. */
  secondaryHue?: Color | string;
  /** The greys: borders, secondary buttons, static boxes. */
  neutralHue?: Color | string;
  /** Gradio's textSize, spacingSize, radiusSize, font, fontMono: there is no such choice in a terminal. */
  [browserOnly: string]: unknown;
}

/**
 * A theme, as Gradio's `gr.themes.Base`: a name and the primary, secondary and neutral hues
 * every colour of the app is derived from. The renderer turns it into a terminal palette.
 */
export class Base {
  readonly name: string = 'base';
  readonly primaryHue: Color;
  readonly secondaryHue: Color;
  readonly neutralHue: Color;

  constructor(options: ThemeOptions = {}) {
    const defaults = this.defaultHues();
    this.primaryHue = hueOf(options.primaryHue, defaults.primary, 'primaryHue');
    this.secondaryHue = hueOf(options.secondaryHue, defaults.secondary, 'secondaryHue');
    this.neutralHue = hueOf(options.neutralHue, defaults.neutral, 'neutralHue');
  }

  /** The hues a theme uses when the app gives none (each built-in theme has its own); called while constructing. */
  protected defaultHues(): ThemeHues {
    return {primary: blue, secondary: blue, neutral: zinc};
  }
}

export interface ThemeHues {
  primary: Color;
  secondary: Color;
  neutral: Color;
}

/** A hue given as a Color or by name ('green', as Gradio's expand_shortcut reads it). */
function hueOf(given: Color | string | undefined, fallback: Color, option: string): Color {
  if (given === undefined) return fallback;
  if (typeof given !== 'string') return given;
  const found = namedHues[given.toLowerCase()];
  if (!found)
    throw new BuildError(`gr.themes: ${option} "${given}" is not a hue; use one of ${Object.keys(namedHues).join(', ')}`);
  return found;
}
