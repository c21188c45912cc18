import Fuse from "fuse.js";
import { editDistance } from "../text/edit-distance.ts";
import { foldKey, wordsOf } from "../text/normalise.ts";
import { organisationAliases, type OrganisationAlias } from "./organisation-aliases.ts";

export interface OrganisationMatch {
  organisation: string;
  /** Indices of the question words that named it. */
  wordIndices: number[];
  /** True when a typo was forgiven ("Normalm"). */
  fuzzy: boolean;
}

export interface OrganisationResolver {
  /** Organisations named in the folded words; words in `skip` (keywords, periods) are never read as names. */
  find(words: readonly string[], skip?: ReadonlySet<number>): OrganisationMatch[];
  readonly organisations: readonly string[];
}

const NEAREST_CACHE_LIMIT = 10_000;

/**
 * Finds organisation names and aliases in a question: exact alias phrases first (longest first), then
 * single words of 5+ letters that are one typo (two for 9+ letters) from a one-word alias, found with Fuse
 * over the aliases and confirmed by edit distance.
 */
export function createOrganisationResolver(organisations: readonly string[]): OrganisationResolver {
  const aliases = organisationAliases(organisations).sort((a, b) => wordsOf(b.alias).length - wordsOf(a.alias).length);
  const single = aliases.filter((a) => !a.alias.includes(" "));
  const fuse = new Fuse(single, { keys: ["alias"], includeScore: true, threshold: 0.4, ignoreLocation: true });
  // A word's nearest alias depends only on the word: each word is searched once (bounded; cleared when full).
  const nearestByWord = new Map<string, OrganisationAlias | undefined>();
  const nearest = (word: string): OrganisationAlias | undefined => {
    if (nearestByWord.has(word)) return nearestByWord.get(word);
    const max = word.length >= 9 ? 2 : 1;
    const best = fuse
      .search(word, { limit: 5 })
      .map((hit) => ({ alias: hit.item, distance: editDistance(word, hit.item.alias, max) }))
      .filter((hit) => hit.distance <= max && hit.alias.alias.length >= 5)
      .sort((a, b) => a.distance - b.distance)[0]?.alias;
    if (nearestByWord.size >= NEAREST_CACHE_LIMIT) nearestByWord.clear();
    nearestByWord.set(word, best);
    return best;
  };
  return {
    organisations,
    find(words, skip = new Set()) {
      const used = new Set<number>(skip);
      const found: OrganisationMatch[] = [];
      const push = (alias: OrganisationAlias, indices: number[], fuzzy: boolean) => {
        indices.forEach((i) => used.add(i));
        const existing = found.find((m) => m.organisation === alias.organisation);
        if (existing) existing.wordIndices.push(...indices);
        else found.push({ organisation: alias.organisation, wordIndices: indices, fuzzy });
      };
      for (const alias of aliases) {
        const parts = wordsOf(alias.alias);
        for (let i = 0; i + parts.length <= words.length; i += 1) {
          const indices = parts.map((_, k) => i + k);
          if (indices.some((k) => used.has(k))) continue;
          if (parts.every((part, k) => words[i + k] === part)) push(alias, indices, false);
        }
      }
      words.forEach((word, i) => {
        if (used.has(i) || word.length < 5 || /\d/.test(word)) return;
        const best = nearest(word);
        if (best !== undefined) push(best, [i], true);
      });
      return found;
    },
  };
}

/** The organisations `text` names ("Norrmalm" → ["Norrmalms stadsdelsnämnd"]), for the Slack bot and digests. */
export function resolveOrganisation(organisations: readonly string[], text: string): string[] {
  return createOrganisationResolver(organisations)
    .find(wordsOf(foldKey(text)))
    .map((match) => match.organisation);
}
