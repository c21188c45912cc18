import { knownDistrict } from "../../catalogue/stockholm-committees.ts";
import { type Recogniser, take } from "../parse-state.ts";

/**
 * A Stockholm committee the question names that has no loaded report ("sjukfrånvaro Bromma"): taken,
 * so the answer can say it is not loaded instead of answering for every committee.
 */
export const recogniseUnloadedCommittees: Recogniser = (state) => {
  state.tokens.forEach((token, i) => {
    if (state.used.has(i)) return;
    const committee = knownDistrict(token.text);
    if (committee === null || state.organisations.includes(committee)) return;
    state.unloaded.push(committee);
    take(state, i, i + 1);
  });
};
