// Types for the parts of gifenc (https://github.com/mattdesl/gifenc) that render-gif.ts uses.
declare module 'gifenc' {
  export type Palette = number[][];
  export interface Encoder {
    writeFrame(
      index: Uint8Array,
      width: number,
      height: number,
      options: {palette?: Palette; delay?: number; repeat?: number},
    ): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(): Encoder;
  export function quantize(rgba: Uint8Array, maxColors: number, options?: {format?: 'rgb565' | 'rgb444' | 'rgba4444'}): Palette;
  export function applyPalette(rgba: Uint8Array, palette: Palette, format?: 'rgb565' | 'rgb444' | 'rgba4444'): Uint8Array;
  /** gifenc is CommonJS: Node's ESM sees its exports as the default export. */
  const gifenc: {GIFEncoder: typeof GIFEncoder; quantize: typeof quantize; applyPalette: typeof applyPalette};
  export default gifenc;
}
