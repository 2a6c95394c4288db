import {Box, Text} from 'ink';
import type {Chatbot as ChatbotModel, ChatMessage} from '../../blocks/components/Chatbot.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {Field} from './Field.js';

/** A conversation: the newest messages that fit its height, user on the right, assistant on the left. */
export function Chatbot({component, ctx}: {component: ChatbotModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const messages = (ctx.session.value(component) ?? []) as ChatMessage[];
  const height = Math.max(1, Number(props.height ?? 12));
  const shown = messages.slice(-height);
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column" height={height} justifyContent="flex-end" overflowY="hidden">
        {shown.map((m, i) => (
          <Box key={messages.length - shown.length + i} justifyContent={m.role === 'user' ? 'flex-end' : 'flex-start'}>
            <Text color={m.role === 'user' ? 'cyan' : m.role === 'system' ? 'gray' : 'green'}>{sanitize(m.content)}</Text>
          </Box>
        ))}
      </Box>
    </Field>
  );
}
