import {on} from './Blocks.js';
import {Component} from './Component.js';
import {ClassBuiltApp} from './class-built-app.js';
import {Button} from './components/Button.js';
import {Markdown} from './components/Markdown.js';
import {State} from './components/State.js';
import type {Dependency, ShowProgress} from './Dependency.js';
import {Examples} from './Examples.js';
import {BuildError} from './errors.js';
import type {EventListener, Handler} from './events.js';
import {parameterNames} from './function-parameters.js';
import {type AccordionProps, accordion} from './layouts/Accordion.js';
import {column} from './layouts/Column.js';
import {row} from './layouts/Row.js';
import {placeComponent} from './place-component.js';
import {type ComponentOrShortcut, componentFor} from './shortcuts.js';
import {isGeneratorFunction, stoppable} from './stoppable.js';
import type {Base} from './themes/Base.js';
import {update} from './update.js';

/** Gradio's Interface keyword arguments that termblocks honours, camelCased. */
export interface InterfaceOptions {
  /** The app's title: its title line, and a heading when the Interface is shown in a TabbedInterface's tab. */
  title?: string;
  /** Markdown shown above the inputs and outputs. */
  description?: string;
  /** Markdown shown below them. */
  article?: string;
  /** Rows of input values shown under the inputs; choosing one fills the inputs. A flat list when there is one input. */
  examples?: readonly unknown[];
  examplesPerPage?: number;
  exampleLabels?: readonly string[];
  /** Re-run on every change of an input; there is then no Submit button. */
  live?: boolean;
  /** Submit's label. Default "Submit". */
  submitBtn?: string;
  /** Stop's label, shown while a generator streams. Default "Stop". */
  stopBtn?: string;
  /** Clear's label; `null` hides it. Default "Clear". */
  clearBtn?: string | null;
  /** More inputs, in an Accordion under the main ones, passed to `fn` after them. */
  additionalInputs?: ComponentOrShortcut | readonly ComponentOrShortcut[];
  /** The Accordion's label, or its props. Default "Additional Inputs", closed. */
  additionalInputsAccordion?: string | AccordionProps;
  /** Most runs of `fn` at once across every session (none when not given; see README). */
  concurrencyLimit?: number | null;
  /** The listener's name in `demo.config()` and messages. Default: the function's name. */
  apiName?: string;
  showProgress?: ShowProgress;
  /** The look, as `gr.Blocks({theme})`: a `gr.themes` theme or a built-in theme's name. */
  theme?: Base | string;
  /** Any other Gradio option (flagging, caching, css, js, ...) is accepted and ignored, with one line in the log. */
  [browserOnly: string]: unknown;
}

export interface InterfaceArgs extends InterfaceOptions {
  fn: Handler;
  inputs: ComponentOrShortcut | readonly ComponentOrShortcut[] | null;
  outputs: ComponentOrShortcut | readonly ComponentOrShortcut[] | null;
}

const KNOWN = new Set([
  'fn',
  'inputs',
  'outputs',
  'title',
  'description',
  'article',
  'examples',
  'examplesPerPage',
  'exampleLabels',
  'live',
  'submitBtn',
  'stopBtn',
  'clearBtn',
  'additionalInputs',
  'additionalInputsAccordion',
  'concurrencyLimit',
  'apiName',
  'showProgress',
  'theme',
]);

type Kind = 'standard' | 'inputOnly' | 'outputOnly' | 'unified';

/**
 * Gradio's Interface: a whole app around one function, built from the Blocks
 * model as Gradio's `interface.py` builds it. The inputs sit in a column on the
 * left with Clear and Submit under them, the outputs on the right (a narrow
 * screen stacks them, as Row wraps); Submit, and Enter in a one-line input box,
 * run `fn`. `'state'` in both inputs and outputs is one session State.
 */
export class Interface extends ClassBuiltApp {
  readonly fn: Handler;
  /** The inputs `fn` receives, in order (additional inputs and the State included), as Gradio's `input_components`. */
  readonly inputComponents: Component[] = [];
  /** The outputs `fn` writes, in order, as Gradio's `output_components`. */
  readonly outputComponents: Component[] = [];
  readonly live: boolean;
  submitBtn: Button | undefined;
  clearBtn: Button | undefined;
  stopBtn: Button | undefined;
  /** The Examples under the inputs, when `examples` was given. */
  examplesHandler: Examples | undefined;

  constructor(
    ...args:
      | [args: InterfaceArgs]
      | [
          fn: Handler,
          inputs: InterfaceArgs['inputs'],
          outputs: InterfaceArgs['outputs'],
          options?: InterfaceOptions | readonly unknown[],
        ]
  ) {
    const options = interfaceArgs(args);
    super({title: options.title, theme: options.theme});
    if (typeof options.fn !== 'function')
      throw new BuildError('gr.Interface needs a function: gr.Interface(fn, inputs, outputs)');
    this.fn = options.fn;
    this.live = options.live === true;
    this.buildFrom('gr.Interface', options, KNOWN, () => this.layout(options));
  }

  private layout(options: InterfaceArgs): void {
    const inputs = listOf(options.inputs);
    const outputs = listOf(options.outputs);
    const additional = listOf(options.additionalInputs ?? null);
    if (inputs.length === 0 && outputs.length === 0) throw new BuildError('gr.Interface needs inputs, outputs or both');
    const kind: Kind =
      outputs.length === 0
        ? 'inputOnly'
        : inputs.length === 0
          ? 'outputOnly'
          : inputs.length === outputs.length && inputs.every((c, i) => c instanceof Component && c === outputs[i])
            ? 'unified'
            : 'standard';
    const state = sharedState(inputs, outputs);
    if (options.description) new Markdown(options.description);
    row(() => {
      if (kind !== 'outputOnly') this.inputColumn(options, inputs, additional, state);
      if (kind === 'standard' || kind === 'outputOnly') this.outputColumn(options, kind, outputs, state);
    });
    if (kind === 'unified') this.outputComponents.push(...this.inputComponents.slice(0, outputs.length));
    this.labelComponents();
    this.attachRun(options, kind);
    this.attachClear();
    if (options.examples) {
      this.examplesHandler = new Examples({
        examples: options.examples,
        inputs: this.inputComponents.filter(c => !(c instanceof State)),
        outputs: this.outputComponents.filter(c => !(c instanceof State)),
        fn: this.fn,
        examplesPerPage: options.examplesPerPage,
        exampleLabels: options.exampleLabels,
      });
    }
    if (options.article) new Markdown(options.article);
  }

  private inputColumn(
    options: InterfaceArgs,
    inputs: ComponentOrShortcut[],
    additional: ComponentOrShortcut[],
    state: State | undefined,
  ): void {
    column(() => {
      column(() => {
        for (const spec of inputs) this.inputComponents.push(this.place(spec, 'an input', state));
        if (additional.length > 0) {
          const props =
            typeof options.additionalInputsAccordion === 'string'
              ? {label: options.additionalInputsAccordion}
              : {label: 'Additional Inputs', open: false, ...options.additionalInputsAccordion};
          accordion(props, () => {
            for (const spec of additional) this.inputComponents.push(this.place(spec, 'an additional input', state));
          });
        }
      });
      row(() => {
        this.clearBtn = clearButton(options);
        if (this.live) return;
        this.submitBtn = new Button({value: options.submitBtn ?? 'Submit', variant: 'primary'});
        if (isGeneratorFunction(this.fn) && !this.live) this.stopBtn = stopButton(options);
      });
    });
  }

  private outputColumn(options: InterfaceArgs, kind: Kind, outputs: ComponentOrShortcut[], state: State | undefined): void {
    column(() => {
      for (const spec of outputs) this.outputComponents.push(this.place(spec, 'an output', state));
      if (kind !== 'outputOnly') return;
      row(() => {
        this.clearBtn = clearButton(options);
        // Gradio's label for an Interface without inputs.
        this.submitBtn = new Button({value: 'Generate', variant: 'primary'});
        if (isGeneratorFunction(this.fn) && !this.live) this.stopBtn = stopButton(options);
      });
    });
  }

  /** Places one input or output here; the shared State stands for every 'state' and is placed once. */
  private place(spec: ComponentOrShortcut, what: string, state: State | undefined): Component {
    if (state && (spec === 'state' || spec === state)) {
      if (!state.owner) state.render();
      return state;
    }
    if (typeof spec === 'string') return componentFor(spec, `${what} of gr.Interface`);
    return placeComponent(componentFor(spec, `${what} of gr.Interface`), `${what} of gr.Interface`);
  }

  /** Gradio's labels: inputs after the function's parameters, outputs "output" or "output 0", "output 1", ... */
  private labelComponents(): void {
    const names = parameterNames(this.fn);
    this.inputComponents.forEach((component, i) => {
      if (i < names.length) component.labelIfUnset(names[i] ?? `input ${i}`);
    });
    const outputs = this.outputComponents;
    outputs.forEach((component, i) => {
      component.labelIfUnset(outputs.length === 1 ? 'output' : `output ${i}`);
    });
  }

  private attachRun(options: InterfaceArgs, kind: Kind): Dependency | undefined {
    const listener = {apiName: options.apiName, concurrencyLimit: options.concurrencyLimit, showProgress: options.showProgress};
    const inputs = this.inputComponents;
    const outputs = this.outputComponents;
    if (this.live && kind === 'outputOnly') this.load(this.fn, null, outputs, listener);
    if (this.live && kind !== 'outputOnly') {
      // State changes are the function's own writes: re-running on them would never stop.
      const changes = inputs.filter(c => !(c instanceof State) && c.events.includes('change')).map(changeOf);
      return on(changes, this.fn, inputs, outputs, {...listener, triggerMode: 'always_last'});
    }
    const submit = this.submitBtn as Button;
    const triggers: EventListener[] = [submit.click, ...inputs.filter(c => c.events.includes('submit')).map(submitOf)];
    const stop = this.stopBtn;
    if (!stop) return on(triggers, this.fn, inputs, outputs, listener);
    const run = stoppable(this.fn);
    const showStop = () => [update({visible: false}), update({visible: true})];
    const showSubmit = () => [update({visible: true}), update({visible: false})];
    const streamed = on(triggers, showStop, null, [submit, stop], {showProgress: 'hidden'}).then(
      run.run,
      inputs,
      outputs,
      listener,
    );
    streamed.then(showSubmit, null, [submit, stop], {showProgress: 'hidden'});
    stop.click(
      (context: Parameters<typeof run.stop>[0]) => {
        run.stop(context);
        return showSubmit();
      },
      null,
      [submit, stop],
      {showProgress: 'hidden'},
    );
    return streamed;
  }

  /** Clear empties every input and output (as each shows `null`) and gives a State back its default, as Gradio's ClearButton. */
  private attachClear(): void {
    if (!this.clearBtn) return;
    const targets = [...new Set([...this.inputComponents, ...this.outputComponents])];
    this.clearBtn.click(
      function clear() {
        return targets.map(c => (c instanceof State ? c.initialValue() : null));
      },
      null,
      targets,
      {showProgress: 'hidden'},
    );
  }
}

function clearButton(options: InterfaceOptions): Button | undefined {
  if (options.clearBtn === null) return undefined;
  return new Button({value: options.clearBtn ?? 'Clear', variant: 'secondary'});
}

function stopButton(options: InterfaceOptions): Button {
  return new Button({value: options.stopBtn ?? 'Stop', variant: 'stop', visible: false});
}

const changeOf = (c: Component) => (c as unknown as {change: EventListener}).change;
const submitOf = (c: Component) => (c as unknown as {submit: EventListener}).submit;

/** The one State that 'state' (or a gr.State given in both lists) stands for, as Gradio's Interface requires. */
function sharedState(inputs: ComponentOrShortcut[], outputs: ComponentOrShortcut[]): State | undefined {
  const isState = (c: ComponentOrShortcut) => c === 'state' || c instanceof State;
  const ins = inputs.filter(isState);
  const outs = outputs.filter(isState);
  if (ins.length === 0 && outs.length === 0) return undefined;
  if (ins.length !== 1 || outs.length !== 1) {
    throw new BuildError("gr.Interface: when using 'state', there must be exactly one state input and one state output");
  }
  const given = [ins[0], outs[0]].find((c): c is State => c instanceof State);
  if (given && ins[0] instanceof State && outs[0] instanceof State && ins[0] !== outs[0]) {
    throw new BuildError('gr.Interface: the state input and the state output must be the same gr.State');
  }
  // Left undefined, the function's own default for that parameter applies, as Gradio reads it from the signature.
  return given ?? new State(undefined);
}

function listOf(value: ComponentOrShortcut | readonly ComponentOrShortcut[] | null | undefined): ComponentOrShortcut[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as ComponentOrShortcut];
}

function interfaceArgs(
  args:
    | [args: InterfaceArgs]
    | [
        fn: Handler,
        inputs: InterfaceArgs['inputs'],
        outputs: InterfaceArgs['outputs'],
        options?: InterfaceOptions | readonly unknown[],
      ],
): InterfaceArgs {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return args[0];
  const [fn, inputs, outputs, options] = args as [Handler, InterfaceArgs['inputs'], InterfaceArgs['outputs'], unknown];
  // Gradio's fourth positional argument is `examples`.
  const rest = Array.isArray(options) ? {examples: options} : ((options as InterfaceOptions | undefined) ?? {});
  return {...rest, fn, inputs, outputs};
}
