import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from '@jest/globals';
import type * as gr from 'termblocks';

// The README promises its first example runs as printed: extract it and drive it.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(m => m[1]);
const dir = mkdtempSync(join(process.cwd(), 'tmp-readme-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

test('the README example greets the name typed, through the headless API shown beside it', async () => {
  const file = join(dir, 'greet.ts');
  writeFileSync(file, blocks[0]);
  const demo = (await import(file)).default as gr.Blocks;
  const session = demo.session();
  const [name, greet, greeting] = demo.components as [gr.Textbox, gr.Button, gr.Textbox];
  await session.set(name, 'Ada');
  await session.click(greet);
  expect(session.value(greeting)).toBe('Hello, Ada!');
  await session.close();
});

test('the README shows the two set-up commands', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm install && npm test');
});
