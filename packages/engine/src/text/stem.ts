import { foldText } from "@tertial/store";

/** Swedish inflection endings, longest first: definite, plural and genitive forms and a few derivations. */
const ENDINGS = [
  "arnas",
  "ernas",
  "ornas",
  "heten",
  "heter",
  "arna",
  "erna",
  "orna",
  "ande",
  "ende",
  "aren",
  "ens",
  "ets",
  "het",
  "are",
  "ade",
  "na",
  "en",
  "et",
  "er",
  "ar",
  "or",
  "es",
  "s",
  "a",
  "e",
  "n",
  "t",
];

/**
 * A folded word without its Swedish ending, at least four letters long ("sjukfrånvaron" →
 * "sjukfranvaro", "hemlösheten" → "hemlos", "aktiviteterna" → "aktivitet"). English words lose a
 * plural "s". Light on purpose: a stem is matched as a prefix, so under-stemming costs little.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** Words recur in every name of every report: each is stemmed once (bounded; cleared when full). */
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function stemUncached(word: string): string {
  const folded = foldText(word);
  if (!/^\p{L}/u.test(folded)) return folded;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 4) return folded.slice(0, -ending.length);
  }
  return folded;
}
