import {createRequire} from 'node:module';

/** The monospace font every picture is drawn with unless the tape names another: DejaVu Sans Mono, shipped as an npm package, so no system font is needed and pictures are the same on every machine. */
const bundledFonts = [
  'DejaVuSansMono.ttf',
  'DejaVuSansMono-Bold.ttf',
  'DejaVuSansMono-Oblique.ttf',
  'DejaVuSansMono-BoldOblique.ttf',
];

export interface RasterOptions {
  /** Also use the fonts installed on this machine (when the tape set FontFamily). */
  systemFonts: boolean;
}

export interface Raster {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  pixels: Uint8Array;
  png: () => Uint8Array;
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

/** resvg is a native module: loaded on first use (a specifier in a variable also keeps the bundler from inlining it). */
function loadResvg(): Promise<ResvgModule> {
  const name = '@resvg/resvg-js';
  resvg ??= import(name) as Promise<ResvgModule>;
  return resvg;
}

function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return bundledFonts.map(file => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}

/** Draws an SVG to pixels in this process with resvg. */
export async function rasterize(svg: string, options: RasterOptions): Promise<Raster> {
  const {Resvg} = await loadResvg();
  const renderer = new Resvg(svg, {
    font: {
      loadSystemFonts: options.systemFonts,
      fontFiles: fontFiles(),
      defaultFontFamily: 'DejaVu Sans Mono',
      monospaceFamily: 'DejaVu Sans Mono',
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = renderer.render();
  return {
    width: image.width,
    height: image.height,
    pixels: new Uint8Array(image.pixels),
    png: () => new Uint8Array(image.asPng()),
  };
}
