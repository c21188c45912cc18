import { codePointBefore, codeUnits } from "@tertial/domain";

const CYRILLIC_ANYWHERE = /\p{Script=Cyrillic}/gu;
/** Characters a mixed-script word (markup.ts MIXED_SCRIPT_WORD) is made of: letters, marks, and any Latin or Cyrillic character. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Script=Latin}\p{Script=Cyrillic}]$/u;
const isWordCharacterCache = new Map<number, boolean>();

/**
 * [start, end) of each maximal run of word characters that holds a Cyrillic one, in text order.
 * A mixed-script word never reaches past such a run, so matching the word pattern in these runs
 * alone finds exactly what matching it in the whole text finds.
 */
export function cyrillicRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  CYRILLIC_ANYWHERE.lastIndex = 0;
  for (let match = CYRILLIC_ANYWHERE.exec(text); match !== null; match = CYRILLIC_ANYWHERE.exec(text)) {
    let start = match.index;
    while (start > 0) {
      const before = codePointBefore(text, start);
      if (!isWordCharacter(before)) break;
      start -= codeUnits(before);
    }
    let end = match.index + match[0].length;
    while (end < text.length) {
      const point = text.codePointAt(end) ?? 0;
      if (!isWordCharacter(point)) break;
      end += codeUnits(point);
    }
    runs.push([start, end]);
    CYRILLIC_ANYWHERE.lastIndex = end;
  }
  return runs;
}

function isWordCharacter(point: number): boolean {
  let known = isWordCharacterCache.get(point);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(point));
    isWordCharacterCache.set(point, known);
  }
  return known;
}
