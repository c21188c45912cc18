import { type Recogniser, take } from "../parse-state.ts";

/** Committees by name, alias or district ("socialnämnden", "Norrmalm", "Norrmalms SDN"), one typo forgiven. */
export const recogniseOrganisations: Recogniser = (state) => {
  const words = state.tokens.map((token) => token.fold);
  // Short free words are skipped too: "en", "av" are no committee.
  const skip = new Set([...state.used, ...words.flatMap((word, i) => (word.length < 3 ? [i] : []))]);
  for (const match of state.organisationsKnown.find(words, skip)) {
    if (!state.organisations.includes(match.organisation)) state.organisations.push(match.organisation);
    state.fuzzyOrganisation ||= match.fuzzy;
    for (const i of match.wordIndices) take(state, i, i + 1);
  }
};
