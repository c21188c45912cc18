/**
 * Re-joins text that the converter wrapped over several lines (names, activity titles, textual
 * KF targets, analyses).
 *
 * The converter ends every line that closes a word with a space; a line that stops inside a word
 * ("(Familjerådgivninge" / "n).", "nämnd" / "en", "fastställ" / "s 2017", "skola-" / "socialtjänst") ends
 * without one. When the file follows that convention (`breaksMarked`), a line without a trailing space
 * is joined to the next without a space. A line-end hyphen after a letter or digit is always kept and
 * joined ("LSS-" + "boende"), except before och/eller/samt, where it is a suspended compound
 * ("jour-" + "eller familjehemmet" keeps the space).
 */

const SUSPENDED_COMPOUND_NEXT = /^(?:och|eller|samt)(?:\s|$)/i;
const HYPHEN_AT_END = /[\p{L}\d]-\s*$/u;
/** Whitespace runs other than a single plain space (replacing those by " " equals collapsing every run). */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** Joins raw wrapped lines into one string with single spaces; empty lines are skipped. */
export function joinWrappedLines(rawLines: readonly string[], breaksMarked: boolean): string {
  let text = "";
  let previousRaw = "";
  for (const raw of rawLines) {
    const fragment = raw.replace(SPACE_RUN, " ").trim();
    if (fragment === "") continue;
    text = text === "" ? fragment : `${text}${separator(previousRaw, fragment, breaksMarked)}${fragment}`;
    previousRaw = raw;
  }
  return text;
}

function separator(previousRaw: string, next: string, breaksMarked: boolean): string {
  if (previousRaw.includes("-") && HYPHEN_AT_END.test(previousRaw))
    return SUSPENDED_COMPOUND_NEXT.test(next) ? " " : "";
  return breaksMarked && /\S$/.test(previousRaw) ? "" : " ";
}
