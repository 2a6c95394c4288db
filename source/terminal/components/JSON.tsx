import {Text} from 'ink';
import type {JSONView} from '../../blocks/components/JSON.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {Field} from './Field.js';

/** Any value, pretty-printed as JSON with two-space indents. */
export function JSON({component, ctx}: {component: JSONView; ctx: RenderContext}) {
  const value = ctx.session.value(component);
  let text: string;
  try {
    text = globalThis.JSON.stringify(value, null, 2) ?? 'null';
  } catch {
    text = String(value);
  }
  return (
    <Field component={component} ctx={ctx}>
      <Text>{sanitize(text)}</Text>
    </Field>
  );
}
