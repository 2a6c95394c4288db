import {normalizeChoices} from '../../blocks/choices.js';
import type {Radio as RadioModel} from '../../blocks/components/Radio.js';
import type {RenderContext} from '../RenderContext.js';
import {Choices} from './Choices.js';
import {Field} from './Field.js';

/** One choice of several: (•) marks the chosen one; arrows choose. */
export function Radio({component, ctx}: {component: RadioModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const chosen = ctx.session.value(component);
  const focused = ctx.focused === component;
  const choices = normalizeChoices(props.choices as never);
  const index = choices.findIndex(c => c.value === chosen);
  return (
    <Field component={component} ctx={ctx}>
      <Choices
        choices={choices}
        isChosen={v => v === chosen}
        mark={['(•)', '( )']}
        highlight={focused ? (ctx.ui.highlight.get(component) ?? Math.max(0, index)) : undefined}
      />
    </Field>
  );
}
