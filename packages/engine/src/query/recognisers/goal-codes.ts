import { type Recogniser, take } from "../parse-state.ts";

const CODE = /^\d{1,2}(?:\.\d{1,2}){1,3}$/;
/** Words after which a lone digit is a goal's number ("inriktningsmål 4", "mål 2"). */
const GOAL_WORD = /^(inriktningsmal\w*|mal|malet|goal|kf-mal\w*|namndmal\w*)$/;

/** Goal numbers: "1.2.1", "3.2", and a lone digit right after a goal word ("inriktningsmål 4"). */
export const recogniseGoalCodes: Recogniser = (state) => {
  state.tokens.forEach((token, i) => {
    if (state.used.has(i)) return;
    const before = state.tokens[i - 1]?.fold ?? "";
    if (CODE.test(token.fold) || (/^\d$/.test(token.fold) && GOAL_WORD.test(before))) {
      state.goalCodes.push({ code: token.fold, at: i });
      take(state, i, i + 1);
    }
  });
};
