import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {Dataframe as DataframeModel, DataframeValue} from '../../blocks/components/Dataframe.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {scrollOffset, viewSize} from '../scrolling.js';
import {headOf} from '../text-budget.js';
import {Field} from './Field.js';
import {ScrollHint} from './ScrollBox.js';

/** Rows read to size the columns, besides those in view: enough for most tables, bounded for huge ones. */
const WIDTH_ROWS = 1000;

/**
 * A table: bold headers, a rule, and rows with columns padded to their widest
 * cell. Past `maxHeight` rows it scrolls under its headers, which stay put; the
 * columns are as wide as the widest cell in view.
 */
export function Dataframe({component, ctx}: {component: DataframeModel; ctx: RenderContext}) {
  const value = (ctx.session.value(component) ?? {headers: [], data: []}) as DataframeValue;
  const view = viewSize(component, ctx.session.props(component)) ?? 20;
  const offset = scrollOffset(component, ctx.session, ctx.ui);
  // A cell wider than the screen is cut: the row would be cut at the box's edge anyway.
  const cells = (row: unknown[]) =>
    row.map(cell => sanitizeLine(headOf(cell === null || cell === undefined ? '' : String(cell), ctx.columns)));
  const rows = value.data.slice(offset, offset + view).map(cells);
  const headers = value.headers.map(h => sanitizeLine(h));
  // Widths from the first rows as well as those in view, so columns do not jump as the table scrolls.
  const measured = [...rows, ...value.data.slice(0, WIDTH_ROWS).map(cells)];
  const widths = headers.map((h, i) => measured.reduce((w, r) => Math.max(w, stringWidth(r[i] ?? '')), stringWidth(h)));
  const pad = (text: string, i: number) => text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - stringWidth(text)));
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column">
        <Text bold>{headers.map(pad).join(' │ ')}</Text>
        <Text dimColor>{widths.map(w => '─'.repeat(w)).join('─┼─')}</Text>
        {rows.map((row, r) => (
          <Text key={offset + r}>{headers.map((_, i) => pad(row[i] ?? '', i)).join(' │ ')}</Text>
        ))}
        {value.data.length > view ? <ScrollHint block={component} ctx={ctx} unit="rows" /> : null}
      </Box>
    </Field>
  );
}
