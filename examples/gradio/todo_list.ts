// Gradio's demo/todo_list, in TypeScript: a gr.render over a State of tasks, with a Done and a Delete button per task.
import * as gr from 'termblocks';

interface Task {
  name: string;
  complete: boolean;
}

const demo = gr.Blocks(() => {
  const tasks = gr.State<Task[]>([]);
  const newTask = gr.Textbox({label: 'Task Name', autofocus: true, maxLines: 1});

  function addTask(tasks: Task[], newTaskName: string) {
    return [[...tasks, {name: newTaskName, complete: false}], ''];
  }

  newTask.submit(addTask, [tasks, newTask], [tasks, newTask]);

  gr.render({inputs: tasks}, function renderTodos(taskList: Task[]) {
    const complete = taskList.filter(task => task.complete);
    const incomplete = taskList.filter(task => !task.complete);
    gr.Markdown(`### Incomplete Tasks (${incomplete.length})`);
    for (const task of incomplete) {
      gr.Row(() => {
        gr.Textbox(task.name, {showLabel: false, container: false});
        const doneBtn = gr.Button('Done', {scale: 0});
        function markDone(t = task) {
          t.complete = true;
          return taskList;
        }
        doneBtn.click(markDone, null, [tasks]);

        const deleteBtn = gr.Button('Delete', {scale: 0, variant: 'stop'});
        function remove(t = task) {
          taskList.splice(taskList.indexOf(t), 1);
          return taskList;
        }
        deleteBtn.click(remove, null, [tasks]);
      });
    }

    gr.Markdown(`### Complete Tasks (${complete.length})`);
    for (const task of complete) {
      gr.Textbox(task.name, {showLabel: false, container: false});
    }
  });
});

export default demo;
