import {Text} from 'ink';
import {normalizeChoices} from '../../blocks/choices.js';
import type {Dropdown as DropdownModel} from '../../blocks/components/Dropdown.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Choices} from './Choices.js';
import {Field} from './Field.js';

/** A closed dropdown shows its value(s) and ▾; Enter opens the list of choices below it. */
export function Dropdown({component, ctx}: {component: DropdownModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const value = ctx.session.value(component);
  const chosen = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const choices = normalizeChoices(props.choices as never);
  const labelOf = (v: unknown) => choices.find(c => c.value === v)?.label ?? String(v);
  const open = ctx.ui.open.has(component);
  return (
    <Field component={component} ctx={ctx}>
      <Text>
        {sanitizeLine(chosen.map(labelOf).join(', ')) || <Text dimColor>(none)</Text>} <Text dimColor>{open ? '▴' : '▾'}</Text>
      </Text>
      {open ? (
        <Choices
          choices={choices}
          isChosen={v => chosen.includes(v)}
          mark={props.multiselect ? ['[x]', '[ ]'] : ['•', ' ']}
          highlight={ctx.ui.highlight.get(component) ?? 0}
        />
      ) : null}
    </Field>
  );
}
