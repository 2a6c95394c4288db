// Gradio's demo/timer, in TypeScript: Timers that tick, start, stop and change speed, and `every` values.
import * as gr from 'termblocks';

function randint(a: number, b: number) {
  return a + Math.floor(Math.random() * (b - a + 1));
}

const demo = gr.Blocks(() => {
  const timer = gr.Timer(1);
  const timestamp = gr.Number({label: 'Time'});
  timer.tick(() => Math.round(Date.now() / 1000), null, timestamp);
  gr.Number(() => Math.round(Date.now() / 1000), {label: 'Time 2', every: 1});
  let timestamp3!: gr.Number, startBtn!: gr.Button, stopBtn!: gr.Button, timer3!: gr.Timer;
  gr.Row(() => {
    timestamp3 = gr.Number();
    startBtn = gr.Button('Start');
    stopBtn = gr.Button('Stop');
    timer3 = gr.Timer(1, {active: false});
    timer3.tick(() => Math.round(Date.now() / 1000), null, timestamp3);
    startBtn.click(() => gr.Timer({active: true}), null, timer3);
    stopBtn.click(() => gr.Timer({active: false}), null, timer3);
  });
  let min!: gr.Number, max!: gr.Number;
  gr.Row(() => {
    min = gr.Number(1, {label: 'Min'});
    max = gr.Number(10, {label: 'Max'});
  });
  const timer2 = gr.Timer(1);
  const number = gr.Number((a: number, b: number) => randint(a, b), {inputs: [min, max], every: timer2, label: 'Random Number'});
  gr.Row(() => {
    gr.Button('Start').click(() => gr.Timer({active: true}), null, timer2);
    gr.Button('Stop').click(() => gr.Timer({active: false}), null, timer2);
    gr.Button('Go Fast').click(() => 0.2, null, timer2);
    gr.Button('Go Slow').click(() => 2, null, timer2);
  });
  void number;
});

export default demo;
