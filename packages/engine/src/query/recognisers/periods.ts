import { findPeriods } from "../../query/periods.ts";
import { type Recogniser, take } from "../parse-state.ts";

/** Periods: "T1 2020", "tertialrapport 2 2021", "VB 2019", "2017", "T2". */
export const recognisePeriods: Recogniser = (state) => {
  const words = state.tokens.map((token, i) => (state.used.has(i) ? "" : token.fold));
  for (const mention of findPeriods(words)) {
    state.periods.push({ kind: mention.kind, year: mention.year });
    for (const i of mention.wordIndices) take(state, i, i + 1);
  }
};
