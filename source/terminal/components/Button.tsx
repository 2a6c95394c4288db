import {Box, Text} from 'ink';
import type {Button as ButtonModel} from '../../blocks/components/Button.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {StatusLine} from './StatusLine.js';

const VARIANT_COLOURS: Record<string, string> = {primary: 'blue', secondary: 'white', stop: 'red'};

/** A button: its text centred in a box coloured by variant; inverse when focused, dim when static. */
export function Button({component, ctx}: {component: ButtonModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const focused = ctx.focused === component;
  const colour = VARIANT_COLOURS[String(props.variant)] ?? 'white';
  const text = sanitizeLine(String(ctx.session.value(component) ?? ''));
  return (
    <Box flexDirection="column">
      <Box
        borderStyle={focused ? 'bold' : 'round'}
        borderColor={focused ? FOCUS_COLOUR : colour}
        borderDimColor={!props.interactive}
        justifyContent="center"
      >
        <Text
          bold={props.variant === 'primary' || focused}
          inverse={focused}
          color={focused ? 'cyan' : props.interactive ? colour : 'gray'}
        >
          {` ${text} `}
        </Text>
        <StatusLine block={component} ctx={ctx} />
      </Box>
    </Box>
  );
}
