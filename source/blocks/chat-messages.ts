import type {ChatMessage} from './components/Chatbot.js';

/**
 * What a ChatInterface's `fn` may return, turned into the messages the Chatbot
 * shows, as Gradio's `_message_as_message_dict` does: a string is one message; a
 * `{role, content}` message is one (its role set to `role`, as Gradio sets it); a
 * list is each of its items. Content may be Gradio 6's list of parts
 * (`[{type: 'text', text}]`), and a list of parts alone is one message. Nothing
 * (`null`, `undefined`) is no message.
 */
export function messagesOf(response: unknown, role: ChatMessage['role'] = 'assistant'): ChatMessage[] {
  if (response === null || response === undefined) return [];
  if (typeof response === 'string' || typeof response === 'number' || typeof response === 'boolean') {
    return [{role, content: String(response)}];
  }
  if (Array.isArray(response)) {
    if (response.length > 0 && response.every(isPart)) return [{role, content: contentText(response)}];
    return response.flatMap(item => messagesOf(item, role));
  }
  if (typeof response === 'object') {
    if ('content' in response) return [{role, content: contentText((response as {content: unknown}).content)}];
    // Gradio's multimodal message shape, {text, files}: only its text can show here.
    if ('text' in response) return [{role, content: contentText((response as {text: unknown}).text)}];
    if (isPart(response)) return [{role, content: contentText([response])}];
  }
  throw new TypeError(
    `gr.ChatInterface: fn returned ${describe(response)}; return a string, a {role, content} message, or a list of them`,
  );
}

/** A message's content as text: a string as it is, Gradio 6's parts joined (a file part as its path). */
export function contentText(content: unknown): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(contentText).join('');
  if (typeof content === 'object') {
    const part = content as {type?: unknown; text?: unknown; file?: {path?: unknown}; path?: unknown};
    if (typeof part.text === 'string') return part.text;
    if (part.type === 'file' && typeof part.file?.path === 'string') return part.file.path;
    if (typeof part.path === 'string') return part.path;
    return describe(content);
  }
  return String(content);
}

/**
 * The conversation without its last turn, and what the user said in it: the
 * trailing assistant messages and the user messages before them go, as Gradio's
 * retry and undo take them (`_pop_last_user_message`).
 */
export function popLastTurn(history: readonly ChatMessage[]): {history: ChatMessage[]; message: string} {
  let i = history.length - 1;
  while (i >= 0 && history[i].role === 'assistant') i--;
  while (i >= 0 && history[i].role === 'user') i--;
  const message = history
    .slice(i + 1)
    .filter(m => m.role === 'user')
    .map(m => m.content)
    .join('');
  return {history: history.slice(0, i + 1), message};
}

function isPart(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && !('role' in value);
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
