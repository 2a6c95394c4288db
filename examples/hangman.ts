import * as gr from 'termblocks';

const secretWord = 'gradio';

export default gr.Blocks({title: 'Hangman'}, () => {
  const usedLettersVar = gr.Variable<string[]>([]); // gr.Variable === gr.State
  let inputLetter!: gr.Textbox, btn!: gr.Button, hangman!: gr.Textbox, usedLettersBox!: gr.Textbox;
  gr.Row(() => {
    gr.Column(() => {
      inputLetter = gr.Textbox({label: 'Enter letter'});
      btn = gr.Button('Guess Letter');
    });
    gr.Column(() => {
      hangman = gr.Textbox({label: 'Hangman', value: '_'.repeat(secretWord.length)});
      usedLettersBox = gr.Textbox({label: 'Used Letters'});
    });
  });

  function guessLetter(letter: string, usedLetters: string[]) {
    usedLetters.push(letter);
    const answer = [...secretWord].map(c => (usedLetters.includes(c) ? c : '_')).join('');
    return new Map<gr.Component, unknown>([
      [usedLettersVar, usedLetters],
      [usedLettersBox, usedLetters.join(', ')],
      [hangman, answer],
    ]);
  }

  btn.click(guessLetter, [inputLetter, usedLettersVar], [usedLettersVar, usedLettersBox, hangman]);
});
