// The files of a new app project (`termblocks new`): a small app, its tape, and a
// headless test, so the folder runs and passes its own test at once.

export const APP = `import * as gr from 'termblocks';

/** A counter: the button adds the step to this session's total. */
export default gr.Blocks({title: 'Counter'}, () => {
  const step = gr.Number({label: 'Step', value: 1});
  const add = gr.Button({value: 'Add', variant: 'primary'});
  const total = gr.Textbox({label: 'Total', value: '0'});
  const count = gr.State(0);

  add.click(
    (by: number, sum: number) => {
      const next = sum + by;
      return [next, String(next)];
    },
    [step, count],
    [count, total],
  );
});
`;

export const TAPE = `# Plays the app headless: termblocks demo app.ts app.tape
Output app.cast
Set Columns 80
Set Rows 20
Tab
Enter
Enter
Wait+Screen /│ 2 +│/
Expect "Total"
`;

export const TEST = `// The app's logic without a screen: node's test runner, with TypeScript through termblocks/register.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import demo from './app.js';

test('each click adds the step to the total', async () => {
  const session = demo.session();
  const [step, add, total] = demo.components;
  session.set(step, 5);
  await session.click(add);
  await session.click(add);
  assert.equal(session.value(total), '10');
  await session.close();
});
`;

export const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      module: 'nodenext',
      target: 'esnext',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      verbatimModuleSyntax: true,
      isolatedModules: true,
    },
    include: ['*.ts'],
  },
  null,
  2,
)}\n`;

export const GITIGNORE = 'node_modules/\n*.cast\n';

export function packageJson(name: string, termblocks: string): string {
  const pkg = {
    name,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      start: 'termblocks run app.ts',
      serve: 'termblocks serve app.ts',
      test: 'node --import termblocks/register --test app.test.ts && termblocks demo app.ts app.tape --fast',
    },
    dependencies: {termblocks},
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
