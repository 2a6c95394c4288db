import {Box, Text} from 'ink';
import type {Code as CodeModel} from '../../blocks/components/Code.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitize} from '../sanitize.js';
import {Field} from './Field.js';

/** Source code with line numbers; the first `lines` lines show, the rest is summarised. */
export function Code({component, ctx}: {component: CodeModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const all = sanitize(String(ctx.session.value(component) ?? '')).split('\n');
  const limit = Math.max(1, Number(props.lines ?? 5)) * 4;
  const shown = all.slice(0, limit);
  const width = String(all.length).length;
  return (
    <Field component={component} ctx={ctx}>
      <Box flexDirection="column">
        {props.language ? <Text dimColor>{String(props.language)}</Text> : null}
        {shown.map((line, i) => (
          <Text key={i}>
            <Text dimColor>{String(i + 1).padStart(width)} │ </Text>
            {line}
          </Text>
        ))}
        {all.length > shown.length ? <Text dimColor>… {all.length - shown.length} more lines</Text> : null}
      </Box>
    </Field>
  );
}
