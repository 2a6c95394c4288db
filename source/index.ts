// The public API: what `import * as gr from 'termblocks'` gives. Only re-exports live here.
import {BlocksApp, blocks} from './blocks/Blocks.js';
import {ChatInterface as ChatInterfaceClass} from './blocks/ChatInterface.js';
import {callable} from './blocks/callable.js';
import {Button as ButtonClass} from './blocks/components/Button.js';
import {Chatbot as ChatbotClass} from './blocks/components/Chatbot.js';
import {Checkbox as CheckboxClass} from './blocks/components/Checkbox.js';
import {CheckboxGroup as CheckboxGroupClass} from './blocks/components/CheckboxGroup.js';
import {ClearButton as ClearButtonClass} from './blocks/components/ClearButton.js';
import {Code as CodeClass} from './blocks/components/Code.js';
import {Dataframe as DataframeClass} from './blocks/components/Dataframe.js';
import {Dataset as DatasetClass} from './blocks/components/Dataset.js';
import {Dropdown as DropdownClass} from './blocks/components/Dropdown.js';
import {Global as GlobalClass} from './blocks/components/Global.js';
import {JSONView} from './blocks/components/JSON.js';
import {Label as LabelClass} from './blocks/components/Label.js';
import {Markdown as MarkdownClass} from './blocks/components/Markdown.js';
import {NumberBox} from './blocks/components/Number.js';
import {Radio as RadioClass} from './blocks/components/Radio.js';
import {Slider as SliderClass} from './blocks/components/Slider.js';
import {State as StateClass} from './blocks/components/State.js';
import {TextArea as TextAreaClass} from './blocks/components/TextArea.js';
import {Textbox as TextboxClass} from './blocks/components/Textbox.js';
import {Timer as TimerClass} from './blocks/components/Timer.js';
import {Examples as ExamplesClass} from './blocks/Examples.js';
import {Interface as InterfaceClass} from './blocks/Interface.js';
import {type Accordion as AccordionClass, accordion} from './blocks/layouts/Accordion.js';
import {type Column as ColumnClass, column} from './blocks/layouts/Column.js';
import {type Group as GroupClass, group} from './blocks/layouts/Group.js';
import {type Row as RowClass, row} from './blocks/layouts/Row.js';
import {type Tab as TabClass, tab} from './blocks/layouts/Tab.js';
import {type Tabs as TabsClass, tabs} from './blocks/layouts/Tabs.js';
import {TabbedInterface as TabbedInterfaceClass} from './blocks/TabbedInterface.js';
import './session/install.js';
import './launch/launch.js';

/** Gradio's themes: `gr.Blocks({theme: gr.themes.Soft()})`, each drawn as a terminal palette. */
export * as themes from './blocks/themes/themes.js';

export const Blocks = blocks;
export type Blocks = BlocksApp;
export {BlocksApp};

export const Row = row;
export type Row = RowClass;
export const Column = column;
export type Column = ColumnClass;
export const Group = group;
export type Group = GroupClass;
export const Tabs = tabs;
export type Tabs = TabsClass;
export const Tab = tab;
export type Tab = TabClass;
export const Accordion = accordion;
export type Accordion = AccordionClass;

export const Textbox = callable(TextboxClass);
export type Textbox = TextboxClass;
/** Gradio's alias for `gr.Textbox`. */
export const Text = Textbox;
export type Text = TextboxClass;
/** A Textbox 7 lines tall that grows to 20 (Gradio's `gr.TextArea`). */
export const TextArea = callable(TextAreaClass);
export type TextArea = TextAreaClass;
const NumberComponent = callable(NumberBox);
type NumberComponent = NumberBox;

export {NumberComponent as Number};
export const Slider = callable(SliderClass);
export type Slider = SliderClass;
export const Checkbox = callable(CheckboxClass);
export type Checkbox = CheckboxClass;
export const CheckboxGroup = callable(CheckboxGroupClass);
export type CheckboxGroup = CheckboxGroupClass;
/** Gradio's alias for `gr.CheckboxGroup`. */
export const Checkboxgroup = CheckboxGroup;
export type Checkboxgroup = CheckboxGroupClass;
export const Radio = callable(RadioClass);
export type Radio = RadioClass;
export const Dropdown = callable(DropdownClass);
export type Dropdown = DropdownClass;
export const Button = callable(ButtonClass);
export type Button = ButtonClass;
/** A button that clears the components it is given (Gradio's `gr.ClearButton`). */
export const ClearButton = callable(ClearButtonClass);
export type ClearButton = ClearButtonClass;
export const Markdown = callable(MarkdownClass);
export type Markdown = MarkdownClass;
export const Label = callable(LabelClass);
export type Label = LabelClass;
const JSONComponent = callable(JSONView);
type JSONComponent = JSONView;

export {JSONComponent as JSON};
/** Gradio's alias for `gr.JSON`. */
export const Json = JSONComponent;
export type Json = JSONView;
export const Chatbot = callable(ChatbotClass);
export type Chatbot = ChatbotClass;
export const Code = callable(CodeClass);
export type Code = CodeClass;
export const Dataframe = callable(DataframeClass);
export type Dataframe = DataframeClass;
/** Gradio's alias for `gr.Dataframe`. */
export const DataFrame = Dataframe;
export type DataFrame = DataframeClass;
export const Timer = callable(TimerClass);
export type Timer = TimerClass;
export const Dataset = callable(DatasetClass);
export type Dataset = DatasetClass;

/** A whole app around one function: inputs on the left with Clear and Submit, outputs on the right (Gradio's `gr.Interface`). */
export const Interface = callable(InterfaceClass);
export type Interface = InterfaceClass;
/** A chat around one function: the conversation above a message box, with Retry, Undo and Clear (Gradio's `gr.ChatInterface`). */
export const ChatInterface = callable(ChatInterfaceClass);
export type ChatInterface = ChatInterfaceClass;
/** Example rows under the inputs, chosen with arrows and Enter to fill them (Gradio's `gr.Examples`). */
export const Examples = callable(ExamplesClass);
export type Examples = ExamplesClass;
/** Several Interfaces or Blocks apps, one per tab (Gradio's `gr.TabbedInterface`). */
export const TabbedInterface = callable(TabbedInterfaceClass);
export type TabbedInterface = TabbedInterfaceClass;

/** Session state: one value per session (Gradio's `gr.State`). */
export const State = callable(StateClass) as <V = unknown>(...args: ConstructorParameters<typeof StateClass<V>>) => StateClass<V>;
export type State<V = unknown> = StateClass<V>;
/** Gradio's older name for `gr.State`. */
export const Variable = State;
export type Variable<V = unknown> = StateClass<V>;
/** One value shared by every session, whose changes reach every screen at once. */
export const Global = callable(GlobalClass) as <V = unknown>(
  ...args: ConstructorParameters<typeof GlobalClass<V>>
) => GlobalClass<V>;
export type Global<V = unknown> = GlobalClass<V>;

export type {Block} from './blocks/Block.js';
export {on} from './blocks/Blocks.js';
export type {ChatInterfaceArgs, ChatInterfaceOptions} from './blocks/ChatInterface.js';
export type {ComponentProps} from './blocks/Component.js';
export {Component} from './blocks/Component.js';
export type {ChatMessage} from './blocks/components/Chatbot.js';
export type {DatasetProps} from './blocks/components/Dataset.js';
export type {BlocksConfig} from './blocks/config.js';
export type {Dependency, ListenerOptions, TriggerMode} from './blocks/Dependency.js';
export type {ExamplesOptions} from './blocks/Examples.js';
export {BuildError, type NoticeOptions, TermblocksError as Error} from './blocks/errors.js';
export type {EventData, EventName, Handler, HandlerContext, SelectData, SessionUser} from './blocks/events.js';
export type {InterfaceArgs, InterfaceOptions} from './blocks/Interface.js';
export {type Renderable, type RenderOptions, render} from './blocks/render.js';
export type {TabbedInterfaceOptions} from './blocks/TabbedInterface.js';
export {skip, Update, update} from './blocks/update.js';
export type {LaunchOptions} from './launch/launch.js';
export {type Clock, realClock} from './session/clock.js';
export {context, Info, Warning} from './session/current-session.js';
export type {Logger} from './session/logger.js';
export type {Notice} from './session/notices.js';
export {Session, SessionClosedError, type SessionOptions} from './session/Session.js';
export {SessionHost} from './session/SessionHost.js';
export type {OutputStatus, SessionEvent} from './session/SessionStore.js';
export {sleep} from './session/Timekeeper.js';
