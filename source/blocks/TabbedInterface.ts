import {BlocksApp} from './Blocks.js';
import {BuildError} from './errors.js';
import {tab} from './layouts/Tab.js';
import {tabs} from './layouts/Tabs.js';

/**
 * Gradio's TabbedInterface: each Interface or Blocks app in a tab of its own,
 * keeping its listeners and State, as Gradio renders each into a `gr.Tab`. The
 * apps given become part of this one (each can be shown in one place only).
 */
export class TabbedInterface extends BlocksApp {
  /** The apps shown, one per tab, in order. */
  readonly interfaceList: readonly BlocksApp[];

  constructor(interfaceList: readonly BlocksApp[], tabNames?: readonly string[] | null, options: {title?: string} | string = {}) {
    super({title: typeof options === 'string' ? options : options.title});
    if (!Array.isArray(interfaceList) || interfaceList.some(app => !(app instanceof BlocksApp))) {
      throw new BuildError(
        'gr.TabbedInterface needs a list of Interfaces or Blocks apps: gr.TabbedInterface([a, b], ["A", "B"])',
      );
    }
    if (tabNames && tabNames.length !== interfaceList.length) {
      throw new BuildError(`gr.TabbedInterface: ${interfaceList.length} apps but ${tabNames.length} tab names`);
    }
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
