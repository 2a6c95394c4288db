// What the bundle's patched Ink (bin/ink-patches.js) calls to redraw only what changed.
//
// Ink draws every frame from nothing: it walks the whole tree into a list of writes,
// lays every write onto a fresh grid of cells, and turns every row back into a string.
// A keystroke changes one box, so nearly all of that work repeats the last frame's.
// Two caches keep it, each checked against what could make it wrong:
//
// - Per DOM node, the writes its subtree made last frame. Any change to a node (its
//   props, style, children or text) marks it and every ancestor changed. A node that
//   is unchanged, at the same place, the same size and under the same transformers,
//   and that Yoga did not lay out again (its hasNewLayout flag: a subtree Yoga did not
//   visit kept its layout, while one of the same size may not have, as Yoga lays a
//   subtree out by the space offered, not only by the size that results), pushes the
//   very same write objects again instead of walking its subtree.
// - Per Ink root, each row's string and the writes (and the clip each was under) that
//   made it. A row whose writes are the very same objects as last frame's is the same
//   string; only the other rows are laid out and turned into strings.
//
// Both decide by identity. A subtree walked again swaps in last frame's write where the
// new one is equal in every field (keepEqualOperations), so the rows under an unchanged
// border are kept too. A miss only costs the work Ink always did, and the frame is the
// one unpatched Ink draws (__tests__/e2e/ink-frame-cache.test.ts compares them).

/** A node changed: it and every ancestor must walk their subtrees on the next frame. */
export function markChanged(node) {
  for (let at = node; at !== undefined; at = at.parentNode) at.internal_changed = true;
}

const NO_TRANSFORMERS = Object.freeze([]);

function sameList(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Wraps Ink's renderNodeToOutput (which recurses through the wrapper) with the per-node cache. */
export function withSubtreeCache(renderNode) {
  return function renderCachedNode(node, output, options) {
    const {yogaNode} = node;
    if (yogaNode === undefined) {
      renderNode(node, output, options);
      return;
    }
    const offsetX = options.offsetX ?? 0;
    const offsetY = options.offsetY ?? 0;
    const transformers = options.transformers ?? NO_TRANSFORMERS;
    const skip = options.skipStaticElements;
    const left = yogaNode.getComputedLeft();
    const top = yogaNode.getComputedTop();
    const width = yogaNode.getComputedWidth();
    const height = yogaNode.getComputedHeight();
    const cached = node.internal_outputCache;
    const laidOut = yogaNode.hasNewLayout();
    if (
      cached !== undefined &&
      node.internal_changed !== true &&
      !laidOut &&
      cached.offsetX === offsetX &&
      cached.offsetY === offsetY &&
      cached.left === left &&
      cached.top === top &&
      cached.width === width &&
      cached.height === height &&
      cached.skip === skip &&
      sameList(cached.transformers, transformers)
    ) {
      for (const operation of cached.operations) output.operations.push(operation);
      return;
    }
    const start = output.operations.length;
    renderNode(node, output, options);
    if (cached !== undefined) keepEqualOperations(output.operations, start, cached.operations);
    node.internal_outputCache = {
      offsetX,
      offsetY,
      left,
      top,
      width,
      height,
      skip,
      transformers,
      operations: output.operations.slice(start),
    };
    node.internal_changed = false;
    if (laidOut) yogaNode.markLayoutSeen();
  };
}

/**
 * A node walked again draws mostly what it drew: a box around a changed text draws the
 * same border. Each new write equal to the one at its place last frame is replaced by
 * that one, so the rows it covers can be kept.
 */
function keepEqualOperations(operations, start, before) {
  const count = Math.min(operations.length - start, before.length);
  for (let i = 0; i < count; i++) {
    const now = operations[start + i];
    const then = before[i];
    // A replayed child's writes are already last frame's.
    if (now === then) continue;
    if (
      now.type === 'write' &&
      then.type === 'write' &&
      now.x === then.x &&
      now.y === then.y &&
      now.text === then.text &&
      sameList(now.transformers, then.transformers)
    ) {
      operations[start + i] = then;
    }
  }
}

/** Stands for a row kept from the last frame in Output.get's grid; frozen, so a stray write throws. */
export const KEPT_ROW = Object.freeze([]);

function lineCount(text) {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Which rows of an Output must be laid out again. `memory` is the root's record of the
 * last frame (undefined for outputs that are not kept, such as Static's): without it,
 * every row is.
 */
export function planRows(output) {
  const {width, height, operations, rowMemory: memory} = output;
  const writers = [];
  for (let y = 0; y < height; y++) writers.push([]);
  const clips = [];
  // Yoga lays out on whole cells; a write elsewhere is not tracked by row, so every row is redrawn.
  let tracked = true;
  for (const operation of operations) {
    if (operation.type === 'clip') clips.push(operation);
    else if (operation.type === 'unclip') clips.pop();
    else if (operation.type === 'write' && operation.text) {
      operation.lineCount ??= lineCount(operation.text);
      if (!Number.isInteger(operation.y)) {
        tracked = false;
        continue;
      }
      const clip = clips.length > 0 ? clips[clips.length - 1] : null;
      const to = Math.min(height, operation.y + operation.lineCount);
      for (let y = Math.max(0, operation.y); y < to; y++) writers[y].push(operation, clip);
    }
  }
  const reusable = tracked && memory !== undefined && memory.width === width && memory.height === height;
  const redraw = writers.map((list, y) => !reusable || !sameList(memory.writers[y], list));
  const lines = reusable ? memory.lines : new Array(height).fill('');
  if (memory !== undefined) {
    // An untracked frame's record must not be reused by the next one.
    memory.width = tracked ? width : Number.NaN;
    memory.height = height;
    memory.writers = writers;
    memory.lines = lines;
  }
  return {
    redraw,
    lines,
    /** Whether a write reaches a row that is laid out again. */
    touches(operation) {
      if (!tracked) return true;
      const to = Math.min(height, operation.y + (operation.lineCount ?? lineCount(operation.text)));
      for (let y = Math.max(0, operation.y); y < to; y++) if (redraw[y]) return true;
      return false;
    },
  };
}

/** Ink's setStyle: a re-rendered Box passes a new style object, which changes nothing unless a value differs. */
export function styleChanged(node, style) {
  const before = node.style;
  if (before === style) return;
  const keys = Object.keys(style);
  if (keys.length !== Object.keys(before).length || keys.some(key => before[key] !== style[key])) markChanged(node);
}

/**
 * Ink's setAttribute: a re-rendered Box passes a new accessibility object, equal unless
 * its role or state differ, and new `children`, which Ink keeps but never draws (children
 * reach the DOM as nodes, each change marking its parent).
 */
export function attributeChanged(node, key, value) {
  if (key === 'children') return;
  const before = key === 'internal_accessibility' ? node.internal_accessibility : node.attributes[key];
  if (before === value) return;
  if (key === 'internal_accessibility' && before && value && before.role === value.role && before.state === value.state) return;
  markChanged(node);
}

/** Distinct text styles kept (a style is a handful of values; past it the map starts again). */
const TRANSFORM_LIMIT = 4000;
const transforms = new Map();

/**
 * Ink's Text: each render made a new closure to colour its text, so a re-rendered Text
 * whose props were all the same still changed (its internal_transform) and every row it
 * covers was laid out again. Texts of one style now share one closure, made the way Ink's
 * Text makes it, so an unchanged Text is an unchanged node.
 */
export function textTransform(chalk, colorize, dimColor, color, background, bold, italic, underline, strikethrough, inverse) {
  // The flags count as Ink's Text tests them (truthy); a colour by its type and text. Cheaper than JSON, as this
  // runs for every Text drawn.
  const flags = `${+!!dimColor}${+!!bold}${+!!italic}${+!!underline}${+!!strikethrough}${+!!inverse}`;
  const key = `${flags}\u0000${typeof color}${color}\u0000${typeof background}${background}`;
  let transform = transforms.get(key);
  if (transform === undefined) {
    if (transforms.size >= TRANSFORM_LIMIT) transforms.clear();
    transform = children => {
      let text = children;
      if (dimColor) text = chalk.dim(text);
      if (color) text = colorize(text, color, 'foreground');
      if (background) text = colorize(text, background, 'background');
      if (bold) text = chalk.bold(text);
      if (italic) text = chalk.italic(text);
      if (underline) text = chalk.underline(text);
      if (strikethrough) text = chalk.strikethrough(text);
      if (inverse) text = chalk.inverse(text);
      return text;
    };
    transforms.set(key, transform);
  }
  return transform;
}
