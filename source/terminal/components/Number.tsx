import type {NumberBox} from '../../blocks/components/Number.js';
import type {RenderContext} from '../RenderContext.js';
import {Field} from './Field.js';
import {EditableText} from './Textbox.js';

/** A number field: the draft being typed while focused, else the value (empty for null). */
export function Number({component, ctx}: {component: NumberBox; ctx: RenderContext}) {
  const focused = ctx.focused === component;
  const value = ctx.session.value(component);
  const text = ctx.ui.drafts.get(component) ?? (value === null || value === undefined ? '' : String(value));
  return (
    <Field component={component} ctx={ctx}>
      <EditableText
        text={text}
        cursor={focused ? (ctx.ui.cursor.get(component) ?? text.length) : undefined}
        placeholder=""
        lines={1}
        width={ctx.columns}
      />
    </Field>
  );
}
