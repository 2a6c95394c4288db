import {Box, Text} from 'ink';
import type {Chatbot as ChatbotModel, ChatMessage} from '../../blocks/components/Chatbot.js';
import {type Palette, paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {anchoredAtBottom, scrollOffset, viewSize} from '../scrolling.js';
import {charsFor, headOf, tailOf, WHOLE_CHARS} from '../text-budget.js';
import {Field} from './Field.js';
import {ScrollBox} from './ScrollBox.js';

/** The user's messages in the accent, the assistant's and the system's in their own colours. */
function roleColour(role: ChatMessage['role'], palette: Palette): string {
  return role === 'user' ? palette.accent : role === 'system' ? palette.system : palette.assistant;
}

/**
 * A conversation, user on the right, assistant on the left, newest at the
 * bottom. Only what can reach the pane is drawn (see `drawnMessages`), so a long
 * history or a huge message costs little per frame; scrolling up draws more, back
 * to the first message.
 */
export function Chatbot({component, ctx}: {component: ChatbotModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const messages = (ctx.session.value(component) ?? []) as ChatMessage[];
  const palette = paletteOf(ctx);
  const view = viewSize(component, props, ctx.ui) ?? 12;
  const offset = scrollOffset(component, ctx.session, ctx.ui);
  const {shown, first, undrawn} = drawnMessages(messages, offset, view, ctx.columns, anchoredAtBottom(component, ctx.ui));
  return (
    <Field component={component} ctx={ctx}>
      <ScrollBox block={component} ctx={ctx} view={view} fixedHeight undrawn={undrawn}>
        {shown.map((m, i) => (
          <Box key={first + i} justifyContent={m.role === 'user' ? 'flex-end' : 'flex-start'}>
            <Text color={roleColour(m.role, palette)}>{sanitize(m.content)}</Text>
          </Box>
        ))}
      </ScrollBox>
    </Field>
  );
}

/**
 * The messages to draw, `offset` lines from the bottom (or, after Home, the top)
 * of a `view`-line pane. A history of ordinary size is drawn whole, so the pane
 * knows its exact height. A longer one is cut to what can show: everything
 * visible lies within `offset + view` lines of that end, so at most that many
 * messages (each takes a line at least), each cut to the part that can fill them.
 */
export function drawnMessages(
  messages: readonly ChatMessage[],
  offset: number,
  view: number,
  columns: number,
  fromBottom = true,
): {shown: readonly ChatMessage[]; first: number; undrawn: boolean} {
  if (messages.reduce((sum, m) => sum + m.content.length, 0) <= WHOLE_CHARS) {
    return {shown: messages, first: 0, undrawn: false};
  }
  const reach = offset + view;
  const budget = charsFor(reach, columns);
  let cut = false;
  const shown = (fromBottom ? messages.slice(-reach) : messages.slice(0, reach)).map(m => {
    if (m.content.length <= budget) return m;
    cut = true;
    return {...m, content: fromBottom ? tailOf(m.content, budget) : headOf(m.content, budget)};
  });
  return {shown, first: fromBottom ? messages.length - shown.length : 0, undrawn: cut || shown.length < messages.length};
}
