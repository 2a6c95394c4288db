import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {Dataset as DatasetModel} from '../../blocks/components/Dataset.js';
import type {Session} from '../../session/Session.js';
import type {Key} from '../parse-input.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {headOf} from '../text-budget.js';
import type {UiState} from '../UiState.js';
import {Field} from './Field.js';

/**
 * A small table of samples (Gradio's `gr.Dataset`, under `gr.Examples`): bold
 * headers, a rule, one line per sample; the highlighted row is inverse while the
 * table has focus. Past `samplesPerPage` rows it shows the highlight's page and
 * which page that is.
 */
export function Dataset({component, ctx}: {component: DatasetModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const {samples, perPage, labels} = table(props);
  const focused = ctx.focused === component;
  const here = highlighted(component, ctx.session, ctx.ui);
  const page = Math.floor(here / perPage);
  const pages = Math.max(1, Math.ceil(samples.length / perPage));
  const first = page * perPage;
  const cell = (value: unknown) => sanitizeLine(headOf(show(value), ctx.columns));
  const rows = samples.slice(first, first + perPage).map((sample, i) => (labels ? [cell(labels[first + i])] : sample.map(cell)));
  const headers = labels ? [] : ((props.headers ?? []) as string[]).map(h => sanitizeLine(h));
  const count = Math.max(headers.length, ...rows.map(r => r.length));
  const widths = Array.from({length: count}, (_, i) =>
    rows.reduce((w, r) => Math.max(w, stringWidth(r[i] ?? '')), stringWidth(headers[i] ?? '')),
  );
  const line = (cells: string[]) =>
    widths.map((w, i) => (cells[i] ?? '') + ' '.repeat(Math.max(0, w - stringWidth(cells[i] ?? '')))).join(' │ ');
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column">
        {headers.length > 0 ? (
          <>
            <Text bold>{line(headers)}</Text>
            <Text dimColor>{widths.map(w => '─'.repeat(w)).join('─┼─')}</Text>
          </>
        ) : null}
        {rows.map((row, r) => (
          <Text key={first + r} inverse={focused && first + r === here} wrap="truncate-end">
            {line(row)}
          </Text>
        ))}
        {pages > 1 ? (
          <Text dimColor wrap="truncate-end">
            page {page + 1} of {pages}
          </Text>
        ) : null}
      </Box>
    </Field>
  );
}

/**
 * What the keys do on a focused Dataset: ↑/↓ move the highlight (onto the next
 * page past the end of one), ←/→ turn the page, Enter or Space choose the row:
 * its index becomes the value and `click` fires, as a click on a Gradio example.
 */
export function chooseSample(
  component: DatasetModel,
  key: Key,
  session: Session,
  ui: UiState,
  act: (action: Promise<unknown>) => void,
): void {
  const {samples, perPage} = table(session.props(component));
  if (samples.length === 0) return;
  const here = highlighted(component, session, ui);
  const name = key.kind === 'key' ? key.name : undefined;
  const page = Math.floor(here / perPage);
  const last = samples.length - 1;
  let next = here;
  if (name === 'up') next = (here - 1 + samples.length) % samples.length;
  else if (name === 'down') next = (here + 1) % samples.length;
  else if (name === 'left') next = Math.max(0, (page - 1) * perPage);
  else if (name === 'right') next = Math.min(last, (page + 1) * perPage);
  else if (name === 'home') next = 0;
  else if (name === 'end') next = last;
  else if (name === 'enter' || name === 'space') {
    act(session.set(component, here).then(() => session.click(component)));
    return;
  } else return;
  ui.highlight.set(component, next);
}

/**
 * The sample drawn on line `line` inside the table's box (0 is its first line), as the view lays it
 * out: headers and their rule first, then the page's rows; undefined for any other line.
 */
export function sampleAtLine(component: DatasetModel, session: Session, ui: UiState, line: number): number | undefined {
  const props = session.props(component);
  const {samples, perPage, labels} = table(props);
  const headed = !labels && ((props.headers ?? []) as string[]).length > 0;
  const first = Math.floor(highlighted(component, session, ui) / perPage) * perPage;
  const index = first + line - (headed ? 2 : 0);
  return index >= first && index < Math.min(samples.length, first + perPage) ? index : undefined;
}

/** Whether the samples fill more than one page: then ←/→ turn pages. */
export function datasetPages(props: Readonly<Record<string, unknown>>): boolean {
  const {samples, perPage} = table(props);
  return samples.length > perPage;
}

function table(props: Readonly<Record<string, unknown>>) {
  const samples = (Array.isArray(props.samples) ? props.samples : []) as unknown[][];
  const perPage = Math.max(1, Number(props.samplesPerPage ?? 10) || 10);
  const labels = Array.isArray(props.sampleLabels) ? (props.sampleLabels as unknown[]) : undefined;
  return {samples, perPage, labels};
}

/** The row the keys act on: the one moved to, else the chosen one, else the first. */
function highlighted(component: DatasetModel, session: Session, ui: UiState): number {
  const {samples} = table(session.props(component));
  const chosen = session.value(component);
  const here = ui.highlight.get(component) ?? (typeof chosen === 'number' ? chosen : 0);
  return Math.max(0, Math.min(here, samples.length - 1));
}

/** A sample's value as its table cell: lists joined, nothing for null, as Gradio's example views show them. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
