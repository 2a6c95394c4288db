import {Box, Text} from 'ink';
import type {Label as LabelModel, LabelValue} from '../../blocks/components/Label.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {Field} from './Field.js';

/** A classification: the top label in bold, then each confidence as a bar. */
export function Label({component, ctx}: {component: LabelModel; ctx: RenderContext}) {
  const value = (ctx.session.value(component) ?? {}) as LabelValue;
  return (
    <Field component={component} ctx={ctx}>
      <Text bold>{sanitizeLine(value.label ?? ' ')}</Text>
      <Box flexDirection="column">
        {(value.confidences ?? []).map(c => (
          <Text key={c.label}>
            {'█'.repeat(Math.round(c.confidence * 20)).padEnd(20, '░')} {Math.round(c.confidence * 100)}% {sanitizeLine(c.label)}
          </Text>
        ))}
      </Box>
    </Field>
  );
}
