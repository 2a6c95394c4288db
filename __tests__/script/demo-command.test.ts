import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from '@jest/globals';
import * as gr from 'termblocks';
import {demoCommand} from '../../source/script/demo-command.js';
import {echoMount} from './echo-mount.js';

const app = gr.Blocks({title: 'Echo'}, () => {
  gr.Textbox({label: 'Name'});
});
const folder = mkdtempSync(join(tmpdir(), 'termblocks-demo-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

async function demo(tape: string, flags: {check?: string; update?: boolean} = {}) {
  const tapePath = join(folder, `${Math.random().toString(36).slice(2)}.tape`);
  writeFileSync(tapePath, `Set Columns 20\nSet Rows 2\n${tape}`);
  const out: string[] = [];
  const err: string[] = [];
  const status = await demoCommand({
    appPath: 'echo.ts',
    tapePath,
    fast: true,
    ...flags,
    loadApp: async () => app,
    mount: echoMount,
    out: text => out.push(text),
    err: text => err.push(text),
  });
  return {status, out: out.join('\n'), err: err.join('\n'), tapePath};
}

describe('termblocks demo', () => {
  test('exits 0 and counts the assertions when every one held', async () => {
    const {status, out, err} = await demo('Type "hi"\nExpect "Echo> hi"');
    expect(status).toBe(0);
    expect(out).toMatch(/^✓ .*\.tape: 1 assertion held, 0 failed \(0\.1s of tape played in [\d.]+s\)$/);
    expect(err).toBe('');
    const two = await demo('Type "hi"\nWait /hi/\nExpectNot "bye"');
    expect(two.out).toMatch(/^✓ .*\.tape: 2 assertions held, 0 failed \(/);
  });

  test('a tape with no assertions exits 0 but says that nothing was checked, with no tick', async () => {
    const {status, out} = await demo('Type "hi"');
    expect(status).toBe(0);
    expect(out).toMatch(
      /^○ .*\.tape: played, but it has no assertions, so nothing was checked \(add Expect "text" or Wait \/regex\/ lines\) \(0\.1s of tape played in [\d.]+s\)$/,
    );
    expect(out).not.toContain('✓');
  });

  test('a failed tape counts what held, what failed and what was not reached', async () => {
    const {status, out, err} = await demo('Type "hi"\nExpect "hi"\nExpect "bye"\nExpect "hi"\nWait /hi/');
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/\n✗ .*\.tape: 1 assertion held, 1 failed, 2 not reached \([\d.]+s of tape played in [\d.]+s\)$/);
  });

  test('exits 1 with the failing line, what was expected and the screen when an Expect fails', async () => {
    const {status, err} = await demo('Type "hi"\nExpect "bye"');
    expect(status).toBe(1);
    expect(err).toContain(':4:1: Expect "bye" failed: the screen does not show "bye"\n4 | Expect "bye"');
    expect(err).toContain('│Echo> hi            │');
  });

  test('exits 2 with the located problem when the tape has a syntax error', async () => {
    const {status, err} = await demo('Entr');
    expect(status).toBe(2);
    expect(err).toContain(':3:1: unknown command "Entr": did you mean "Enter"?');
  });

  test('exits 2 when the tape cannot be read', async () => {
    const err: string[] = [];
    const status = await demoCommand({
      appPath: 'echo.ts',
      tapePath: join(folder, 'missing.tape'),
      loadApp: async () => app,
      mount: echoMount,
      out: () => {},
      err: text => err.push(text),
    });
    expect(status).toBe(2);
    expect(err[0]).toMatch(/^termblocks demo: cannot read the tape .*missing\.tape \(ENOENT.*\): check the path$/);
  });

  test('--update writes the golden file, then --check passes against it and fails with a diff when the screen changes', async () => {
    const golden = join(folder, 'golden.txt');
    expect((await demo('Type "hi"', {check: golden, update: true})).status).toBe(0);
    expect(readFileSync(golden, 'utf8')).toContain('Echo> hi\n\n────');
    expect((await demo('Type "hi"', {check: golden})).status).toBe(0);
    const changed = await demo('Type "ho"', {check: golden});
    expect(changed.status).toBe(1);
    expect(changed.err).toContain('golden.txt does not match this run:\nframe 2:\n- │Echo> hi\n+ │Echo> ho\n  │\n');
    expect(changed.err).toContain('If the change is intended, run again with --update to accept it.');
  });

  test('--check names a missing golden file and how to create it', async () => {
    const {status, err} = await demo('Enter', {check: join(folder, 'none.txt')});
    expect(status).toBe(1);
    expect(err).toMatch(/there is no golden file .*none\.txt: run again with --update to create it/);
  });

  test("--check never lets the tape's own Output overwrite the golden file it compares with", async () => {
    const golden = join(folder, 'kept.txt');
    writeFileSync(golden, 'old\n');
    const {status} = await demo('Output kept.txt\nEnter', {check: golden});
    expect(status).toBe(1);
    expect(readFileSync(golden, 'utf8')).toBe('old\n');
  });

  test('writes the recordings the tape names and lists them', async () => {
    const {status, out} = await demo('Output rec.cast\nEnter');
    expect(status).toBe(0);
    expect(existsSync(join(folder, 'rec.cast'))).toBe(true);
    expect(out).toContain('; wrote ');
  });
});
