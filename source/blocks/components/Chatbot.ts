import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface ChatMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

export interface ChatbotProps extends ComponentProps {
  value?: ValueOrFactory<ChatMessage[]>;
  /** Lines the conversation takes on screen before it scrolls. Default 12. */
  height?: number;
}

/** `gr.Chatbot(value?, options?)`, as Gradio's positional parameters. */
export type ChatbotArgs =
  | [options?: ChatbotProps, ...none: never[]]
  | [value?: ValueOrFactory<ChatMessage[]> | null, options?: Omit<ChatbotProps, 'value'>, ...none: never[]];

/**
 * A conversation, as Gradio's Chatbot with `type="messages"`: a list of
 * `{role, content}`. Gradio's older pairs `[[user, bot], ...]` are accepted and
 * converted. Display only; the newest message stays in view.
 */
export class Chatbot extends Component<ChatMessage[], ChatbotProps> {
  readonly type = 'chatbot';
  readonly events = ['change', 'select'] as const;
  readonly change = this.listener('change');
  readonly select = this.listener('select');

  constructor(...args: ChatbotArgs) {
    const {value, props} = takeValue(
      componentArgs<ChatbotProps>('Chatbot', args, [param.list('value', 'a list of messages or a function that makes one')]),
    );
    super(value ?? [], {height: 12, ...props});
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown): ChatMessage[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) throw new TypeError(`${this.describe()} expects a list of {role, content} messages`);
    return value.flatMap((item): ChatMessage[] => {
      if (Array.isArray(item)) {
        const [user, bot] = item as [unknown, unknown];
        return [
          ...(user == null ? [] : [{role: 'user' as const, content: String(user)}]),
          ...(bot == null ? [] : [{role: 'assistant' as const, content: String(bot)}]),
        ];
      }
      const message = item as Partial<ChatMessage>;
      if (!message || typeof message !== 'object' || !('role' in message)) {
        throw new TypeError(`${this.describe()} expects messages like {role: "user", content: "hi"}`);
      }
      return [{role: message.role ?? 'user', content: message.content == null ? '' : String(message.content)}];
    });
  }
}
