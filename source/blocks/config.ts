import {type Block, blockName} from './Block.js';
import type {BlocksApp} from './Blocks.js';
import {Component} from './Component.js';
import {State} from './components/State.js';
import type {Dependency} from './Dependency.js';
import {Layout} from './layouts/Layout.js';

/** The JSON description of an app, shaped like Gradio's `/config` (snake_case keys, numeric ids). */
export interface BlocksConfig {
  mode: 'blocks';
  title: string;
  components: {id: number; type: string; name: string; props: Record<string, unknown>}[];
  layout: LayoutNode;
  dependencies: Record<string, unknown>[];
}

export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

export function appConfig(app: BlocksApp): BlocksConfig {
  return {
    mode: 'blocks',
    title: app.title,
    components: app.blocks.map(block => ({
      id: block.id,
      type: block.type,
      name: blockName(block.constructor),
      props: blockProps(block),
    })),
    layout: {id: app.id, children: app.children.map(layoutNode)},
    dependencies: app.dependencies.map(dependencyConfig),
  };
}

function layoutNode(block: Block): LayoutNode {
  return block instanceof Layout ? {id: block.id, children: block.children.map(layoutNode)} : {id: block.id};
}

function blockProps(block: Block): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block.props)) {
    // `every` and `inputs` become a listener (value-listener.ts), as in Gradio's config; they hold components.
    if (typeof value !== 'function' && key !== 'every' && key !== 'inputs') props[snakeCase(key)] = value;
  }
  if (block instanceof Component) {
    // A function default has no value until a session calls it (Gradio shows null too); State
    // values never leave the server, so tools see null for them as well.
    props.value = typeof block.initial === 'function' || block instanceof State ? null : block.initial;
    props.interactive = block.interactive;
  }
  return props;
}

function dependencyConfig(dep: Dependency): Record<string, unknown> {
  return {
    id: dep.id,
    targets: dep.triggers.map(t => [t.block.id, t.event]),
    inputs: dep.inputs.map(b => b.id),
    outputs: dep.outputs.map(b => b.id),
    backend_fn: dep.fn !== null,
    types: {generator: isGeneratorFunction(dep.fn), cancel: false},
    trigger_after: dep.after?.parent.id ?? null,
    trigger_only_on_success: dep.after?.condition === 'success',
    trigger_only_on_failure: dep.after?.condition === 'failure',
    trigger_mode: dep.options.triggerMode,
    concurrency_limit: dep.options.concurrencyLimit ?? null,
    concurrency_id: dep.options.concurrencyId ?? String(dep.id),
    show_progress: dep.options.showProgress,
    api_name: dep.options.apiName === false ? false : dep.name,
    queue: true,
  };
}

function isGeneratorFunction(fn: Function | null): boolean {
  const kind = fn?.constructor?.name;
  return kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction';
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`);
}
