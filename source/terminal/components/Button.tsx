import {Box, Text} from 'ink';
import type {Button as ButtonModel} from '../../blocks/components/Button.js';
import {FOCUS_COLOUR} from '../focus-marker.js';
import {type Palette, paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {sanitizeLine} from '../sanitize.js';
import {StatusLine} from './StatusLine.js';

/** A variant's colour: primary, secondary or stop. */
function variantColour(variant: unknown, palette: Palette): string {
  return variant === 'primary' ? palette.primary : variant === 'stop' ? palette.stop : palette.secondary;
}

/** A button: its text centred in a box coloured by variant; inverse when focused, dim when static. */
export function Button({component, ctx}: {component: ButtonModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const focused = ctx.focused === component;
  const palette = paletteOf(ctx);
  const colour = variantColour(props.variant, palette);
  // Without colour a primary button keeps a double line, so it still stands out from the others.
  const resting = palette.plain && props.variant === 'primary' ? 'double' : 'round';
  const text = sanitizeLine(String(ctx.session.value(component) ?? ''));
  return (
    <Box flexDirection="column">
      <Box
        borderStyle={focused ? 'bold' : resting}
        borderColor={focused ? FOCUS_COLOUR : colour}
        borderDimColor={!props.interactive}
        justifyContent="center"
      >
        <Text
          bold={props.variant === 'primary' || focused}
          inverse={focused}
          color={focused ? palette.accent : props.interactive ? colour : palette.disabled}
        >
          {` ${text} `}
        </Text>
        <StatusLine block={component} ctx={ctx} />
      </Box>
    </Box>
  );
}
