import {definedProps, type ValueOrFactory} from './Component.js';

/**
 * Components take either their main option as a lone argument (`gr.Button('Go')`,
 * `gr.Markdown('# Hi')`) or an options object with `value` among Gradio's keyword
 * arguments. This splits either form into the value and the remaining props.
 */
export function splitArgs<V, P extends {value?: ValueOrFactory<V>}>(
  arg: P | V | undefined,
  isMain: (arg: unknown) => arg is V,
): {value: ValueOrFactory<V> | undefined; props: Omit<P, 'value'>} {
  if (arg === undefined) return {value: undefined, props: {} as Omit<P, 'value'>};
  if (isMain(arg)) return {value: arg, props: {} as Omit<P, 'value'>};
  const {value, ...props} = arg as P;
  return {value, props: definedProps(props) as Omit<P, 'value'>};
}

export const isString = (arg: unknown): arg is string => typeof arg === 'string';
