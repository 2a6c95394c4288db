import {Box, Text} from 'ink';
import type {NormalChoice} from '../../blocks/choices.js';
import {sanitizeLine} from '../sanitize.js';
import {scrollHint} from '../scrolling.js';

/** Choices shown at once; a longer list (a country picker) shows a window that follows the highlight. */
export const CHOICES_SHOWN = 10;

/** The first of `count` choices drawn when the window is kept around choice `around`. */
export function choiceWindowStart(count: number, around: number): number {
  return Math.max(0, Math.min(around - Math.floor(CHOICES_SHOWN / 2), count - CHOICES_SHOWN));
}

/**
 * A vertical list of choices with marks, the highlighted one inverse when the
 * list has focus. Past CHOICES_SHOWN, only a window around the highlight (or the
 * first chosen one) is drawn, with how many are above and below it.
 */
export function Choices({
  choices,
  isChosen,
  mark,
  highlight,
}: {
  choices: NormalChoice[];
  isChosen: (value: string | number) => boolean;
  mark: [string, string];
  highlight: number | undefined;
}) {
  const around =
    highlight ??
    Math.max(
      0,
      choices.findIndex(c => isChosen(c.value)),
    );
  const start = choiceWindowStart(choices.length, around);
  const shown = choices.slice(start, start + CHOICES_SHOWN);
  const hint = scrollHint(
    {before: start, after: choices.length - start - shown.length, beforeUndrawn: false, afterUndrawn: false},
    'choices',
  );
  return (
    <Box flexDirection="column">
      {shown.map((choice, i) => (
        <Text key={`${start + i}:${choice.value}`} inverse={highlight === start + i}>
          {isChosen(choice.value) ? mark[0] : mark[1]} {sanitizeLine(choice.label)}
        </Text>
      ))}
      {hint ? (
        <Text dimColor wrap="truncate-end">
          {hint}
        </Text>
      ) : null}
    </Box>
  );
}
