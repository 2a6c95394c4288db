import {Box, measureElement, Text} from 'ink';
import type {Textbox as TextboxModel} from '../../blocks/components/Textbox.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {viewSize} from '../scrolling.js';
import {editableSpan, textAreaPart} from '../text-area.js';
import {Field} from './Field.js';
import {ScrolledText} from './ScrollBox.js';

/**
 * A text box: the value (masked for passwords), the placeholder when empty, an
 * inverse cell as the cursor when focused. A read-only box wraps its text and
 * scrolls it (see scrolling.ts).
 */
export function Textbox({component, ctx}: {component: TextboxModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const value = String(ctx.session.value(component) ?? '');
  const focused = ctx.focused === component;
  const lines = Math.max(1, Number(props.lines ?? 1));
  const shown = props.type === 'password' ? '•'.repeat([...value].length) : value;
  const view = viewSize(component, props);
  if (view !== undefined && shown !== '') {
    // Read-only (an output): the text wraps and scrolls past maxLines; only the part the window can reach is drawn.
    return (
      <Field component={component} ctx={ctx}>
        {/* At least `lines` rows high, as Gradio draws an output box, however short its text. */}
        <Box flexDirection="column" minHeight={Math.min(lines, view)}>
          <ScrolledText block={component} ctx={ctx} view={view} text={shown} />
        </Box>
      </Field>
    );
  }
  const cursor = focused ? (ctx.ui.cursor.get(component) ?? value.length) : undefined;
  const placeholder = typeof props.placeholder === 'string' ? props.placeholder : '';
  if (lines > 1) {
    return (
      <Field component={component} ctx={ctx}>
        <TextArea
          text={shown}
          cursor={cursor}
          placeholder={placeholder}
          lines={lines}
          maxLines={Number(props.maxLines ?? 20)}
          width={innerWidth(component, ctx)}
        />
      </Field>
    );
  }
  return (
    <Field component={component} ctx={ctx}>
      <EditableText text={shown} cursor={cursor} placeholder={placeholder} lines={lines} width={ctx.columns} />
    </Field>
  );
}

/** The text cells inside a box's border and padding, as laid out on the last frame (the screen's width before the first). */
function innerWidth(component: TextboxModel, ctx: RenderContext): number {
  const node = ctx.ui.nodes.get(component);
  const width = node ? measureElement(node).width : ctx.columns;
  return Math.max(1, width - 4);
}

/**
 * An editable box of several lines, as Gradio's: at least `lines` rows high, it
 * grows as the text wraps, up to `maxLines` rows; past that it shows the whole
 * lines around the cursor (see text-area.ts).
 */
function TextArea({
  text,
  cursor,
  placeholder,
  lines,
  maxLines,
  width,
}: {
  text: string;
  cursor: number | undefined;
  placeholder: string;
  lines: number;
  maxLines: number;
  width: number;
}) {
  const {start, end, at, most, tooLong} = textAreaPart(text, cursor, width, lines, maxLines);
  return (
    <Box
      flexDirection="column"
      minHeight={lines}
      height={tooLong ? most : undefined}
      overflowY="hidden"
      // Text that fits starts on the first row, as in Gradio's textarea; a window of a longer
      // text is pinned to the bottom so the cursor's line stays in view.
      justifyContent={tooLong ? 'flex-end' : 'flex-start'}
    >
      <EditableText
        text={text.slice(start, end)}
        cursor={cursor === undefined ? undefined : at - start}
        placeholder={placeholder}
        lines={most}
        width={width}
      />
    </Box>
  );
}

/**
 * Text with a cursor. Only a window of the text around the cursor is drawn (a
 * 10 MB paste must not cost 10 MB per frame); multi-line text shows its last lines.
 */
export function EditableText({
  text,
  cursor,
  placeholder,
  lines,
  width,
}: {
  text: string;
  cursor: number | undefined;
  placeholder: string;
  lines: number;
  width: number;
}) {
  if (text === '' && cursor === undefined) return <Text dimColor>{placeholder ? sanitize(placeholder) : ' '}</Text>;
  const {start, at, span} = editableSpan(text, cursor, lines, width);
  const before = sanitize(text.slice(start, at));
  const under = text.slice(at, at + 1);
  const after = sanitize(text.slice(at + 1, at + 1 + span));
  if (cursor === undefined) return <Text wrap={lines > 1 ? 'wrap' : 'truncate-end'}>{before + sanitize(under) + after}</Text>;
  // On a character that is not drawn (a format character the sanitizer removes), the cursor still shows.
  const cursorCell = under === '' || under === '\n' || sanitize(under) === '' ? ' ' : sanitize(under);
  return (
    <Text wrap={lines > 1 ? 'wrap' : 'truncate-start'}>
      {before}
      <Text inverse>{cursorCell}</Text>
      {under === '\n' ? '\n' : ''}
      {lines > 1 ? after : ''}
      {text === '' && placeholder ? <Text dimColor>{sanitize(placeholder)}</Text> : ''}
    </Text>
  );
}
