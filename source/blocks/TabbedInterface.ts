import {BlocksApp} from './Blocks.js';
import {BuildError} from './errors.js';
import {logIgnoredOptions} from './ignored-options.js';
import {tab} from './layouts/Tab.js';
import {tabs} from './layouts/Tabs.js';
import type {Base} from './themes/Base.js';

/** Gradio's TabbedInterface keyword arguments that termblocks honours, camelCased. */
export interface TabbedInterfaceOptions {
  title?: string;
  /**
   * The look of the whole app, as `gr.Blocks({theme})`. The apps in the tabs are drawn in it: one screen has one
   * palette, and Gradio too styles a page by its outer Blocks.
   */
  theme?: Base | string;
  /** Any other Gradio option (css, js, head, ...) is accepted and ignored, with one line in the log. */
  [browserOnly: string]: unknown;
}

const KNOWN = new Set(['title', 'theme']);

/**
 * Gradio's TabbedInterface: each Interface or Blocks app in a tab of its own,
 * keeping its listeners and State, as Gradio renders each into a `gr.Tab`. The
 * apps given become part of this one (each can be shown in one place only).
 */
export class TabbedInterface extends BlocksApp {
  /** The apps shown, one per tab, in order. */
  readonly interfaceList: readonly BlocksApp[];

  constructor(
    interfaceList: readonly BlocksApp[],
    tabNames?: readonly string[] | null,
    titleOrOptions: TabbedInterfaceOptions | string = {},
  ) {
    const options = typeof titleOrOptions === 'string' ? {title: titleOrOptions} : titleOrOptions;
    super({title: options.title, theme: options.theme});
    if (!Array.isArray(interfaceList) || interfaceList.some(app => !(app instanceof BlocksApp))) {
      throw new BuildError(
        'gr.TabbedInterface needs a list of Interfaces or Blocks apps: gr.TabbedInterface([a, b], ["A", "B"])',
      );
    }
    if (tabNames && tabNames.length !== interfaceList.length) {
      throw new BuildError(`gr.TabbedInterface: ${interfaceList.length} apps but ${tabNames.length} tab names`);
    }
    logIgnoredOptions(options.title ? `gr.TabbedInterface "${options.title}"` : 'gr.TabbedInterface', options, KNOWN);
    this.interfaceList = [...interfaceList];
    this.build(() =>
      tabs(() => {
        // Gradio's default names count from 0.
        interfaceList.forEach((app, i) => {
          tab(tabNames?.[i] ?? `Tab ${i}`, () => app.render());
        });
      }),
    );
  }
}
