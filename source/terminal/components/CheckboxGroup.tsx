import {normalizeChoices} from '../../blocks/choices.js';
import type {CheckboxGroup as CheckboxGroupModel} from '../../blocks/components/CheckboxGroup.js';
import type {RenderContext} from '../RenderContext.js';
import {Choices} from './Choices.js';
import {Field} from './Field.js';

/** Several boxes; ↑/↓ move, Space checks or unchecks. */
export function CheckboxGroup({component, ctx}: {component: CheckboxGroupModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const chosen = (ctx.session.value(component) as (string | number)[]) ?? [];
  const focused = ctx.focused === component;
  return (
    <Field component={component} ctx={ctx}>
      <Choices
        choices={normalizeChoices(props.choices as never)}
        isChosen={v => chosen.includes(v)}
        mark={['[x]', '[ ]']}
        highlight={focused ? (ctx.ui.highlight.get(component) ?? 0) : undefined}
      />
    </Field>
  );
}
