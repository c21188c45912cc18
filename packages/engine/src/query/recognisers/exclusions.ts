import { type Recogniser, take } from "../parse-state.ts";
import { matchAll } from "../tokens.ts";

const CONTRASTS = ["rather than", "snarare an", "instead of", "istallet for", "and not", "men inte"];

/**
 * "uncertain rather than clearly missed": what follows a contrast is what is *not* asked, so its
 * next three words are taken before the status words can read them.
 */
export const recogniseExclusions: Recogniser = (state) => {
  for (const term of CONTRASTS) {
    for (const hit of matchAll(state.tokens, term)) take(state, hit.start, Math.min(state.tokens.length, hit.end + 3));
  }
};
