import { foldText } from "@tertial/store";
import { LEXICON, SOFT_SIGNALS, type Signal, TOPICAL_SIGNALS } from "../lexicon.ts";
import { isFree, type Recogniser, take } from "../parse-state.ts";
import { matchAll } from "../tokens.ts";

/** Every lexicon term with its signal, longest phrase first (so "inte i fas" is read before "i fas"). */
const TERMS: readonly { term: string; words: number; signal: Signal }[] = LEXICON.flatMap(([terms, signal]) =>
  terms.map((term) => ({ term: foldText(term), words: term.split(" ").length, signal })),
).sort((a, b) => b.words - a.words);

/** The lexicon's words: statuses, kinds, levels, shapes, fields, why and theme words. */
export const recogniseLexiconTerms: Recogniser = (state) => {
  for (const { term, signal } of TERMS) {
    for (const hit of matchAll(state.tokens, term)) {
      if (!isFree(state, hit.start, hit.end)) continue;
      state.findings.push({ signal, at: hit.start });
      if (SOFT_SIGNALS.has(signal.type)) continue;
      take(state, hit.start, hit.end);
      if (TOPICAL_SIGNALS.has(signal.type)) for (let i = hit.start; i < hit.end; i += 1) state.topical.add(i);
    }
  }
};
