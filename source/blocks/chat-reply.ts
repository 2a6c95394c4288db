import {messagesOf} from './chat-messages.js';
import type {ChatTurns} from './chat-turns.js';
import type {ChatMessage} from './components/Chatbot.js';
import type {Handler, HandlerContext} from './events.js';
import {handlerArguments, takesContext} from './handler-arguments.js';

const STOPPED = Symbol('stopped');

/**
 * The listener that calls a ChatInterface's `fn` on the turn its session queued
 * and shows the reply under the user's message: once, or each time a generator
 * yields (each yield is the whole reply so far, as in Gradio). It receives the
 * additional inputs and writes the Chatbot, then any additional outputs (`fn`
 * then returns `[reply, ...values]`). Stop, Undo and Clear end it where it is.
 */
export function replyListener(fn: Handler, turns: ChatTurns, extraOutputs: number): Handler {
  const shown = (before: ChatMessage[], response: unknown) => {
    if (extraOutputs === 0) return [...before, ...messagesOf(response)];
    const [reply, ...values] = Array.isArray(response) ? response : [response];
    return [[...before, ...messagesOf(reply)], ...values];
  };
  async function* respond(...args: unknown[]): AsyncGenerator<unknown> {
    const context = args.at(-1) as HandlerContext;
    const turn = turns.take(context);
    if (!turn) return;
    let stop!: () => void;
    const stopped = new Promise<typeof STOPPED>(resolve => {
      stop = () => resolve(STOPPED);
    });
    turns.started(context, stop);
    const before: ChatMessage[] = [...turn.history, {role: 'user', content: turn.message}];
    let result: unknown;
    let finished = false;
    try {
      // A copy, so that fn changing the history it is given cannot change the conversation.
      // Gradio's own signature, fn(message, history, ...additionalInputs), and the context only when asked for.
      const inputs = [turn.message, structuredClone(turn.history), ...args.slice(0, -1)];
      result = fn(...handlerArguments(fn, inputs, context));
      if (!isIterator(result)) {
        const response = await Promise.race([result, stopped]);
        finished = true;
        if (response !== STOPPED) yield shown(before, response);
        return;
      }
      while (true) {
        const step = await Promise.race([result.next(), stopped]);
        if (step === STOPPED) return;
        if (step.done) {
          finished = true;
          return;
        }
        yield shown(before, step.value);
      }
    } finally {
      turns.ended(context, stop);
      // A generator stopped mid-reply is closed, so its `finally` blocks run.
      if (!finished && isIterator(result)) Promise.resolve(result.return?.(undefined)).catch(() => {});
    }
  }
  Object.defineProperty(respond, 'name', {value: fn.name || 'respond'});
  return takesContext(respond);
}

function isIterator(value: unknown): value is AsyncIterator<unknown> | Iterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as {next?: unknown}).next === 'function';
}
