import {TermblocksError} from './errors.js';

/** A choice as Gradio accepts it: a value shown as itself, or a `[label, value]` pair. */
export type Choice = string | number | readonly [string, string | number];

export interface NormalChoice {
  readonly label: string;
  readonly value: string | number;
}

export function normalizeChoices(choices: readonly Choice[] | undefined): NormalChoice[] {
  return (choices ?? []).map(choice =>
    Array.isArray(choice)
      ? {label: String(choice[0]), value: choice[1]}
      : {label: String(choice), value: choice as string | number},
  );
}

export function choiceValues(choices: readonly Choice[] | undefined): (string | number)[] {
  return normalizeChoices(choices).map(c => c.value);
}

/**
 * Refuses values that are not among the choices, with Gradio's message, as Gradio's
 * Radio, Dropdown and CheckboxGroup do before a handler receives them.
 */
export function assertAmongChoices(chosen: readonly unknown[], choices: readonly Choice[] | undefined): void {
  const values = choiceValues(choices);
  const stranger = chosen.find(v => !values.includes(v as string | number));
  if (stranger !== undefined) {
    throw new TermblocksError(`Value: ${JSON.stringify(stranger)} is not in the list of choices: ${JSON.stringify(values)}`);
  }
}
