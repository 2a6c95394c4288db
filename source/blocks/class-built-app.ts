import {BlocksApp, type BlocksOptions} from './Blocks.js';
import {buildingApp} from './build-context.js';
import {Markdown} from './components/Markdown.js';
import {logIgnoredOptions} from './ignored-options.js';

/**
 * An app that a class builds whole from its options, as gr.Interface and
 * gr.ChatInterface are. Its title is the title line and, when it is shown inside
 * another app (a TabbedInterface's tab), a heading. Made inside another app's build,
 * it is rendered there, as Gradio does.
 */
export abstract class ClassBuiltApp extends BlocksApp {
  private readonly heading: string | undefined;

  constructor(options: BlocksOptions) {
    super(options);
    this.heading = options.title;
  }

  protected override renderHeader(): void {
    if (this.heading) new Markdown(`# ${this.heading}`);
  }

  /**
   * Logs the options this kind of app ignores (`kind` names it, as `gr.Interface`), builds
   * the layout, and renders it into the app being built, if there is one.
   */
  protected buildFrom(kind: string, options: object, known: ReadonlySet<string>, layout: () => void): void {
    logIgnoredOptions(this.heading ? `${kind} "${this.heading}"` : kind, options, known);
    const outer = buildingApp();
    this.build(layout);
    if (outer) this.render();
  }
}
