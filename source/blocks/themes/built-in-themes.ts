import {BuildError} from '../errors.js';
import {Base, type ThemeHues} from './Base.js';
import {
  amber,
  blue,
  type Color,
  cyan,
  emerald,
  fuchsia,
  gray,
  green,
  indigo,
  lime,
  neutral,
  orange,
  sky,
  slate,
  stone,
  zinc,
} from './colors.js';

// Gradio 6's themes (gradio/themes/*.py), each with its own default hues. Only the hues carry
// over to a terminal; what else each sets (gradients, shadows, fonts) has no terminal equivalent.

const hues = (primary: Color, secondary: Color, neutral: Color): ThemeHues => ({primary, secondary, neutral});

/** Gradio's default look (orange, blue, zinc). Here it keeps termblocks' own terminal colours: see palette.ts. */
export class Default extends Base {
  override readonly name: string = 'default';
  protected override defaultHues(): ThemeHues {
    return hues(orange, blue, zinc);
  }
}

export class Origin extends Base {
  override readonly name: string = 'origin';
  protected override defaultHues(): ThemeHues {
    return hues(orange, blue, gray);
  }
}

export class Soft extends Base {
  override readonly name: string = 'soft';
  protected override defaultHues(): ThemeHues {
    return hues(indigo, indigo, gray);
  }
}

export class Monochrome extends Base {
  override readonly name: string = 'monochrome';
  protected override defaultHues(): ThemeHues {
    return hues(neutral, neutral, neutral);
  }
}

export class Glass extends Base {
  override readonly name: string = 'glass';
  protected override defaultHues(): ThemeHues {
    return hues(blue, slate, slate);
  }
}

export class Ocean extends Base {
  override readonly name: string = 'ocean';
  protected override defaultHues(): ThemeHues {
    return hues(emerald, sky, zinc);
  }
}

export class Citrus extends Base {
  override readonly name: string = 'citrus';
  protected override defaultHues(): ThemeHues {
    return hues(amber, amber, stone);
  }
}

export class Ember extends Base {
  override readonly name: string = 'ember';
  protected override defaultHues(): ThemeHues {
    return hues(orange, orange, stone);
  }
}

export class Cyberpunk extends Base {
  override readonly name: string = 'cyberpunk';
  protected override defaultHues(): ThemeHues {
    return hues(fuchsia, cyan, slate);
  }
}

export class Neon extends Base {
  override readonly name: string = 'neon';
  protected override defaultHues(): ThemeHues {
    return hues(lime, cyan, neutral);
  }
}

export class Mario extends Base {
  override readonly name: string = 'mario';
  protected override defaultHues(): ThemeHues {
    return hues(orange, green, stone);
  }
}

/** The names `theme: 'soft'` may give, as Gradio's BUILT_IN_THEMES (its string form covers these only). */
const BUILT_IN: Record<string, () => Base> = {
  base: () => new Base(),
  default: () => new Default(),
  monochrome: () => new Monochrome(),
  soft: () => new Soft(),
  glass: () => new Glass(),
  origin: () => new Origin(),
  citrus: () => new Citrus(),
  ocean: () => new Ocean(),
  mario: () => new Mario(),
};

/**
 * The theme an app asked for: a theme object as given, a built-in theme's name in any case,
 * or Default when none. A Hub theme ('gradio/seafoam') cannot be fetched here: as Gradio does
 * when the download fails, it warns and uses Default.
 */
export function resolveTheme(theme: Base | string | undefined): Base {
  if (theme === undefined || theme === null) return new Default();
  if (theme instanceof Base) return theme;
  if (typeof theme !== 'string') throw new BuildError('gr.Blocks: theme must be a gr.themes theme or its name, such as "soft"');
  const made = BUILT_IN[theme.toLowerCase()];
  if (made) return made();
  if (theme.includes('/')) {
    console.warn(`termblocks: theme "${theme}" is a Hugging Face Hub theme, which is not fetched here; using Default`);
    return new Default();
  }
  throw new BuildError(`gr.Blocks: there is no built-in theme "${theme}"; use one of ${Object.keys(BUILT_IN).join(', ')}`);
}
