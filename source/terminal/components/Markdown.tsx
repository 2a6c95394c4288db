import {Box, Text} from 'ink';
import type {ReactElement} from 'react';
import type {Markdown as MarkdownModel} from '../../blocks/components/Markdown.js';
import {type Palette, paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {viewSize} from '../scrolling.js';
import {headOf, WHOLE_CHARS} from '../text-budget.js';
import {Field} from './Field.js';
import {ScrollBox, windowText} from './ScrollBox.js';

/**
 * Markdown with terminal styling: headings, **bold**, *emphasis*, `code`, code
 * blocks, lists, [links](url) as text. As tall as its text unless given `maxHeight`.
 */
export function Markdown({component, ctx}: {component: MarkdownModel; ctx: RenderContext}) {
  const text = String(ctx.session.value(component) ?? '');
  const view = viewSize(component, ctx.session.props(component));
  // Only what can be reached is drawn: the box's window, or the start of a text that has no box (a page of 200 lines and more).
  const drawn = view === undefined ? headOf(text, WHOLE_CHARS) : windowText(component, ctx, view, text);
  const lines = sanitize(drawn).split('\n');
  const palette = paletteOf(ctx);
  const out: ReactElement[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (/^```/.test(line)) {
      fence = !fence;
      return;
    }
    if (fence) {
      out.push(
        <Text key={i} color={palette.code}>
          {`  ${line}`}
        </Text>,
      );
      return;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(
        <Text key={i} bold underline={heading[1].length === 1} color={palette.heading}>
          {inline(heading[2], palette)}
        </Text>,
      );
      return;
    }
    const item = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      out.push(
        <Text key={i}>
          {item[1]}
          {/\d/.test(item[2]) ? item[2] : '•'} {inline(item[3], palette)}
        </Text>,
      );
      return;
    }
    out.push(<Text key={i}>{line === '' ? ' ' : inline(line, palette)}</Text>);
  });
  if (view === undefined) {
    return (
      <Box flexDirection="column">
        {out}
        {drawn.length < text.length ? (
          <Text dimColor>… {text.length - drawn.length} more characters not shown (a maxHeight lets the text scroll)</Text>
        ) : null}
      </Box>
    );
  }
  // Given a maxHeight, the text sits in a bordered box that scrolls, like any other long box.
  return (
    <Field component={component} ctx={ctx}>
      <ScrollBox block={component} ctx={ctx} view={view} undrawn={drawn.length < text.length}>
        {out}
      </ScrollBox>
    </Field>
  );
}

/** Inline spans: **bold**, *emphasis* / _emphasis_, `code`, [text](url). */
function inline(text: string, palette: Palette): (string | ReactElement)[] {
  const parts: (string | ReactElement)[] = [];
  const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*]+\*|_[^_]+_|\[[^\]]+\]\([^)]+\))/g;
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    const token = match[0];
    if (token.startsWith('**'))
      parts.push(
        <Text key={key++} bold>
          {token.slice(2, -2)}
        </Text>,
      );
    else if (token.startsWith('`'))
      parts.push(
        <Text key={key++} color={palette.code}>
          {token.slice(1, -1)}
        </Text>,
      );
    else if (token.startsWith('[')) {
      const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(token);
      parts.push(
        <Text key={key++} underline color={palette.link}>
          {link ? `${link[1]} (${link[2]})` : token}
        </Text>,
      );
    } else
      parts.push(
        <Text key={key++} italic>
          {token.slice(1, -1)}
        </Text>,
      );
    last = at + token.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
