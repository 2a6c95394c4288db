import {buildingApp} from './build-context.js';
import type {Component} from './Component.js';
import {choiceValues} from './choices.js';
import {Dataset} from './components/Dataset.js';
import type {Dependency} from './Dependency.js';
import {BuildError} from './errors.js';
import type {Handler} from './events.js';
import {logIgnoredOptions} from './ignored-options.js';

export interface ExamplesOptions {
  /** Rows of input values, one value per input in each; a flat list when there is one input. */
  examples: readonly unknown[];
  inputs: Component | readonly Component[];
  outputs?: Component | readonly Component[] | null;
  /** Run after a row fills the inputs, when `runOnClick`. */
  fn?: Handler | null;
  runOnClick?: boolean;
  /** The table's label. Default "Examples". */
  label?: string | null;
  /** Rows shown at once; more page with ←/→. Default 10. */
  examplesPerPage?: number;
  /** Shown instead of each row's values. */
  exampleLabels?: readonly string[];
  visible?: boolean;
  elemId?: string;
  /** The name of the listener that fills the inputs. Default "load_example", as Gradio. */
  apiName?: string;
  /** Any other Gradio option (example caching, ...) is accepted and ignored, with one line in the log. */
  [browserOnly: string]: unknown;
}

const KNOWN = new Set([
  'examples',
  'inputs',
  'outputs',
  'fn',
  'runOnClick',
  'label',
  'examplesPerPage',
  'exampleLabels',
  'visible',
  'elemId',
  'apiName',
]);

/**
 * Gradio's `gr.Examples`: a `gr.Dataset` of example rows under the inputs; choosing
 * a row (arrows and Enter) fills the inputs with its values, and with `fn` and
 * `runOnClick` runs it too. Not a block itself: its table is `dataset`. Every row
 * is checked against its inputs when the app is built.
 */
export class Examples {
  readonly dataset: Dataset;
  readonly inputs: readonly Component[];
  readonly outputs: readonly Component[];
  /** The rows, one value per input each. */
  readonly examples: readonly (readonly unknown[])[];
  /** The listener that fills the inputs when a row is chosen. */
  readonly loadInputEvent: Dependency;

  constructor(
    ...args:
      | [options: ExamplesOptions]
      | [examples: readonly unknown[], inputs: ExamplesOptions['inputs'], options?: Partial<ExamplesOptions>]
  ) {
    const options: ExamplesOptions =
      args.length === 1 && !Array.isArray(args[0])
        ? (args[0] as ExamplesOptions)
        : {...args[2], examples: args[0] as unknown[], inputs: args[1] as Component};
    if (!buildingApp())
      throw new BuildError('gr.Examples must be created inside gr.Blocks(() => { ... }), under the inputs it fills');
    logIgnoredOptions('gr.Examples', options, KNOWN);
    this.inputs = listOf(options.inputs);
    this.outputs = listOf(options.outputs);
    if (this.inputs.length === 0)
      throw new BuildError('gr.Examples needs the inputs its rows fill: gr.Examples(examples, inputs)');
    this.examples = rowsOf(options.examples, this.inputs);
    for (const [i, row] of this.examples.entries()) checkRow(row, i, this.inputs);
    // As Gradio: an input no row gives a value is left out of the table and never filled.
    const used = this.inputs.map((_, i) => this.examples.some(row => row[i] !== null && row[i] !== undefined));
    const filled = this.inputs.filter((_, i) => used[i]);
    this.dataset = new Dataset({
      components: filled,
      samples: this.examples.map(row => row.filter((_, i) => used[i])),
      type: 'tuple',
      label: options.label === null ? undefined : (options.label ?? 'Examples'),
      samplesPerPage: options.examplesPerPage,
      sampleLabels: options.exampleLabels,
      visible: options.visible,
      elemId: options.elemId,
    });
    const loadExample = ([, values]: [number, unknown[]]) => (filled.length === 1 ? values[0] : values);
    this.loadInputEvent = this.dataset.click(loadExample, [this.dataset], filled, {
      showProgress: 'hidden',
      apiName: options.apiName ?? 'load_example',
    });
    if (options.runOnClick) {
      if (typeof options.fn !== 'function') throw new BuildError('gr.Examples: runOnClick needs the function to run: give fn');
      this.loadInputEvent.then(options.fn, this.inputs, this.outputs);
    }
  }
}

function listOf(value: Component | readonly Component[] | null | undefined): Component[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as Component];
}

/** The rows as lists; with one input, a flat list of values is one value per row, as Gradio accepts. */
function rowsOf(examples: readonly unknown[], inputs: readonly Component[]): unknown[][] {
  if (!Array.isArray(examples)) throw new BuildError('gr.Examples: examples must be a list of rows, each a list of input values');
  if (inputs.length === 1 && examples.length > 0 && !Array.isArray(examples[0])) return examples.map(value => [value]);
  return examples.map((row, i) => {
    if (!Array.isArray(row)) {
      throw new BuildError(`gr.Examples: row ${i + 1} (${show(row)}) is not a list of ${inputs.length} input values`);
    }
    return [...row];
  });
}

/** A row must give one value per input, each one its input could hold; otherwise the error names the row. */
function checkRow(row: readonly unknown[], index: number, inputs: readonly Component[]): void {
  const name = `gr.Examples: row ${index + 1} (${show(row)})`;
  if (row.length !== inputs.length) {
    throw new BuildError(
      `${name} has ${row.length} value${row.length === 1 ? '' : 's'}, but there ${inputs.length === 1 ? 'is 1 input' : `are ${inputs.length} inputs`} (${inputs.map(c => c.describe()).join(', ')})`,
    );
  }
  row.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const input = inputs[i];
    const problem = unfit(input, value);
    if (problem) throw new BuildError(`${name}: ${show(value)} does not fit ${input.describe()}: ${problem}`);
  });
}

function unfit(input: Component, value: unknown): string | undefined {
  const props = input.props as Record<string, unknown>;
  if (['radio', 'dropdown', 'checkboxgroup'].includes(input.type) && !props.allowCustomValue) {
    const choices = choiceValues(props.choices as never);
    const given = Array.isArray(value) ? value : [value];
    const missing = given.find(v => !choices.includes(v as string | number));
    if (missing !== undefined) return `${show(missing)} is not among its choices (${choices.map(show).join(', ')})`;
  }
  if (
    (input.type === 'number' || input.type === 'slider') &&
    !Number.isFinite(typeof value === 'string' ? Number(value) : value)
  ) {
    return 'it is not a number';
  }
  if (input.type === 'slider') {
    const number = Number(value);
    if (number < Number(props.minimum ?? 0) || number > Number(props.maximum ?? 100)) {
      return `it is outside ${props.minimum ?? 0}..${props.maximum ?? 100}`;
    }
  }
  try {
    input.postprocess(value, input.props);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
