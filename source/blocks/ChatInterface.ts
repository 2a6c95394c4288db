import {on} from './Blocks.js';
import type {Component} from './Component.js';
import {contentText, popLastTurn} from './chat-messages.js';
import {replyListener} from './chat-reply.js';
import {ChatTurns} from './chat-turns.js';
import {ClassBuiltApp} from './class-built-app.js';
import {Button} from './components/Button.js';
import {Chatbot, type ChatMessage} from './components/Chatbot.js';
import {Markdown} from './components/Markdown.js';
import {Textbox} from './components/Textbox.js';
import type {Dependency, ShowProgress} from './Dependency.js';
import {Examples} from './Examples.js';
import {BuildError} from './errors.js';
import type {Handler, HandlerContext} from './events.js';
import {fillHeight} from './fill-height.js';
import {type AccordionProps, accordion} from './layouts/Accordion.js';
import {row} from './layouts/Row.js';
import {placeComponent} from './place-component.js';
import {type ComponentOrShortcut, componentFor} from './shortcuts.js';
import {isGeneratorFunction} from './stoppable.js';
import type {Base} from './themes/Base.js';
import {SKIP, update} from './update.js';

/** Gradio's ChatInterface keyword arguments that termblocks honours, camelCased. */
export interface ChatInterfaceOptions {
  /** The app's title: its title line, and a heading when shown in a TabbedInterface's tab. */
  title?: string;
  /** Markdown shown above the chat. */
  description?: string;
  /**
   * Messages to start from, shown under the message box until the first message;
   * choosing one sends it. With `additionalInputs`, each is a row `[message, ...values]`.
   */
  examples?: readonly unknown[];
  exampleLabels?: readonly string[];
  /** Whether choosing an example sends it (default) or only puts it in the message box. */
  runExamplesOnClick?: boolean;
  /** More inputs, in an Accordion under the chat, passed to `fn` after the history. */
  additionalInputs?: ComponentOrShortcut | readonly ComponentOrShortcut[];
  /** The Accordion's label, or its props. Default "Additional Inputs", closed. */
  additionalInputsAccordion?: string | AccordionProps;
  /** Components `fn` also writes: it then returns `[reply, ...values]`. */
  additionalOutputs?: Component | readonly Component[];
  /** Your own Chatbot to show the conversation in. */
  chatbot?: Chatbot;
  /** Your own Textbox to type messages in. */
  textbox?: Textbox;
  /** The Submit button's label; `false` or `null` hides it (Enter in the box still sends). Default "Submit". */
  submitBtn?: string | boolean | null;
  /** The Stop button's label, shown while a generator streams; `false` or `null` hides it. Default "Stop". */
  stopBtn?: string | boolean | null;
  /** Labels of the buttons acting on the last turn (Gradio 4's); `null` hides one. */
  retryBtn?: string | null;
  undoBtn?: string | null;
  clearBtn?: string | null;
  /** Whether the message box has focus at start. Default true; it is the first thing Tab reaches either way. */
  autofocus?: boolean;
  /** Most replies at once across every session (none when not given; see README). */
  concurrencyLimit?: number | null;
  /** The reply listener's name in `demo.config()`. Default "chat". */
  apiName?: string;
  /** How the chat shows that a reply is coming. Default "minimal" (a spinner and the time), as Gradio. */
  showProgress?: ShowProgress;
  /** Refused: file uploads do not fit a terminal. */
  multimodal?: boolean;
  /** Gradio 5's history format: `'messages'` is what `fn` gets; the old `'tuples'` is refused. */
  type?: 'messages' | 'tuples';
  /** The look, as `gr.Blocks({theme})`: a `gr.themes` theme or a built-in theme's name. */
  theme?: Base | string;
  /** Any other Gradio option (saveHistory, flagging, caching, css, js, ...) is accepted and ignored, with one line in the log. */
  [browserOnly: string]: unknown;
}

export interface ChatInterfaceArgs extends ChatInterfaceOptions {
  fn: Handler;
}

const KNOWN = new Set([
  'fn',
  'title',
  'description',
  'examples',
  'exampleLabels',
  'runExamplesOnClick',
  'additionalInputs',
  'additionalInputsAccordion',
  'additionalOutputs',
  'chatbot',
  'textbox',
  'submitBtn',
  'stopBtn',
  'retryBtn',
  'undoBtn',
  'clearBtn',
  'autofocus',
  'concurrencyLimit',
  'apiName',
  'showProgress',
  'multimodal',
  'type',
  'theme',
]);

const hidden = {showProgress: 'hidden', triggerMode: 'multiple'} as const;

/**
 * Gradio's ChatInterface: a chat around one function, built from the Blocks
 * model as Gradio's `chat_interface.py` builds it. The conversation fills the
 * screen above the message box; Enter (or Submit) sends the message, which shows
 * at once, then `fn(message, history, ...additionalInputs)` answers, streaming
 * when it is a generator. Retry, Undo and Clear act on the last turn.
 */
export class ChatInterface extends ClassBuiltApp {
  readonly fn: Handler;
  /** The conversation, as Gradio's `chatbot`. */
  chatbot!: Chatbot;
  /** The message box, as Gradio's `textbox`. */
  textbox!: Textbox;
  submitBtn: Button | undefined;
  stopBtn: Button | undefined;
  retryBtn: Button | undefined;
  undoBtn: Button | undefined;
  clearBtn: Button | undefined;
  /** The Examples under the message box, when `examples` was given. */
  examplesHandler: Examples | undefined;
  /** The inputs `fn` receives after the message and the history. */
  readonly additionalInputs: Component[] = [];
  readonly additionalOutputs: Component[] = [];
  private readonly turns = new ChatTurns();
  /** Whether the examples hide once the chat has a message (they hold only messages, as in Gradio's chatbot). */
  private examplesInChat = false;

  constructor(...args: [args: ChatInterfaceArgs] | [fn: Handler, options?: ChatInterfaceOptions]) {
    const options = chatInterfaceArgs(args);
    super({title: options.title, theme: options.theme});
    if (typeof options.fn !== 'function') throw new BuildError('gr.ChatInterface needs a function: gr.ChatInterface(fn)');
    if (options.multimodal) {
      throw new BuildError(
        'gr.ChatInterface: multimodal input (file uploads in the message box) does not fit a terminal; leave out multimodal: true and take text messages',
      );
    }
    if (options.type === 'tuples') {
      throw new BuildError(
        'gr.ChatInterface: type "tuples" (history as [user, bot] pairs) is Gradio\'s old format; fn gets messages ({role, content}): drop type: "tuples" and read history as messages',
      );
    }
    this.fn = options.fn;
    this.buildFrom('gr.ChatInterface', options, KNOWN, () => this.layout(options));
  }

  private layout(options: ChatInterfaceArgs): void {
    if (options.description) new Markdown(options.description);
    this.chatbot = options.chatbot
      ? placeComponent(given(options.chatbot, Chatbot, 'chatbot'), 'the chatbot of gr.ChatInterface')
      : fillHeight(new Chatbot({label: 'Chatbot', scale: 1}));
    row(() => {
      this.textbox = options.textbox
        ? placeComponent(given(options.textbox, Textbox, 'textbox'), 'the textbox of gr.ChatInterface')
        : new Textbox({showLabel: false, placeholder: 'Type a message...', scale: 7});
      if (options.submitBtn !== false && options.submitBtn !== null) {
        this.submitBtn = new Button({value: label(options.submitBtn, 'Submit'), variant: 'primary', scale: 1, minWidth: 10});
      }
      if (isGeneratorFunction(this.fn) && options.stopBtn !== false && options.stopBtn !== null) {
        this.stopBtn = new Button({
          value: label(options.stopBtn, 'Stop'),
          variant: 'stop',
          scale: 1,
          minWidth: 10,
          visible: false,
        });
      }
    });
    row(() => {
      if (options.retryBtn !== null) this.retryBtn = new Button({value: options.retryBtn ?? 'Retry', size: 'sm', minWidth: 10});
      if (options.undoBtn !== null) this.undoBtn = new Button({value: options.undoBtn ?? 'Undo', size: 'sm', minWidth: 10});
      if (options.clearBtn !== null) this.clearBtn = new Button({value: options.clearBtn ?? 'Clear', size: 'sm', minWidth: 10});
    });
    const additional = listOf(options.additionalInputs);
    const rows = options.examples?.map((example, i) => exampleRow(example, i, additional.length));
    // Examples of messages only are shown until the first message (Gradio shows them in the empty chat), one
    // Tab from the box; rows that also fill the additional inputs stay, under them, as Gradio's footer has them.
    this.examplesInChat = rows?.every(row => row.slice(1).every(v => v === null || v === undefined)) ?? false;
    if (rows && this.examplesInChat) {
      this.examplesHandler = new Examples({
        examples: rows.map(row => row[0]),
        inputs: [this.textbox],
        exampleLabels: options.exampleLabels,
      });
    }
    if (additional.length > 0) {
      const props =
        typeof options.additionalInputsAccordion === 'string'
          ? {label: options.additionalInputsAccordion}
          : {label: 'Additional Inputs', open: false, ...options.additionalInputsAccordion};
      accordion(props, () => {
        for (const spec of additional) this.additionalInputs.push(place(spec));
      });
    }
    // Outputs made outside any app show under the chat; one already in this app stays where it is.
    const what = 'an additional output of gr.ChatInterface';
    for (const output of listOf(options.additionalOutputs)) this.additionalOutputs.push(placeComponent(output, what));
    if (rows && !this.examplesInChat) {
      this.examplesHandler = new Examples({
        examples: rows,
        inputs: [this.textbox, ...this.additionalInputs],
        exampleLabels: options.exampleLabels,
      });
    }
    this.attachListeners(options);
  }

  private attachListeners(options: ChatInterfaceArgs): void {
    const {chatbot, textbox, submitBtn, stopBtn} = this;
    const dataset = this.examplesInChat ? this.examplesHandler?.dataset : undefined;
    const turns = this.turns;
    // Submit hides while a reply streams and Stop shows in its place, as Gradio swaps them in the box.
    const swap = stopBtn ? [submitBtn, stopBtn].filter((b): b is Button => b !== undefined) : [];
    const swapped = (streaming: boolean) => swap.map(b => update({visible: b === stopBtn ? streaming : !streaming}));
    const examplesShown = (history: readonly ChatMessage[]) => (dataset ? [update({visible: history.length === 0})] : []);
    const idle = swap.map(() => SKIP);

    function send(message: string, shown: ChatMessage[] | null, context: HandlerContext) {
      const history = shown ?? [];
      if (turns.busy(context) || message.trim() === '') return [SKIP, SKIP, ...(dataset ? [SKIP] : []), ...idle];
      turns.queue(context, {message, history});
      const withMessage = [...history, {role: 'user' as const, content: message}];
      return ['', withMessage, ...examplesShown(withMessage), ...swapped(true)];
    }
    function retry(shown: ChatMessage[] | null, context: HandlerContext) {
      const last = popLastTurn(shown ?? []);
      if (turns.busy(context) || last.history.length === (shown ?? []).length) {
        return outputs([SKIP, ...(dataset ? [SKIP] : []), ...idle]);
      }
      turns.queue(context, {message: last.message, history: last.history});
      const withMessage = [...last.history, {role: 'user' as const, content: last.message}];
      return outputs([withMessage, ...examplesShown(withMessage), ...swapped(true)]);
    }
    function finish(context: HandlerContext) {
      return turns.busy(context) ? idle : swapped(false);
    }

    const reply = {
      concurrencyLimit: options.concurrencyLimit,
      showProgress: options.showProgress ?? 'minimal',
      apiName: options.apiName ?? 'chat',
      triggerMode: 'multiple',
    } as const;
    const respond = replyListener(this.fn, turns, this.additionalOutputs.length);
    const replyInputs = this.additionalInputs;
    const replyOutputs = [chatbot, ...this.additionalOutputs];
    const sendOutputs = [textbox, chatbot, ...(dataset ? [dataset] : []), ...swap];
    const afterTurn = (first: Dependency) => {
      const replied = first.then(respond, replyInputs, replyOutputs, reply);
      if (swap.length > 0) replied.then(finish, null, swap, hidden);
    };

    const triggers = [textbox.submit, ...(submitBtn ? [submitBtn.click] : [])];
    afterTurn(on(triggers, send, [textbox, chatbot], sendOutputs, {...hidden, apiName: false}));
    if (this.examplesHandler && dataset && options.runExamplesOnClick !== false) {
      afterTurn(this.examplesHandler.loadInputEvent.then(send, [textbox, chatbot], sendOutputs, hidden));
    }
    if (this.retryBtn) {
      const retryOutputs = [chatbot, ...(dataset ? [dataset] : []), ...swap];
      afterTurn(this.retryBtn.click(retry, [chatbot], retryOutputs, hidden));
    }
    if (this.undoBtn) {
      this.undoBtn.click(
        function undo(shown: ChatMessage[] | null, context: HandlerContext) {
          const last = popLastTurn(shown ?? []);
          if (last.history.length === (shown ?? []).length) return [SKIP, SKIP, ...(dataset ? [SKIP] : [])];
          turns.stop(context);
          return [last.history, last.message, ...examplesShown(last.history)];
        },
        [chatbot],
        [chatbot, textbox, ...(dataset ? [dataset] : [])],
        hidden,
      );
    }
    if (this.clearBtn) {
      this.clearBtn.click(
        function clear(context: HandlerContext) {
          turns.stop(context);
          return outputs([[], ...examplesShown([])]);
        },
        null,
        dataset ? [chatbot, dataset] : [chatbot],
        hidden,
      );
    }
    stopBtn?.click(
      function stop(context: HandlerContext) {
        turns.stop(context);
      },
      null,
      null,
      hidden,
    );
  }
}

/** A handler's return for these outputs: the bare value when there is one, as the model reads it. */
function outputs(values: unknown[]): unknown {
  return values.length === 1 ? values[0] : values;
}

function label(value: string | boolean | null | undefined, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

// biome-ignore lint/suspicious/noExplicitAny: any component class
function given<C>(component: unknown, kind: abstract new (...args: any[]) => C, name: string): C {
  if (!(component instanceof kind)) {
    throw new BuildError(`gr.ChatInterface: ${name} must be a gr.${kind.name}, got ${String(component)}`);
  }
  return component;
}

/** Places an additional input here, as gr.Interface places its inputs. */
function place(spec: ComponentOrShortcut): Component {
  const what = 'an additional input of gr.ChatInterface';
  if (typeof spec === 'string') return componentFor(spec, what);
  return placeComponent(componentFor(spec, what), what);
}

/** One example as `[message, ...additional values]`: a string, Gradio's `{text, files}`, or a list starting with either. */
function exampleRow(example: unknown, index: number, additional: number): unknown[] {
  const [first, ...rest] = Array.isArray(example) ? example : [example];
  if (rest.length > additional) {
    throw new BuildError(
      `gr.ChatInterface: example ${index + 1} (${JSON.stringify(example)}) has ${rest.length} values after the message, but there ${additional === 1 ? 'is 1 additional input' : `are ${additional} additional inputs`}`,
    );
  }
  if (typeof first === 'object' && first !== null && Array.isArray((first as {files?: unknown}).files)) {
    if (((first as {files: unknown[]}).files ?? []).length > 0) {
      throw new BuildError(`gr.ChatInterface: example ${index + 1} has files, which a terminal cannot send: give its text only`);
    }
  }
  const message = typeof first === 'string' ? first : contentText(first);
  return [message, ...rest, ...Array(additional - rest.length).fill(null)];
}

function listOf<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

function chatInterfaceArgs(args: [args: ChatInterfaceArgs] | [fn: Handler, options?: ChatInterfaceOptions]): ChatInterfaceArgs {
  if (typeof args[0] === 'function') return {...(args[1] ?? {}), fn: args[0]};
  if (typeof args[0] === 'object' && args[0] !== null) return args[0] as ChatInterfaceArgs;
  return {fn: args[0] as unknown as Handler};
}
