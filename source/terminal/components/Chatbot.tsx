import {Box, Text} from 'ink';
import type {Chatbot as ChatbotModel, ChatMessage} from '../../blocks/components/Chatbot.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {scrollOffset, viewSize} from '../scrolling.js';
import {Field} from './Field.js';
import {ScrollBox} from './ScrollBox.js';

/**
 * A conversation, user on the right, assistant on the left, newest at the
 * bottom. At the bottom only the newest messages that can show are drawn (each
 * takes a line at least), so a long history costs nothing per frame; scrolled
 * up, the whole history is drawn and can be read back to the first message.
 */
export function Chatbot({component, ctx}: {component: ChatbotModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const messages = (ctx.session.value(component) ?? []) as ChatMessage[];
  const view = viewSize(component, props) ?? 12;
  const shown = scrollOffset(component, ctx.session, ctx.ui) > 0 ? messages : messages.slice(-view);
  return (
    <Field component={component} ctx={ctx}>
      <ScrollBox block={component} ctx={ctx} view={view} fixedHeight undrawn={shown.length < messages.length}>
        {shown.map((m, i) => (
          <Box key={messages.length - shown.length + i} justifyContent={m.role === 'user' ? 'flex-end' : 'flex-start'}>
            <Text color={m.role === 'user' ? 'cyan' : m.role === 'system' ? 'gray' : 'green'}>{sanitize(m.content)}</Text>
          </Box>
        ))}
      </ScrollBox>
    </Field>
  );
}
