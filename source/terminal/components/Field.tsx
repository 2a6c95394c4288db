import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Component} from '../../blocks/Component.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {StatusLine} from './StatusLine.js';

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
  const label = typeof props.label === 'string' && props.showLabel !== false ? sanitizeLine(props.label) : '';
  const borderColor = focused ? FOCUS_COLOUR : props.interactive ? 'white' : 'gray';
  return (
    <Box flexDirection="column">
      {label || ctx.session.status(component) ? (
        <Box>
          <Text bold={focused} color={focused ? 'cyan' : undefined}>
            {label}
          </Text>
          <StatusLine block={component} ctx={ctx} />
        </Box>
      ) : null}
      {bordered ? (
        <Box
          borderStyle="round"
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
