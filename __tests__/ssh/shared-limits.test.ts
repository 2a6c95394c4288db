// The limits `serve --workers` keeps in its primary for every worker at once: what two
// workers are told when they ask to let a connection in or start a session.
import {expect, test} from '@jest/globals';
import {resolveServeOptions} from '../../source/ssh/serve-options.js';
import type {PrimaryMessage} from '../../source/ssh/workers/messages.js';
import {SharedLimits} from '../../source/ssh/workers/shared-limits.js';

function primary(options: Parameters<typeof resolveServeOptions>[0]) {
  const log: string[] = [];
  const limits = new SharedLimits(resolveServeOptions(options), event => log.push(event));
  const heard = new Map<number, PrimaryMessage[]>([
    [1, []],
    [2, []],
  ]);
  let request = 0;
  const ask = (worker: number, question: 'admit' | 'session', port: number, address = '127.0.0.1') => {
    const id = request++;
    limits.handle(worker, {termblocks: question, request: id, address, port}, message => heard.get(worker)?.push(message));
    const answer = heard.get(worker)?.find(message => message.termblocks === 'answer' && message.request === id);
    return answer?.termblocks === 'answer' ? (answer.refusal ?? 'yes') : 'no answer';
  };
  const tell = (worker: number, event: 'session-ended' | 'closed', port: number) =>
    limits.handle(worker, {termblocks: event, address: '127.0.0.1', port}, () => {});
  // Both workers gone: every connection closes, so no grace timer outlives the test.
  const end = () => {
    limits.close();
    limits.forget(1);
    limits.forget(2);
  };
  return {limits, heard, ask, tell, log, end};
}

test('connections from one address count across workers, and a closed one frees its place', () => {
  const {ask, tell, log, end} = primary({maxConnectionsPerAddress: 2});
  expect(ask(1, 'admit', 1001)).toBe('yes');
  expect(ask(2, 'admit', 1002)).toBe('yes');
  expect(ask(1, 'admit', 1003)).toBe('refused');
  expect(ask(2, 'admit', 1004)).toBe('refused');
  expect(ask(2, 'admit', 1005, '10.0.0.9')).toBe('yes');
  expect(log.filter(event => event === 'refused')).toHaveLength(2);
  tell(1, 'closed', 1001);
  expect(ask(2, 'admit', 1006)).toBe('yes');
  end();
});

test('--max-sessions is the server’s: a session on one worker fills it for the other until it ends', () => {
  const {ask, tell, limits, end} = primary({maxSessions: 1});
  for (const [worker, port] of [
    [1, 1001],
    [2, 1002],
  ] as const)
    expect(ask(worker, 'admit', port)).toBe('yes');
  expect(ask(1, 'session', 1001)).toBe('yes');
  expect(ask(2, 'session', 1002)).toBe('the server is full; try again later');
  tell(1, 'session-ended', 1001);
  expect(ask(2, 'session', 1002)).toBe('yes');
  expect(limits.sessionCount).toBe(1);
  limits.close();
  expect(ask(1, 'session', 1001)).toBe('the server is shutting down');
  end();
});

test('a worker that dies stops counting: its connections and sessions are forgotten', () => {
  const {ask, limits, end} = primary({maxSessions: 2, maxConnectionsPerAddress: 2});
  expect(ask(1, 'admit', 1001)).toBe('yes');
  expect(ask(1, 'admit', 1002)).toBe('yes');
  expect(ask(1, 'session', 1001)).toBe('yes');
  expect(ask(1, 'session', 1002)).toBe('yes');
  expect(ask(2, 'admit', 1003)).toBe('refused');
  limits.forget(1);
  expect(limits.sessionCount).toBe(0);
  expect(limits.connectionCount).toBe(0);
  expect(ask(2, 'admit', 1003)).toBe('yes');
  expect(ask(2, 'session', 1003)).toBe('yes');
  end();
});

test('a connection that never logs in is cut by the primary’s grace timer, in the worker that holds it', async () => {
  const {ask, heard, limits, end} = primary({loginGraceTime: 0.05});
  expect(ask(2, 'admit', 1001)).toBe('yes');
  await new Promise(resolve => setTimeout(resolve, 150));
  expect(heard.get(2)).toContainEqual({termblocks: 'cut', address: '127.0.0.1', port: 1001});
  expect(heard.get(1)).toEqual([]);
  // The worker cuts its socket and says it closed: the place is free again.
  limits.handle(2, {termblocks: 'closed', address: '127.0.0.1', port: 1001}, () => {});
  expect(limits.connectionCount).toBe(0);
  end();
});
