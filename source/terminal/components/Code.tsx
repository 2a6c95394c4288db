import {Box, Text} from 'ink';
import type {Code as CodeModel} from '../../blocks/components/Code.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {cursorAt, scrollOffset, viewSize} from '../scrolling.js';
import {headOf, tailOf} from '../text-budget.js';
import {Field} from './Field.js';
import {ScrollHint} from './ScrollBox.js';

/**
 * Source code with line numbers, one screen line per source line (cut at the
 * box's edge, as an editor without wrapping does), scrolling past `maxLines`.
 * Editable code shows its cursor, and the window follows it.
 */
export function Code({component, ctx}: {component: CodeModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const value = String(ctx.session.value(component) ?? '');
  const all = value.split('\n');
  const view = viewSize(component, props) ?? 20;
  const offset = scrollOffset(component, ctx.session, ctx.ui);
  const shown = all.slice(offset, offset + view);
  const width = String(all.length).length;
  const cursor = ctx.focused === component && props.interactive ? cursorAt(value, ctx.ui.cursor.get(component)) : undefined;
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column">
        {props.language ? <Text dimColor>{String(props.language)}</Text> : null}
        {shown.map((line, i) => {
          const n = offset + i;
          return (
            <Text key={n} wrap="truncate-end">
              <Text dimColor>{String(n + 1).padStart(width)} │ </Text>
              {cursor?.line === n ? (
                <WithCursor line={line} column={cursor.column} columns={ctx.columns} />
              ) : (
                sanitize(headOf(line, ctx.columns + 1))
              )}
            </Text>
          );
        })}
        {all.length > view ? <ScrollHint block={component} ctx={ctx} unit="lines" /> : null}
      </Box>
    </Field>
  );
}

/** The line being edited; when the cursor is past the box's width, the text before it shows from a `…`. */
function WithCursor({line, column, columns}: {line: string; column: number; columns: number}) {
  // The character under the cursor, whole even when it is an emoji (two UTF-16 units).
  const under = column < line.length ? String.fromCodePoint(line.codePointAt(column) as number) : '';
  const before = line.slice(0, column);
  return (
    <>
      {sanitize(before.length > columns ? tailOf(before, Math.max(1, Math.floor(columns / 2))) : before)}
      <Text inverse>{under === '' ? ' ' : sanitize(under)}</Text>
      {sanitize(headOf(line.slice(column + under.length), columns))}
    </>
  );
}
