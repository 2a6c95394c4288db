import {Text} from 'ink';
import type {Checkbox as CheckboxModel} from '../../blocks/components/Checkbox.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Field} from './Field.js';

/** A checkbox: [x] or [ ] followed by its label. */
export function Checkbox({component, ctx}: {component: CheckboxModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const checked = Boolean(ctx.session.value(component));
  const focused = ctx.focused === component;
  return (
    <Field component={component} ctx={ctx}>
      <Text inverse={focused}>
        {checked ? '[x]' : '[ ]'} {sanitizeLine(String(props.label ?? ''))}
      </Text>
    </Field>
  );
}
