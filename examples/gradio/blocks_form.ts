// Gradio's demo/blocks_form, in TypeScript: a handler returns a dict of updates that hides the button and shows a Column.
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  const nameBox = gr.Textbox({label: 'Name'});
  const ageBox = gr.Number({label: 'Age', minimum: 0, maximum: 100});
  const symptomsBox = gr.CheckboxGroup(['Cough', 'Fever', 'Runny Nose']);
  const submitBtn = gr.Button('Submit');

  let diagnosisBox!: gr.Textbox, patientSummaryBox!: gr.Textbox;
  const outputCol = gr.Column({visible: false}, outputCol => {
    diagnosisBox = gr.Textbox({label: 'Diagnosis'});
    patientSummaryBox = gr.Textbox({label: 'Patient Summary'});
    return outputCol;
  });

  function submit(name: string, age: number, symptoms: string[]) {
    return new Map<gr.Block, unknown>([
      [submitBtn, gr.Button({visible: false})],
      [outputCol, gr.Column({visible: true})],
      [diagnosisBox, symptoms.includes('Cough') ? 'covid' : 'flu'],
      [patientSummaryBox, `${name}, ${age} y/o`],
    ]);
  }

  submitBtn.click(submit, [nameBox, ageBox, symptomsBox], [submitBtn, diagnosisBox, patientSummaryBox, outputCol]);
});

export default demo;
