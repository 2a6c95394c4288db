import {Text} from 'ink';
import type {Slider as SliderModel} from '../../blocks/components/Slider.js';
import {paletteOf} from '../palette.js';
import type {RenderContext} from '../RenderContext.js';
import {Field} from './Field.js';

const TRACK = 20;

/** A slider: a track with a knob at the value, then the value itself. */
export function Slider({component, ctx}: {component: SliderModel; ctx: RenderContext}) {
  const props = ctx.session.props(component);
  const value = Number(ctx.session.value(component));
  const min = Number(props.minimum ?? 0);
  const max = Number(props.maximum ?? 100);
  const at = max > min ? Math.round(((value - min) / (max - min)) * (TRACK - 1)) : 0;
  const focused = ctx.focused === component;
  const fill = focused ? paletteOf(ctx).accent : undefined;
  return (
    <Field component={component} ctx={ctx}>
      <Text>
        <Text color={fill}>{'━'.repeat(at)}</Text>
        <Text bold color={fill}>
          ●
        </Text>
        <Text dimColor>{'─'.repeat(TRACK - 1 - at)}</Text> {value}
      </Text>
    </Field>
  );
}
