import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {Dataframe as DataframeModel, DataframeValue} from '../../blocks/components/Dataframe.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Field} from './Field.js';

const MAX_ROWS = 20;

/** A table: bold headers, a rule, and rows with columns padded to their widest cell. */
export function Dataframe({component, ctx}: {component: DataframeModel; ctx: RenderContext}) {
  const value = (ctx.session.value(component) ?? {headers: [], data: []}) as DataframeValue;
  const rows = value.data
    .slice(0, MAX_ROWS)
    .map(row => row.map(cell => sanitizeLine(cell === null || cell === undefined ? '' : String(cell))));
  const headers = value.headers.map(h => sanitizeLine(h));
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map(r => stringWidth(r[i] ?? ''))));
  const pad = (text: string, i: number) => text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - stringWidth(text)));
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column">
        <Text bold>{headers.map(pad).join(' │ ')}</Text>
        <Text dimColor>{widths.map(w => '─'.repeat(w)).join('─┼─')}</Text>
        {rows.map((row, r) => (
          <Text key={r}>{headers.map((_, i) => pad(row[i] ?? '', i)).join(' │ ')}</Text>
        ))}
        {value.data.length > MAX_ROWS ? <Text dimColor>… {value.data.length - MAX_ROWS} more rows</Text> : null}
      </Box>
    </Field>
  );
}
