import {definedProps} from './Component.js';
import {noteGiven} from './component-updates.js';
import {BuildError} from './errors.js';

/** One of Gradio's positional parameters: its name (the camelCase option it fills) and the values it takes. */
export interface Positional {
  readonly name: string;
  /** What the parameter takes, for messages: "a number", "a list of choices". */
  readonly expected: string;
  readonly accepts: (value: unknown) => boolean;
}

/**
 * Components take Gradio's positional parameters in Gradio's order, then an options
 * object (`gr.Slider(0, 20, 5, {step: 1})`), or a lone options object
 * (`gr.Slider({minimum: 0, maximum: 20})`). A lone plain object is always the options,
 * even where the first parameter could be an object (JSON, Label): pass such a value
 * as `{value}` or before an options object. `keywords` are options checked the same way.
 * Returns the options with the positional
 * values filled in. A value of the wrong type, a parameter given twice or too many
 * arguments is a BuildError naming the component and the parameter.
 */
export function componentArgs<P extends object>(
  component: string,
  args: readonly unknown[],
  positional: readonly Positional[],
  keywords: Readonly<Record<string, Positional>> = {},
): P {
  const given = trimTrailingUndefined(args);
  let options: Record<string, unknown> = {};
  let count = given.length;
  const last = given.at(-1);
  if (count > 0 && isPlainObject(last)) {
    options = last;
    count -= 1;
  }
  if (count > positional.length) {
    const names = positional.map(p => p.name).join(', ');
    const extra = given[positional.length];
    throw new BuildError(
      positional.length === 0
        ? `gr.${component} takes only an options object, got ${describeValue(extra)}`
        : `gr.${component} takes ${names} by position, then an options object; argument ${positional.length + 1} is ${describeValue(extra)}`,
    );
  }
  const merged: Record<string, unknown> = {...definedProps(options)};
  for (const param of [...positional, ...Object.values(keywords)])
    checkParam(component, param, merged[param.name], 'in the options');
  for (let i = 0; i < count; i++) {
    const param = positional[i] as Positional;
    const value = given[i];
    if (value === undefined) continue;
    if (param.name in merged) {
      throw new BuildError(`gr.${component}: ${param.name} is given twice, as argument ${i + 1} and in the options`);
    }
    checkParam(component, param, value, `as argument ${i + 1}`);
    merged[param.name] = value;
  }
  noteGiven(component, merged);
  return merged as P;
}

function checkParam(component: string, param: Positional, value: unknown, where: string): void {
  if (value === undefined || param.accepts(value)) return;
  const hint =
    isPlainObject(value) && where !== 'in the options' ? ' (an options object goes after the positional arguments)' : '';
  throw new BuildError(`gr.${component}: ${param.name} must be ${param.expected}, got ${describeValue(value)} ${where}${hint}`);
}

function trimTrailingUndefined(args: readonly unknown[]): unknown[] {
  const list = [...args];
  while (list.length > 0 && list.at(-1) === undefined) list.pop();
  return list;
}

/** A `{...}` literal: not an array, a Map, a component or any other class's instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'function') return 'a function';
  if (isPlainObject(value)) return 'an object';
  const name = (value as object).constructor?.name;
  return name ? `a ${name}` : typeof value;
}

/** Splits a component's props into its default value and the rest. */
export function takeValue<P extends {value?: unknown}>(props: P): {value: P['value']; props: Omit<P, 'value'>} {
  const {value, ...rest} = props;
  return {value, props: rest};
}

// What Gradio's parameters take. A function is a value made per session (Gradio's callable value).
const isFunction = (v: unknown): boolean => typeof v === 'function';
export const param = {
  string: (name: string): Positional => ({name, expected: 'a string', accepts: v => typeof v === 'string'}),
  stringValue: (name = 'value'): Positional => ({
    name,
    expected: 'a string, null or a function that makes one',
    accepts: v => v === null || typeof v === 'string' || isFunction(v),
  }),
  number: (name: string): Positional => ({name, expected: 'a number', accepts: v => typeof v === 'number' && !Number.isNaN(v)}),
  numberValue: (name = 'value'): Positional => ({
    name,
    expected: 'a number, null or a function that makes one',
    accepts: v => v === null || (typeof v === 'number' && !Number.isNaN(v)) || isFunction(v),
  }),
  booleanValue: (name = 'value'): Positional => ({
    name,
    expected: 'true, false or a function that makes one',
    accepts: v => typeof v === 'boolean' || isFunction(v),
  }),
  choices: (): Positional => ({
    name: 'choices',
    expected: 'a list of choices (values, or [label, value] pairs)',
    accepts: v => v === null || (Array.isArray(v) && v.every(isChoice)),
  }),
  list: (name: string, expected: string): Positional => ({
    name,
    expected,
    accepts: v => v === null || Array.isArray(v) || isFunction(v),
  }),
  any: (name = 'value'): Positional => ({name, expected: 'any value', accepts: () => true}),
  custom: (name: string, expected: string, accepts: (v: unknown) => boolean): Positional => ({name, expected, accepts}),
};

function isChoice(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'number') return true;
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && (typeof v[1] === 'string' || typeof v[1] === 'number');
}

export const isString = (arg: unknown): arg is string => typeof arg === 'string';
