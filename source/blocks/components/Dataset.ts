import {Component, type ComponentProps} from '../Component.js';
import {BuildError} from '../errors.js';

export type DatasetType = 'values' | 'index' | 'tuple';

export interface DatasetProps extends ComponentProps {
  /** The chosen sample's index, or `null` when none is. */
  value?: number | null;
  /** The components whose values the samples hold (their labels are the default headers), or their kinds. */
  components?: readonly (Component | string)[];
  /** The rows: one value per component in each. */
  samples?: readonly (readonly unknown[])[];
  /** Column titles. Default: the components' labels. */
  headers?: readonly string[];
  /** What a handler receives: the sample's `values` (default), its `index`, or both as `[index, values]` (`tuple`). */
  type?: DatasetType;
  /** Rows shown at once; more page with ←/→. Default 10. */
  samplesPerPage?: number;
  /** Shown instead of a sample's values, one per sample. */
  sampleLabels?: readonly string[];
}

/** The props a Dataset keeps: its components' kinds rather than the components, so the config stays plain data. */
type StoredProps = Omit<DatasetProps, 'components'> & {components: string[]};

/**
 * A small table of samples, one chosen with the arrows and Enter, as Gradio's
 * `gr.Dataset` (what `gr.Examples` is built on). Its value is the chosen row's
 * index; `click` fires when a row is chosen.
 */
export class Dataset extends Component<number | null, StoredProps> {
  readonly type = 'dataset';
  readonly events = ['click', 'select', 'change'] as const;
  readonly click = this.listener('click');
  readonly select = this.listener('select');
  readonly change = this.listener('change');
  /** The components the samples are for, when components (not kinds) were given. */
  readonly sampleComponents: readonly Component[];

  constructor(props: DatasetProps = {}) {
    const {value, components = [], ...rest} = props;
    const given = components.filter((c): c is Component => c instanceof Component);
    const labels = given.map(c => c.props.label);
    const headers = rest.headers ?? (labels.every(l => l === undefined) ? [] : labels.map(l => l ?? ''));
    super(value ?? null, {
      samples: [],
      type: 'values',
      samplesPerPage: 10,
      ...rest,
      headers: [...headers],
      components: components.map(c => (typeof c === 'string' ? c : c.type)),
    });
    this.sampleComponents = given;
    const samples = this.props.samples ?? [];
    if (!Array.isArray(samples) || samples.some(s => !Array.isArray(s))) {
      throw new BuildError(`${this.describe()}: samples must be a list of rows, each a list of values`);
    }
    if (rest.sampleLabels !== undefined && rest.sampleLabels.length !== samples.length) {
      throw new BuildError(
        `${this.describe()}: sampleLabels has ${rest.sampleLabels.length} labels for ${samples.length} samples`,
      );
    }
  }

  override postprocess(value: unknown, props: StoredProps): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return value;
    if (Array.isArray(value)) {
      const wanted = JSON.stringify(value);
      const index = (props.samples ?? []).findIndex(sample => JSON.stringify(sample) === wanted);
      return index < 0 ? null : index;
    }
    throw new TypeError(`${this.describe()} expects a sample's index or its values`);
  }

  override preprocess(value: number | null, props: StoredProps): unknown {
    if (value === null) return null;
    const sample = props.samples?.[value];
    if (props.type === 'index') return value;
    const values = sample === undefined ? null : structuredClone(sample);
    return props.type === 'tuple' ? [value, values] : values;
  }
}
