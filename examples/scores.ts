import * as gr from 'termblocks';

// Gradio's global-state example: one list of scores for the whole process, so under
// `termblocks serve` every user adds to, and sees, the same top three.
const scores: number[] = [];

export default gr.Blocks({title: 'Top scores'}, () => {
  const score = gr.Number({label: 'Your score', precision: 0});
  const submit = gr.Button({value: 'Submit', variant: 'primary'});
  const top = gr.JSON({label: 'Top three'});

  submit.click(
    (value: number | null) => {
      if (value === null) throw new gr.Error('Type a score first');
      scores.push(value);
      scores.sort((a, b) => b - a);
      return scores.slice(0, 3);
    },
    [score],
    [top],
  );
});
