import {Component, type ComponentProps, type ValueOrFactory} from '../Component.js';
import {componentArgs, param, takeValue} from '../component-args.js';

export interface LabelValue {
  label?: string;
  confidences?: {label: string; confidence: number}[];
}

export interface LabelProps extends ComponentProps {
  /** A label, a number, or a map of labels to confidences. */
  value?: ValueOrFactory<string | number | Record<string, number> | LabelValue | null>;
  /** With confidences: how many of the top ones to show. */
  numTopClasses?: number;
}

/** `gr.Label(value?, options?)`, as Gradio's positional parameters. A map of confidences goes before an options object. */
export type LabelArgs =
  | [options?: LabelProps, ...none: never[]]
  | [value?: LabelProps['value'], options?: Omit<LabelProps, 'value'>, ...none: never[]];

/**
 * A classification result: a label and, optionally, confidences shown as bars.
 * A map of label to confidence becomes its top label plus sorted confidences.
 */
export class Label extends Component<LabelValue, LabelProps> {
  readonly type = 'label';
  readonly events = ['change', 'select'] as const;
  readonly change = this.listener('change');
  readonly select = this.listener('select');

  constructor(...args: LabelArgs) {
    const {value, props} = takeValue(
      componentArgs<LabelProps>('Label', args, [
        param.custom(
          'value',
          'a label, a number, a map of labels to confidences, or a function that makes one',
          v => v === null || ['string', 'number', 'object', 'function'].includes(typeof v),
        ),
      ]),
    );
    super((value ?? {}) as LabelValue, props);
  }

  override get acceptsUserInput(): boolean {
    return false;
  }

  override postprocess(value: unknown, props: LabelProps): LabelValue {
    if (value === null || value === undefined) return {};
    if (typeof value === 'string' || typeof value === 'number') return {label: String(value)};
    if (typeof value === 'object' && ('label' in value || 'confidences' in value)) return value as LabelValue;
    const confidences = Object.entries(value as Record<string, number>)
      .map(([label, confidence]) => ({label, confidence: Number(confidence)}))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, props.numTopClasses ?? Number.POSITIVE_INFINITY);
    return {label: confidences[0]?.label, confidences};
  }
}
