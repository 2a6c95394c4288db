// Gradio's demo/score_tracker, in TypeScript: a module-level list every user adds to (global state).
import * as gr from 'termblocks';

const scores: number[] = [];

function trackScore(score: number) {
  scores.push(score);
  const topScores = [...scores].sort((a, b) => b - a).slice(0, 3);
  return topScores;
}

const demo = gr.Interface(trackScore, gr.Number({label: 'Score'}), gr.JSON({label: 'Top Scores'}), {apiName: 'predict'});

export default demo;
