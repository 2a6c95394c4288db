// Gradio's demo/accordion_tab_switch, in TypeScript: a Checkbox opens an Accordion (gr.update(open)) and a Button selects a Tab by id (gr.Tabs(selected)).
import * as gr from 'termblocks';

const demo = gr.Blocks(() => {
  const tabs = gr.Tabs(tabs => {
    gr.Tab('Tab 1', {id: 't1'}, () => {
      const acc = gr.Accordion('Accordion', {open: false}, acc => {
        gr.Textbox({label: 'Name'});
        return acc;
      });
      const accordionOpen = gr.Checkbox({label: 'Accordion Open', value: false});
      accordionOpen.change({fn: (isOpen: boolean) => gr.update({open: isOpen}), inputs: accordionOpen, outputs: acc});
    });
    gr.Tab('Tab 2', {id: 't2'}, () => {
      gr.Markdown('This is Tab 2 content.');
    });
    return tabs;
  });
  const swithTabsBtn = gr.Button('Switch to Tab 2');
  swithTabsBtn.click({fn: () => gr.Tabs({selected: 't2'}), inputs: null, outputs: tabs});
});

export default demo;
