const NON_BLANK = /\S/;
const ENDS_IN_WHITESPACE = /\s$/;

/**
 * True when most non-blank lines end with a space, i.e. the converter marked word ends and a line
 * without a trailing space is a word broken in two.
 */
export function hasMarkedLineBreaks(lines: readonly string[]): boolean {
  let withSpace = 0;
  let total = 0;
  for (const line of lines) {
    if (!NON_BLANK.test(line)) continue;
    total++;
    if (ENDS_IN_WHITESPACE.test(line)) withSpace++;
  }
  return total > 0 && withSpace / total > 0.5;
}
