import type {BlocksApp} from './Blocks.js';
import {buildingApp, currentFrame} from './build-context.js';
import {Component} from './Component.js';
import {isPlainObject} from './component-args.js';
import type {Dependency, ListenerOptions, Trigger} from './Dependency.js';
import {BuildError} from './errors.js';
import type {EventListener, Handler, Inputs} from './events.js';
import {Column} from './layouts/Column.js';
import type {Layout} from './layouts/Layout.js';
import {Row} from './layouts/Row.js';

/** `gr.render`'s options, as Gradio's keyword arguments in camelCase. */
export interface RenderOptions extends Pick<ListenerOptions, 'concurrencyLimit' | 'concurrencyId' | 'showProgress' | 'queue'> {
  /** The components whose values the build function receives, in order. */
  inputs?: Inputs;
  /** What runs it again. Default: the session's load and every input's `change`, as in Gradio. */
  triggers?: EventListener | readonly EventListener[] | null;
  /** Default `always_last`, as Gradio's render. */
  triggerMode?: ListenerOptions['triggerMode'];
}

/** The function a render runs: it creates components, layouts and listeners from its inputs' values. */
export type RenderFunction = Handler;

const byDependency = new WeakMap<Dependency, Renderable>();
const byContainer = new WeakMap<object, Renderable>();

/**
 * A dynamic part of an app, as Gradio's `Renderable`: where it sits (an empty Column, or
 * a Row inside a Row), the function that builds its contents, and the listener that
 * runs it. The model only describes it: each session runs it and owns what each run
 * makes (see session/SessionRenders.ts), so every user has their own layout there.
 */
export class Renderable {
  /** The listener whose runs rebuild this render; its handler is never called as a handler. */
  readonly dependency: Dependency;

  constructor(
    /** The app (or the outer render's run) it was declared in. */
    readonly app: BlocksApp,
    /** The placeholder in the layout: a session shows each run's blocks as its children. */
    readonly container: Layout,
    readonly fn: RenderFunction,
    readonly inputs: readonly Component[],
    triggers: readonly EventListener[] | null,
    options: RenderOptions,
  ) {
    const {inputs: _inputs, triggers: _triggers, ...listenerOptions} = options;
    const list: Trigger[] = triggers
      ? triggers.map(t => ({block: t.block, event: t.event}))
      : // Gradio: load first, then each input's change.
        [
          {block: app, event: 'load'},
          ...inputs.filter(input => input.events.includes('change')).map(input => ({block: input, event: 'change' as const})),
        ];
    this.dependency = app.listen(list, fn, [...inputs], [container], {
      triggerMode: 'always_last',
      apiName: renderName(fn),
      ...definedOptions(listenerOptions),
    });
    byDependency.set(this.dependency, this);
    byContainer.set(container, this);
  }

  /** The render's name in messages: its function's. */
  get name(): string {
    return this.dependency.name;
  }
}

/** The render a listener runs, if it is a render's. */
export function renderableOf(dep: Dependency): Renderable | undefined {
  return byDependency.get(dep);
}

/** The render whose placeholder `container` is, if it is one. */
export function renderableAt(container: object): Renderable | undefined {
  return byContainer.get(container);
}

/**
 * `gr.render({inputs, triggers}, fn)`, `gr.render(inputs, fn)` or `gr.render(fn)`: Gradio's
 * `@gr.render`. Call it inside `gr.Blocks`; `fn` runs for each session when it loads and
 * when an input changes (or when a trigger fires), and what it creates replaces what
 * its previous run created, there in the layout.
 */
export function render(
  ...args: [fn: RenderFunction] | [inputs: Inputs, fn: RenderFunction] | [options: RenderOptions, fn: RenderFunction]
): Renderable {
  const fn = args.at(-1);
  if (typeof fn !== 'function') {
    throw new BuildError('gr.render needs a build function last: gr.render({inputs, triggers}, (...values) => { ... })');
  }
  const first = args.length > 1 ? args[0] : undefined;
  const options: RenderOptions = isPlainObject(first) ? (first as RenderOptions) : {inputs: first as Inputs};
  const app = buildingApp();
  if (!app) throw new BuildError('gr.render(...) must be called inside gr.Blocks(() => { ... })');
  const inputs = toList(options.inputs);
  inputs.forEach((input, index) => {
    if (input instanceof Component) return;
    const cause = input === undefined ? ' (most likely a component used before it was created)' : '';
    throw new BuildError(`gr.render ${renderName(fn)}: inputs[${index}] must be a component, got ${typeof input}${cause}`);
  });
  const triggers = options.triggers === undefined || options.triggers === null ? null : toList(options.triggers);
  triggers?.forEach((trigger, index) => {
    if (typeof trigger === 'function' && trigger.block && typeof trigger.event === 'string') return;
    throw new BuildError(
      `gr.render ${renderName(fn)}: triggers[${index}] must be an event such as button.click or demo.load, got ${typeof trigger}`,
    );
  });
  // As Gradio: the placeholder is a Row inside a Row, so the blocks a run makes sit side by side there.
  const parent = currentFrame('gr.render').parent;
  const container = parent instanceof Row ? new Row({}) : new Column({});
  return new Renderable(app, container, fn, inputs as Component[], triggers, options);
}

function renderName(fn: Function): string {
  return fn.name ? fn.name : 'render';
}

function toList<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

function definedOptions(options: object): object {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
