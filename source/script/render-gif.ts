import gifenc from 'gifenc';
import {rasterize} from './rasterize.js';
import {renderSvg, type SvgLook} from './render-svg.js';
import type {ScreenFrame} from './screen-frames.js';

/**
 * Encodes frames as an animated GIF that loops: each frame is the screen's SVG
 * drawn by resvg, quantized to its own palette of 256 colours. Every step is
 * deterministic, so the same frames give the same bytes.
 */
export async function renderGif(frames: readonly ScreenFrame[], look: SvgLook, systemFonts: boolean): Promise<Uint8Array> {
  const {GIFEncoder, quantize, applyPalette} = gifenc;
  const encoder = GIFEncoder();
  let carried = 0;
  for (const [i, frame] of frames.entries()) {
    const raster = await rasterize(renderSvg(frame.lines, frame.columns, look), {systemFonts});
    const palette = quantize(raster.pixels, 256);
    const index = applyPalette(raster.pixels, palette);
    // A GIF counts time in hundredths of a second: carry the rounding on, so the total stays right.
    const exact = frame.durationMs + carried;
    const delay = Math.max(10, Math.round(exact / 10) * 10);
    carried = exact - delay;
    encoder.writeFrame(index, raster.width, raster.height, {palette, delay, ...(i === 0 ? {repeat: 0} : {})});
  }
  encoder.finish();
  return encoder.bytes();
}
