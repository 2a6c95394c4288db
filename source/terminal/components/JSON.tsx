import {Text} from 'ink';
import type {JSONView} from '../../blocks/components/JSON.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {anchoredAtBottom, scrollOffset, viewSize} from '../scrolling.js';
import {drawnPart} from '../text-budget.js';
import {Field} from './Field.js';
import {ScrollBox} from './ScrollBox.js';

/** Any value, pretty-printed as JSON with two-space indents, in a box that scrolls past `maxHeight` lines. */
export function JSON({component, ctx}: {component: JSONView; ctx: RenderContext}) {
  const value = ctx.session.value(component);
  let text: string;
  try {
    text = globalThis.JSON.stringify(value, null, 2) ?? 'null';
  } catch {
    text = String(value);
  }
  const view = viewSize(component, ctx.session.props(component)) ?? 20;
  const drawn = drawnPart(
    text,
    scrollOffset(component, ctx.session, ctx.ui) + view,
    ctx.columns,
    anchoredAtBottom(component, ctx.ui),
  );
  return (
    <Field component={component} ctx={ctx}>
      <ScrollBox block={component} ctx={ctx} view={view} undrawn={drawn.length < text.length}>
        <Text>{sanitize(drawn)}</Text>
      </ScrollBox>
    </Field>
  );
}
