import type {JSONView} from '../../blocks/components/JSON.js';
import type {RenderContext} from '../RenderContext.js';
import {viewSize} from '../scrolling.js';
import {Field} from './Field.js';
import {ScrolledText} from './ScrollBox.js';

/** Any value, pretty-printed as JSON with two-space indents, in a box that scrolls past `maxHeight` lines. */
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
      <ScrolledText block={component} ctx={ctx} view={viewSize(component, ctx.session.props(component)) ?? 20} text={text} />
    </Field>
  );
}
