import { codePointBefore, isLetterOrDigit } from "@tertial/domain";

/**
 * Phrases in an activity's analysis that say the work is delayed, paused, cancelled or dropped
 * (docs/report-format.md §7). Each entry is a regular-expression source matched case-insensitively on word
 * boundaries; the hint is the phrase as printed.
 */
export const DELAY_PHRASES: readonly string[] = [
  String.raw`skjut(?:its|as)(?: (?:fram|upp|till|på framtiden))?`,
  String.raw`skjuts (?:fram|upp|till|på framtiden)`,
  String.raw`framskjut(?:en|et|na|s)`,
  String.raw`(?:flyttats|flyttas|flyttades) fram`,
  String.raw`(?:inte|ej) (?:har )?påbörjats`,
  String.raw`(?:ställts|ställas|ställdes|ställs) in`,
  String.raw`(?:inställd|inställt|inställda)`,
  String.raw`pausa(?:ts|t|s|des)`,
  String.raw`(?:inte|ej) (?:längre )?aktuell(?:t|a)?`,
  String.raw`(?:kan|kunnat|kommer) inte (?:att )?genomföras`,
  String.raw`(?:inte|ej) (?:har )?(?:kunnat )?genomförts`,
  String.raw`försen(?:ad|at|ade|ing)`,
  String.raw`stannat upp`,
  String.raw`lagts ned`,
];

/**
 * A delay phrase not followed by a letter or digit. The "not preceded by one" half of the word
 * boundary is checked on each match found (a look-behind in the pattern would be tried at every
 * character of the text).
 */
const DELAY_PHRASE = new RegExp(`(?:${DELAY_PHRASES.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** The first delay phrase in the text as printed ("skjutits fram", "inte påbörjats" …), null when none. */
export function findDelayHint(text: string | null): string | null {
  if (text === null) return null;
  DELAY_PHRASE.lastIndex = 0;
  for (let match = DELAY_PHRASE.exec(text); match !== null; match = DELAY_PHRASE.exec(text)) {
    if (!isLetterOrDigit(codePointBefore(text, match.index))) return match[0];
    // Every phrase starts with a letter of one UTF-16 unit, so the next search may start right after it.
    DELAY_PHRASE.lastIndex = match.index + 1;
  }
  return null;
}
