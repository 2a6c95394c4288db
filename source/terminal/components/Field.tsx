import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Component} from '../../blocks/Component.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import {paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {StatusLine} from './StatusLine.js';

/** What Gradio's page calls a component that has no label of its own (Buttons, Markdown, JSON and tables show none). */
const DEFAULT_LABELS: Record<string, string> = {
  textbox: 'Textbox',
  number: 'Number',
  slider: 'Slider',
  checkbox: 'Checkbox',
  checkboxgroup: 'Checkbox Group',
  radio: 'Radio',
  dropdown: 'Dropdown',
  label: 'Label',
  chatbot: 'Chatbot',
  code: 'Code',
  dataset: 'Examples',
};

/**
 * The frame every component shares: its label (with the running status beside
 * it), a bordered box whose colour says focused / editable / static, and its info line.
 */
export function Field({
  component,
  ctx,
  children,
  bordered = true,
}: {
  component: Component;
  ctx: RenderContext;
  children: ReactNode;
  bordered?: boolean;
}) {
  const props = ctx.session.props(component);
  const focused = ctx.focused === component;
  const given = typeof props.label === 'string' ? props.label : DEFAULT_LABELS[component.type];
  const label = given && props.showLabel !== false ? sanitizeLine(given) : '';
  const palette = paletteOf(ctx);
  const borderColor = focused ? FOCUS_COLOUR : props.interactive ? palette.border : palette.staticBorder;
  return (
    <Box flexDirection="column">
      {label || ctx.session.status(component) ? (
        <Box>
          <Text bold={focused} color={focused ? palette.accent : undefined}>
            {label}
          </Text>
          <StatusLine block={component} ctx={ctx} />
        </Box>
      ) : null}
      {bordered ? (
        <Box
          // Without colour the focus is the heavier line.
          borderStyle={focused && palette.plain ? 'bold' : 'round'}
          borderColor={borderColor}
          borderDimColor={!focused && !props.interactive}
          paddingX={1}
          flexDirection="column"
        >
          {children}
        </Box>
      ) : (
        children
      )}
      {typeof props.info === 'string' ? <Text dimColor>{sanitizeLine(props.info)}</Text> : null}
    </Box>
  );
}
