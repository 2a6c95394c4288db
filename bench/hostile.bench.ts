// The hostile neighbour: one bystander's keystroke-to-echo on hangman while another session on
// the same server floods Enter on the button, pastes 10 MB raw (lines, not bracketed), or holds
// a bracketed paste open; each against the bystander alone, measured in the same run.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type Client, openHangman, percentile, startServe, typeAll} from './ssh-load.js';

/** Writes `chunk` as fast as the channel takes it until `stop()` or `limit` bytes are sent. */
function flood(attacker: Client, chunk: Buffer, limit = Number.POSITIVE_INFINITY): () => void {
  let sent = 0;
  let stopped = false;
  const pump = () => {
    while (!stopped && sent < limit) {
      sent += chunk.length;
      if (!attacker.stream.write(chunk)) return void attacker.stream.once('drain', pump);
    }
  };
  pump();
  return () => {
    stopped = true;
  };
}

async function p99(bystander: Client): Promise<string> {
  const latencies = await typeAll([bystander]);
  return `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`;
}

export default async function hostileBench(): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'termblocks-bench-hostile-'));
  const {server, port} = await startServe(4, {XDG_STATE_HOME: state});
  const opened: Client[] = [];
  try {
    const bystander = await openHangman({port, username: 'bystander'});
    opened.push(bystander);
    console.log(`hostile neighbour, bystander alone:        ${await p99(bystander)} (50 keys over 10 s)`);

    const enter = await openHangman({port, username: 'enter'});
    opened.push(enter);
    enter.stream.write('\t');
    const stopEnter = flood(enter, Buffer.from('\r'.repeat(64 * 1024)));
    console.log(`  while one floods Enter on a button:      ${await p99(bystander)}`);
    stopEnter();
    enter.client.end();

    const paster = await openHangman({port, username: 'paster'});
    opened.push(paster);
    const stopRaw = flood(paster, Buffer.from(`${'r'.repeat(79)}\r`.repeat(800)), 10 * 1024 * 1024);
    console.log(`  while one pastes 10 MB raw:              ${await p99(bystander)}`);
    stopRaw();
    paster.client.end();

    const holder = await openHangman({port, username: 'holder'});
    opened.push(holder);
    holder.stream.write('\u001b[200~');
    const stopOpen = flood(holder, Buffer.from('p'.repeat(64 * 1024)));
    console.log(`  while one holds a paste open (1 MiB/s):  ${await p99(bystander)}`);
    stopOpen();

    console.log(`  bystander alone again:                   ${await p99(bystander)} (target p99 < 50 ms throughout)`);
  } finally {
    for (const entry of opened) entry.client.end();
    server.kill('SIGTERM');
    await new Promise(resolve => server.once('exit', resolve));
    rmSync(state, {recursive: true, force: true});
  }
}
