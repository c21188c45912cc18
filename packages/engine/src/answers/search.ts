import { findActivities, findGoals, findIndicators, searchText, type TextHit } from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import { resolveScope } from "../scope.ts";
import { type AskContext, type Draft, describeReports, noReportsDraft, report } from "./context.ts";
import { activityItem, goalItem, indicatorItem } from "./items.ts";
import { count, t } from "./labels.ts";
import { translateSubject } from "../catalogue/subject-synonyms.ts";
import { foldKey, lowerKey, wordsOf } from "../text/normalise.ts";

/** Hits read from the full-text index before grouping; the answer lists at most MAX_ITEMS of them. */
const HITS = 60;
/** Words of this many letters or more match as prefixes; shorter ones only whole ("våld" is not "valda"). */
const PREFIX_FROM = 6;
const MAX_ITEMS = 30;

/** Verbs around a theme ("minska hedersrelaterat våld"): every text uses them, so they only dilute the search. */
const THEME_VERBS = new Set([
  "minska",
  "oka",
  "forbattra",
  "motverka",
  "forebygga",
  "stoppa",
  "bekampa",
  "stodja",
  "starka",
  "reduce",
  "increase",
  "improve",
  "prevent",
  "fight",
  "about",
  "against",
]);

/** Definite endings a question adds ("sjukfrånvaron", "hemlösheten"); the stem is searched as a prefix. */
const DEFINITE = ["erna", "arna", "orna", "en", "et", "na", "n"];

/**
 * The words to search for: English or colloquial words in the reports' Swedish, theme verbs left out,
 * long words without a definite ending; `query` keeps å ä ö (the search's first tier matches them as
 * printed), `terms` are folded for matching names, `shown` is what the answer says it searched for.
 */
function searchTerms(words: string): { query: string; terms: string[]; shown: string } {
  const translated = translateSubject(words);
  const typed = translated === words ? wordsOf(lowerKey(words)) : wordsOf(lowerKey(translated));
  const themed = typed.filter((word) => !THEME_VERBS.has(foldKey(word)));
  const kept = themed.length > 0 ? themed : typed;
  const stems = kept.map((word) => {
    const ending = DEFINITE.find((e) => word.endsWith(e) && word.length - e.length >= PREFIX_FROM);
    return ending === undefined ? word : word.slice(0, -ending.length);
  });
  return { query: stems.join(" "), terms: stems.map(foldKey), shown: kept.join(" ") };
}

/**
 * What the reports say about a theme ("vad gör nämnden mot hedersrelaterat våld?"): the goals,
 * indicators and activities whose names or texts (analysis, description) hold the words, best match
 * first, in each organisation's latest report unless a period is named.
 */
export function answerSearch(ctx: AskContext, words: string): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest-per-organisation");
  if (reports.length === 0) return { ...noReportsDraft(ctx, "search", scope), subject: words };
  const reportIds = reports.map((r) => r.id);
  const { query, terms, shown } = searchTerms(words);
  const found = searchText(ctx.db, query, HITS, { reportIds, prefixFrom: PREFIX_FROM }).filter(
    (hit) => hit.kind !== "budget",
  );
  // Entries holding every word, when there are any; else those holding some ("våld" alone is not "hedersrelaterat våld").
  const hits = found.some((hit) => hit.allWords) ? found.filter((hit) => hit.allWords) : found;
  const names = (kind: TextHit["kind"]) => [...new Set(hits.filter((hit) => hit.kind === kind).map((hit) => hit.name))];
  const byHit = new Map<string, AnswerItem[]>();
  const add = (kind: TextHit["kind"], reportId: number, name: string, item: AnswerItem) => {
    const key = `${kind}\u0000${reportId}\u0000${name}`;
    byHit.set(key, [...(byHit.get(key) ?? []), item]);
  };
  const activityNames = names("activity");
  if (activityNames.length > 0) {
    for (const row of findActivities(ctx.db, { reportIds, titles: activityNames }))
      add("activity", row.reportId, row.title, activityItem(row, report(ctx, row.reportId), ctx.language));
  }
  const indicatorNames = names("indicator");
  if (indicatorNames.length > 0) {
    for (const row of findIndicators(ctx.db, { reportIds, names: indicatorNames }))
      add("indicator", row.reportId, row.name, indicatorItem(row, report(ctx, row.reportId), ctx.language));
  }
  const goalTitles = names("goal");
  if (goalTitles.length > 0) {
    for (const row of findGoals(ctx.db, { reportIds, titles: goalTitles }))
      add("goal", row.reportId, row.title, goalItem(row, report(ctx, row.reportId), ctx.language));
  }
  // A name can be indexed more than once in a report (an indicator under two goals); its rows are listed once.
  const keys = [...new Set(hits.map((hit) => `${hit.kind}\u0000${hit.reportId}\u0000${hit.name}`))];
  const ranked = keys.flatMap((key) => byHit.get(key) ?? []);
  // Named for the theme first (an activity called "… hedersrelaterat våld …"), then those whose texts mention it.
  const named = (item: AnswerItem) => terms.every((term) => foldKey(item.name).includes(term));
  const listed = [...ranked.filter(named), ...ranked.filter((item) => !named(item))];
  const items = listed.slice(0, MAX_ITEMS);
  const where = describeReports(ctx.language, reports);
  // The index is read up to HITS entries: at the cap there may be more.
  const n = `${found.length >= HITS ? t(ctx.language, "minst ", "at least ") : ""}${count(ctx.language, listed.length, ["träff", "träffar"], ["match", "matches"])}`;
  const lead = [
    listed.length === 0
      ? t(
          ctx.language,
          `Inget mål, ingen indikator eller aktivitet i ${where} nämner "${shown}".`,
          `No goal, indicator or activity in ${where} mentions "${shown}".`,
        )
      : t(
          ctx.language,
          `${n} för "${shown}" i ${where}: först de som heter så, sedan de vars text (analys, beskrivning) nämner orden, bäst först:`,
          `${n} for "${shown}" in ${where}: first those named so, then those whose text (analysis, description) mentions the words, best first:`,
        ),
  ];
  const notes =
    listed.length > MAX_ITEMS
      ? [
          t(
            ctx.language,
            `Visar de ${MAX_ITEMS} bästa av ${listed.length}.`,
            `Showing the best ${MAX_ITEMS} of ${listed.length}.`,
          ),
        ]
      : [];
  return { intent: "search", scope, lead, items, notes, suggestions: [], subject: words };
}
