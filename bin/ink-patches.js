// An esbuild plugin for the bundle: it patches Ink's caches, which a long-running
// server needs bounded and a keystroke needs shared. Each patch replaces an exact
// text; if Ink's code changes, the build fails loudly rather than ship unpatched.
//
// - output.js: Ink's Output keeps its caches of tokenized lines and string widths
//   per Output, and Ink makes a new Output for every frame, so every frame
//   re-tokenized every line on the screen (about 60% of a keystroke's cost). One
//   set of caches is shared across frames (and sessions: borders and labels
//   repeat). Cached values are never mutated by Output, so sharing them is safe.
// - measure-text.js, wrap-text.js: module-level maps that never forget, so a
//   server held every distinct string any session ever showed (typed text, chat
//   lines, timers) for as long as it ran.
//
// Every cache forgets everything when it reaches LIMIT entries: a miss only costs
// a measurement.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const LIMIT = 4000;

// The frame caches (bin/ink-frame-cache.js): Ink redrew every frame from nothing; now an
// unchanged subtree pushes its last writes again, and an unchanged row keeps its string.
// The patches below mark changes in Ink's DOM and call the caches.
const FRAME_CACHE = JSON.stringify(fileURLToPath(new URL('./ink-frame-cache.js', import.meta.url)));

/** Per file of ink/build: the exact texts to replace, in order. */
const patches = {
  'output.js': [
    [
      "import sliceAnsi from 'slice-ansi';",
      `import sliceAnsi from 'slice-ansi';\nimport {KEPT_ROW, planRows} from ${FRAME_CACHE};`,
    ],
    ['    get() {', '    get() {\n        const plan = planRows(this);'],
    [
      '            const row = [];',
      '            if (!plan.redraw[y]) {\n                output.push(KEPT_ROW);\n                continue;\n            }\n            const row = [];',
    ],
    ["if (operation.type === 'write') {", "if (operation.type === 'write' && plan.touches(operation)) {"],
    // A kept row still takes its line of a write, so the write's later lines land on their own rows.
    [
      '                    const currentLine = output[y + offsetY];',
      '                    const currentLine = output[y + offsetY];\n                    if (currentLine === KEPT_ROW) {\n                        offsetY++;\n                        continue;\n                    }',
    ],
    [
      '            .map(line => {\n',
      '            .map((line, y) => {\n            if (line === KEPT_ROW) return plan.lines[y];\n',
    ],
    [
      'return styledCharsToString(lineWithoutEmptyItems).trimEnd();',
      'return (plan.lines[y] = styledCharsToString(lineWithoutEmptyItems).trimEnd());',
    ],
    ['caches = new OutputCaches();', 'caches = SHARED_CACHES;'],
    [
      'cached = styledCharsFromTokens(tokenize(line));',
      `if (this.styledChars.size >= ${LIMIT}) this.styledChars.clear();\n            cached = styledCharsFromTokens(tokenize(line));`,
    ],
    ['let lineWidth = 0;', `if (this.blockWidths.size >= ${LIMIT}) this.blockWidths.clear();\n            let lineWidth = 0;`],
    [
      'cached = stringWidth(text);',
      `if (this.widths.size >= ${LIMIT}) this.widths.clear();\n            cached = stringWidth(text);`,
    ],
    [
      'export default class Output {',
      `const SHARED_CACHES = new OutputCaches();\nconst BLANK = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});\nexport default class Output {`,
    ],
    // Every blank cell of every frame was a new object with a new styles array; cells are only read.
    [
      `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
      'row.push(BLANK);',
    ],
  ],
  'renderer.js': [
    [
      '            height: node.yogaNode.getComputedHeight(),\n        });\n        renderNodeToOutput(node, output, {',
      '            height: node.yogaNode.getComputedHeight(),\n        });\n        output.rowMemory = node.internal_rowMemory ??= {};\n        renderNodeToOutput(node, output, {',
    ],
  ],
  'render-node-to-output.js': [
    [
      "import widestLine from 'widest-line';",
      `import widestLine from 'widest-line';\nimport {withSubtreeCache} from ${FRAME_CACHE};`,
    ],
    [
      'const renderNodeToOutput = (node, output, options) => {',
      'const renderNodeToOutput = withSubtreeCache((node, output, options) => {',
    ],
    ['};\nexport default renderNodeToOutput;', '});\nexport default renderNodeToOutput;'],
  ],
  // Every way Ink's DOM changes marks the node changed, so the subtree cache never replays a stale write.
  'dom.js': [
    [
      "import measureText from './measure-text.js';",
      `import measureText from './measure-text.js';\nimport {attributeChanged, markChanged, styleChanged} from ${FRAME_CACHE};`,
    ],
    [
      'export const appendChildNode = (node, childNode) => {',
      'export const appendChildNode = (node, childNode) => {\n    markChanged(node);',
    ],
    [
      'export const insertBeforeNode = (node, newChildNode, beforeChildNode) => {',
      'export const insertBeforeNode = (node, newChildNode, beforeChildNode) => {\n    markChanged(node);',
    ],
    [
      'export const removeChildNode = (node, removeNode) => {',
      'export const removeChildNode = (node, removeNode) => {\n    markChanged(node);',
    ],
    [
      'export const setAttribute = (node, key, value) => {',
      'export const setAttribute = (node, key, value) => {\n    attributeChanged(node, key, value);',
    ],
    ['export const setStyle = (node, style) => {', 'export const setStyle = (node, style) => {\n    styleChanged(node, style);'],
    ['    node.nodeValue = text;\n', '    node.nodeValue = text;\n    markChanged(node);\n'],
  ],
  'reconciler.js': [
    [
      "import applyStyles from './styles.js';",
      `import applyStyles from './styles.js';\nimport {markChanged} from ${FRAME_CACHE};`,
    ],
    [
      '                    node.internal_transform = value;',
      '                    node.internal_transform = value;\n                    markChanged(node);',
    ],
    [
      '        node.yogaNode?.setDisplay(Yoga.DISPLAY_NONE);',
      '        markChanged(node);\n        node.yogaNode?.setDisplay(Yoga.DISPLAY_NONE);',
    ],
    [
      '        node.yogaNode?.setDisplay(Yoga.DISPLAY_FLEX);',
      '        markChanged(node);\n        node.yogaNode?.setDisplay(Yoga.DISPLAY_FLEX);',
    ],
  ],
  'measure-text.js': [
    ['    cache.set(text, dimensions);', `    if (cache.size >= ${LIMIT}) cache.clear();\n    cache.set(text, dimensions);`],
  ],
  // ink.js: render() wraps the app in an AccessibilityContext provider whose value is a new object
  // on every call, so every Box and Text, which read that context, re-rendered on every frame, and
  // memoized views (BlockView.tsx) saved nothing below them. One value per Ink instance.
  'ink.js': [
    [
      '{ value: { isScreenReaderEnabled: this.isScreenReaderEnabled } }',
      '{ value: (this.accessibilityValue ??= { isScreenReaderEnabled: this.isScreenReaderEnabled }) }',
    ],
  ],
  // components/App.js: Ink's App re-renders with every frame, and each time built an EventEmitter
  // and an input parser only to drop them (useRef keeps the first). Built once, on the first render.
  'components/App.js': [
    [
      '    const internal_eventEmitter = useRef(new EventEmitter());',
      '    const internal_eventEmitter = useRef(undefined);\n    internal_eventEmitter.current ??= new EventEmitter();',
    ],
    [
      '    const inputParserRef = useRef(createInputParser());',
      '    const inputParserRef = useRef(undefined);\n    inputParserRef.current ??= createInputParser();',
    ],
  ],
  // components/Text.js: a new colouring closure on every render marked every re-rendered Text changed.
  'components/Text.js': [
    [
      "import colorize from '../colorize.js';",
      `import colorize from '../colorize.js';\nimport {textTransform} from ${FRAME_CACHE};`,
    ],
    [
      `    const transform = (children) => {
        if (dimColor) {
            children = chalk.dim(children);
        }
        if (color) {
            children = colorize(children, color, 'foreground');
        }
        // Use explicit backgroundColor if provided, otherwise use inherited from parent Box
        const effectiveBackgroundColor = backgroundColor ?? inheritedBackgroundColor;
        if (effectiveBackgroundColor) {
            children = colorize(children, effectiveBackgroundColor, 'background');
        }
        if (bold) {
            children = chalk.bold(children);
        }
        if (italic) {
            children = chalk.italic(children);
        }
        if (underline) {
            children = chalk.underline(children);
        }
        if (strikethrough) {
            children = chalk.strikethrough(children);
        }
        if (inverse) {
            children = chalk.inverse(children);
        }
        return children;
    };
`,
      '    const transform = textTransform(chalk, colorize, dimColor, color, backgroundColor ?? inheritedBackgroundColor, bold, italic, underline, strikethrough, inverse);\n',
    ],
  ],
  'wrap-text.js': [
    ['const cache = {};', 'let cache = {};\nlet cacheSize = 0;'],
    [
      '    cache[cacheKey] = wrappedText;',
      `    if (++cacheSize > ${LIMIT}) {\n        cache = {};\n        cacheSize = 1;\n    }\n    cache[cacheKey] = wrappedText;`,
    ],
  ],
};

// styledChars.js (@alcalzone/ansi-tokenize): turning a row of cells back into a string diffed the
// styles of every pair of neighbours (three Sets and two arrays per cell), though most neighbours
// share their style. Equal styles need no codes: the diff is skipped for them.
const ansiTokenizePatches = {
  'styledChars.js': [
    [
      'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      'if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
    ],
    [
      'ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
      'if (char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
    ],
    [
      'export function styledCharsToString(chars) {',
      `function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k].code !== b[k].code || a[k].endCode !== b[k].endCode) return false;
    return true;
}
export function styledCharsToString(chars) {`,
    ],
  ],
};

/** Every patched file: its package, its path in the package, and the exact texts to replace, in order. */
export const PATCHED_FILES = [
  ...Object.entries(patches).map(([file, replacements]) => ({module: 'ink', file: `build/${file}`, replacements})),
  {module: '@alcalzone/ansi-tokenize', file: 'build/styledChars.js', replacements: ansiTokenizePatches['styledChars.js']},
];

/** A file's text with its patches applied; throws, naming the text, when one is no longer found. */
export function patchText(target, contents) {
  let patched = contents;
  for (const [from, to] of target.replacements) {
    if (!patched.includes(from)) throw new Error(`ink-patches: ${target.module}'s ${target.file} changed; "${from}" not found`);
    patched = patched.replace(from, to);
  }
  return patched;
}

/** esbuild's filter for a patched file's path, with either kind of separator. */
function pathFilter(target) {
  const escaped = `${target.module}/${target.file}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[\\\\/]${escaped.replaceAll('/', '[\\\\/]')}$`);
}

export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    for (const target of PATCHED_FILES) {
      build.onLoad({filter: pathFilter(target)}, async args => ({
        contents: patchText(target, await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    }
  },
};
