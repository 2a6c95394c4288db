// The cost of one click through a session (inputs read, handler called, three
// outputs applied, subscribers notified) against calling the same handler
// directly, both measured in this run so the ratio compares like with like.
import {performance} from 'node:perf_hooks';
import * as gr from '../source/index.js';

const EVENTS = 20_000;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export default async function dispatchBench(): Promise<void> {
  let counter = 0;
  // A handler that does a little real work and returns a new value for each output every time.
  const handler = (a: string, b: string, c: string): string[] => {
    counter++;
    return [a + counter, b + counter, c + counter];
  };

  let inputs!: gr.Textbox[];
  let outputs!: gr.Textbox[];
  let button!: gr.Button;
  const demo = gr.Blocks({title: 'dispatch bench'}, () => {
    inputs = [gr.Textbox({value: 'a'}), gr.Textbox({value: 'b'}), gr.Textbox({value: 'c'})];
    button = gr.Button('Go');
    outputs = [gr.Textbox(), gr.Textbox(), gr.Textbox()];
    button.click(handler, inputs, outputs);
  });
  const session = demo.session();
  let notified = 0;
  session.subscribe(() => {
    notified++;
  });

  const direct = async (): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < EVENTS; i++) handler('a', 'b', 'c');
    return ((performance.now() - start) * 1000) / EVENTS;
  };
  const dispatched = async (): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < EVENTS; i++) await session.click(button);
    return ((performance.now() - start) * 1000) / EVENTS;
  };

  await dispatched(); // warm-up: let the JIT settle before measuring
  await direct();
  const directTimes: number[] = [];
  const sessionTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    directTimes.push(await direct());
    sessionTimes.push(await dispatched());
  }
  if (session.value(outputs[0]) !== `a${counter}`) throw new Error('the session did not apply the last click');
  if (notified === 0) throw new Error('the subscriber was never notified');
  await session.close();

  const perDirect = median(directTimes);
  const perSession = median(sessionTimes);
  const overhead = perSession - perDirect;
  console.log(`events per round      ${EVENTS} x ${ROUNDS} rounds (median shown)`);
  console.log(`direct handler call   ${perDirect.toFixed(3)} µs/event`);
  console.log(`session.click         ${perSession.toFixed(2)} µs/event`);
  console.log(`dispatch overhead     ${overhead.toFixed(2)} µs/event (target < 20 µs)`);
  console.log(`ratio                 ${(perSession / perDirect).toFixed(0)}x the direct call`);
}
