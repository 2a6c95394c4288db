import {Box, Text} from 'ink';
import type {NormalChoice} from '../../blocks/choices.js';
import {sanitizeLine} from '../sanitize.js';

/** A vertical list of choices with marks, the highlighted one inverse when the list has focus. */
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
  return (
    <Box flexDirection="column">
      {choices.map((choice, i) => (
        <Text key={`${i}:${choice.value}`} inverse={highlight === i}>
          {isChosen(choice.value) ? mark[0] : mark[1]} {sanitizeLine(choice.label)}
        </Text>
      ))}
    </Box>
  );
}
