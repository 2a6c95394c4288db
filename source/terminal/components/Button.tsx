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
  const words = labelWords(text);
  // In a Row the box grows to the row's height (see BlockView's stretch), so buttons side
  // by side are as tall as each other; a label that wraps is centred line by line, since
  // each word is a flex item of its own.
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Box
        flexGrow={1}
        borderStyle={focused ? 'bold' : resting}
        borderColor={focused ? FOCUS_COLOUR : colour}
        borderDimColor={!props.interactive}
        justifyContent="center"
        alignItems="center"
      >
        <Box flexWrap="wrap" justifyContent="center" flexShrink={1}>
          {words.map((word, index) => (
            <Text
              key={index}
              bold={props.variant === 'primary' || focused}
              inverse={focused}
              color={focused ? palette.accent : props.interactive ? colour : palette.disabled}
            >
              {word}
            </Text>
          ))}
        </Box>
        <StatusLine block={component} ctx={ctx} />
      </Box>
    </Box>
  );
}

/**
 * The label as flex items, one per word, with the spaces kept inside them: on one line
 * they read as ` label ` did (a space each side, inverse when focused), and a long label
 * wraps between words.
 */
function labelWords(text: string): string[] {
  const words = text.split(' ').filter(word => word !== '');
  if (words.length === 0) return ['  '];
  return words.map((word, index) => `${index === 0 ? ' ' : ''}${word} `);
}
