import type { DateCondition } from "../query.ts";
import { type ParseState, type Recogniser, take } from "../parse-state.ts";

const YEAR = /^(?:19|20)\d{2}$/;
const DAY = /^(?:19|20)\d{2}-\d{2}-\d{2}$/;
const STARTS = /^(start(?:ade|ades|ar|at|ed|s|datum)?|borjade|paborjades|began|begun)$/;
const ENDS = /^(slut(?:ar|ade|datum)?|ends?|ended|until|klar|klart|end-date)$/;
/** Dates are read only in questions about activities, the only items with dates. */
const ACTIVITY_WORD = /^(aktivitet\w*|activit\w*|uppdrag\w*|atgard\w*|slutdatum\w*|startdatum\w*)$/;
/** A year right after these belongs to a period ("T1 2020", "tertialrapport 1 2017"), not to a date. */
const PERIOD_WORD = /^(t1|t2|vb|1|2)$/;
const BEFORE = new Set(["fore", "innan", "before", "prior"]);

/**
 * Dates on activities: "startade (redan) före 2017", "started (back) in 2019", "slutdatum 2020-06-30",
 * "an end date of 2020-06-30", "runs until 2022". Their years are taken here, so that they do not
 * become the report's period ("activities in the 2017 report that started in 2016").
 */
export const recogniseDates: Recogniser = (state) => {
  const { tokens } = state;
  if (!tokens.some((token) => ACTIVITY_WORD.test(token.fold))) return;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.fold ?? "";
    const field = STARTS.test(word) ? "start" : ENDS.test(word) ? "end" : null;
    if (field === null) continue;
    // The date within the next four words ("started back in 2019", "har ett slutdatum den 2020-06-30").
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 4); j += 1) {
      const value = tokens[j]?.fold ?? "";
      if (!YEAR.test(value) && !DAY.test(value)) continue;
      if (PERIOD_WORD.test(tokens[j - 1]?.fold ?? "")) break;
      if (state.used.has(j)) break;
      const between = tokens.slice(i + 1, j).map((t) => t.fold);
      const op: DateCondition["op"] = DAY.test(value) ? "on" : between.some((w) => BEFORE.has(w)) ? "before" : "in";
      state.dates.push({ field, op, value });
      take(state, i, j + 1);
      break;
    }
  }
  dayWithoutVerb(state);
};

/** A bare day ("2020-06-30") is an end date unless a start word stands before it. */
function dayWithoutVerb(state: ParseState): void {
  state.tokens.forEach((token, i) => {
    if (!DAY.test(token.fold) || state.used.has(i)) return;
    state.dates.push({ field: "end", op: "on", value: token.fold });
    take(state, i, i + 1);
  });
}
