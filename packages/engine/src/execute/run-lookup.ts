import {
  type BudgetLineRecord,
  findGoals,
  type findIndicators,
  type ReportSummary,
  reportsWithName,
} from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import type { Draft } from "../answers/context.ts";
import { budgetRowItem, goalItem, indicatorItem, passageItem } from "../answers/items.ts";
import { answerGoal } from "../answers/lookups.ts";
import { t } from "../answers/labels.ts";
import { askContext } from "./ask-context.ts";
import { findPassages } from "./find-passages.ts";
import { type NameHit, nameAnswers, rankByWords } from "./match-names.ts";
import { quotePassage } from "./quote.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import { describeScope } from "../scope.ts";
import { nameWords, stemIn, subjectStems } from "../text/subject-words.ts";
import { runPassages } from "./run-passages.ts";
import { notUnderstood } from "./not-understood.ts";
import { describeReports } from "../answers/context.ts";

/** A name must hold this share of the subject to answer for it; below, the prose answers. */
const NAME_MATCH = 0.5;
/** Below this the answer adds the prose that mentions the subject. */
const SURE_MATCH = 0.8;

type Candidate =
  | { kind: "indicator"; hit: NameHit<Awaited<ReturnType<typeof findIndicators>>[number]> }
  | { kind: "goal"; hit: NameHit<Awaited<ReturnType<typeof findGoals>>[number]> }
  | { kind: "budget"; hit: NameHit<BudgetLineRecord[]> };

/**
 * One thing the question names (an indicator, a goal, a budget row), in each report of the scope:
 * the names holding most of the subject win, the kind the question names breaks a tie. A goal code
 * answers with the goal and what hangs under it. When no name holds enough of the subject, or the
 * question is a why, the reports' prose answers (after the named thing, if any).
 */
export function runLookup(ctx: RunContext, preferred: "indicator" | "goal", why = false): Draft {
  const { filters } = ctx.query;
  if (why && filters.goalCode === null && ctx.stems.length === 0) {
    return notUnderstood(
      ctx,
      t(
        ctx.language,
        'Varför vad? Nämn en indikator eller ett mål, till exempel "varför är sjukfrånvaron hög?" eller "varför uppfylls mål 1.2 bara delvis?".',
        'Why what? Name an indicator or a goal, for example "why is sick leave high?" or "why is goal 1.2 only partly met?".',
      ),
    );
  }
  if (filters.goalCode !== null && why) return explainGoal(ctx, filters.goalCode);
  if (filters.goalCode !== null) return answerGoal(askContext(ctx), filters.goalCode, null);
  const latest = scoped(ctx, "latest-each");
  let { reports, scope, notes } = latest;
  let candidates = rankCandidates(
    ctx,
    reports.map((r) => r.id),
    preferred,
  );
  // Without a named period the latest reports answer, unless an earlier report has a much better name
  // ("antal hemlösa" is an indicator of 2017 only): then that report does, and the answer says so.
  if (ctx.query.filters.periods.length === 0 && (candidates[0]?.hit.score ?? 0) < SURE_MATCH) {
    const earlier = scoped(ctx, "all");
    const reportId = earlierReportWithName(ctx, earlier.reports, candidates[0]?.hit.score ?? 0);
    if (reportId !== null) {
      reports = earlier.reports.filter((r) => r.id === reportId);
      candidates = rankCandidates(ctx, [reportId], preferred);
      scope = describeScope(reports, ctx.query.filters.organisations, true);
      notes = [
        t(
          ctx.language,
          "Svaret kommer från den senaste inlästa rapporten som har det.",
          "The answer comes from the latest loaded report that has it.",
        ),
      ];
    }
  }
  const reportIds = reports.map((r) => r.id);
  const best = candidates[0];
  if (best === undefined || !accepted(best, candidates)) return runPassages(ctx, why ? "why" : "theme");
  const top = candidates.filter(
    (c) =>
      c.kind === best.kind &&
      c.hit.score + bonus(c, ctx, preferred) >= best.hit.score + bonus(best, ctx, preferred) - 0.001,
  );
  if (best.kind === "goal" && !why) {
    const goal = best.hit.item;
    return answerGoal(askContext(ctx), goal.code, goal.code === null ? goal.title : null);
  }
  const items: AnswerItem[] = top.slice(0, 6).flatMap((c): AnswerItem[] => {
    switch (c.kind) {
      case "indicator":
        return [indicatorItem(c.hit.item, reportOf(ctx, c.hit.item.reportId), ctx.language, true)];
      case "goal":
        return [goalItem(c.hit.item, reportOf(ctx, c.hit.item.reportId), ctx.language)];
      case "budget": {
        const first = c.hit.item[0];
        const item =
          first === undefined ? null : budgetRowItem(c.hit.item, reportOf(ctx, first.reportId), ctx.language);
        return item === null ? [] : [item];
      }
    }
  });
  if (why) {
    const passages = runPassages(ctx, "why", "latest-each", items);
    return { ...passages, intent: "explain", subject: items[0]?.name ?? passages.subject };
  }
  if (best.hit.score < SURE_MATCH) {
    const hits = findPassages(ctx, reportIds, 2);
    items.push(
      ...hits.map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems))),
    );
  }
  const intent = best.kind === "indicator" ? "indicator-lookup" : best.kind === "goal" ? "goal-lookup" : "budget";
  const others = candidates
    .filter((c) => c.kind === best.kind && !top.includes(c) && c.hit.score >= best.hit.score - 0.1)
    .slice(0, 3);
  if (others.length > 0) {
    notes.push(
      t(
        ctx.language,
        `Liknande: ${others.map((c) => name(c)).join("; ")}.`,
        `Similar: ${others.map((c) => name(c)).join("; ")}.`,
      ),
    );
  }
  const where = describeReports(
    ctx.language,
    reports.filter((r) => items.some((item) => item.report.file === r.sourceFile)),
  );
  if (items.some((item) => (item.values[t(ctx.language, "analys", "analysis")] ?? "").endsWith("…")))
    notes.push(shortenedNote(ctx));
  return draft(intent, scope, { lead: [`${name(best)} — ${where}:`], items, notes, subject: name(best) });
}

function shortenedNote(ctx: RunContext): string {
  return t(
    ctx.language,
    "Långa analyser är förkortade (…); hela texten finns på källraden.",
    "Long analyses are shortened (…); the whole text is on the source line.",
  );
}

/** Every word of the name (of three letters or more) is one of the subject's. */
function heldWhole(text: string, stems: readonly string[]): boolean {
  const words = nameWords(text).filter((word) => word.length >= 3);
  return words.length > 0 && words.every((word) => stems.some((s) => stemIn(s, [word])));
}

/** "Varför uppfylls mål 1.2 bara delvis?": the goal with its own analysis, then the prose on its title. */
function explainGoal(ctx: RunContext, code: string): Draft {
  const { reports, scope, notes } = scoped(ctx, "latest-each");
  const all = findGoals(ctx.db, { reportIds: reports.map((r) => r.id), codes: [code] });
  // "Varför uppfylls mål 1.2 bara delvis?": the goals with that assessment, when some have it.
  const assessed = all.filter((goal) => ctx.query.filters.assessments.includes(goal.assessment));
  const goals = assessed.length > 0 ? assessed : all;
  if (goals.length === 0) {
    return draft("explain", scope, {
      lead: [t(ctx.language, `Målet ${code} finns inte i rapporterna.`, `Goal ${code} is not in the reports.`)],
      notes,
    });
  }
  const items: AnswerItem[] = goals.map((goal) => goalItem(goal, reportOf(ctx, goal.reportId), ctx.language, true));
  const titled = {
    ...ctx,
    searchStems: subjectStems(goals[0]?.title.split(" ") ?? []),
    stems: subjectStems(goals[0]?.title.split(" ") ?? []),
  };
  const hits = findPassages(titled, [...new Set(goals.map((goal) => goal.reportId))], 2);
  items.push(
    ...hits.map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, titled.searchStems))),
  );
  if (items.some((item) => (item.values[t(ctx.language, "analys", "analysis")] ?? "").endsWith("…")))
    notes.push(shortenedNote(ctx));
  return draft("explain", scope, {
    lead: [t(ctx.language, `Rapportens egen analys av mål ${code}:`, `The report's own analysis of goal ${code}:`)],
    items,
    notes,
    subject: code,
  });
}

/**
 * A name answers for the subject when it holds half of it, or when it holds at least two of its words
 * and a quarter of it and clearly leads: a third more than the best name of another text.
 */
function accepted(best: Candidate, candidates: readonly Candidate[]): boolean {
  if (best.hit.score >= NAME_MATCH) return true;
  if (best.hit.known >= 0.67 && best.hit.score >= 0.3 && best.hit.matched >= 2) return true;
  const runnerUp = candidates.find((c) => name(c) !== name(best))?.hit.score ?? 0;
  return best.hit.matched >= 2 && best.hit.score >= 0.25 && best.hit.score >= runnerUp * 1.3;
}

/**
 * The latest report (of those given) holding a name clearly better than the latest reports' best: the
 * catalogue's distinct names are ranked (hundreds, not one row per report), and only the best name's
 * rows are read. Null when no name is clearly better.
 */
function earlierReportWithName(ctx: RunContext, reports: readonly ReportSummary[], latestBest: number): number | null {
  const { catalogue } = ctx.data;
  const names = [
    ...catalogue.indicatorNames.map((name) => ({ kind: "indicator" as const, name })),
    ...catalogue.goalTitles.map((goal) => ({ kind: "goal" as const, name: goal.title })),
    ...catalogue.budgetRows.map((name) => ({ kind: "budget" as const, name })),
  ];
  const best = rankByWords(names, (entry) => entry.name, ctx.stems)[0];
  if (best === undefined || best.score < latestBest + 0.1 || !nameAnswers(best)) return null;
  const { kind, name } = best.item;
  const key = `${kind}\u0000${name}`;
  let holding = ctx.data.namedReports.get(key);
  if (holding === undefined) {
    holding = new Set(reportsWithName(ctx.db, kind, name));
    ctx.data.namedReports.set(key, holding);
  }
  // Reports are oldest first: the last one holding the name is the latest.
  const latest = [...reports].reverse().find((r) => holding.has(r.id));
  return latest?.id ?? null;
}

/** The indicators, goals and budget rows of the reports, best match first across kinds. */
function rankCandidates(ctx: RunContext, reportIds: readonly number[], preferred: "indicator" | "goal"): Candidate[] {
  const candidates: Candidate[] = [
    ...rankByWords(ctx.data.rows.indicators.of(reportIds), (row) => row.name, ctx.stems).map((hit) => ({
      kind: "indicator" as const,
      hit,
    })),
    ...rankByWords(ctx.data.rows.goals.of(reportIds), (row) => row.title, ctx.stems).map((hit) => ({
      kind: "goal" as const,
      hit,
    })),
    ...rankByWords(ctx.data.rows.budgetRows.of(reportIds), (cells) => cells[0]?.rowLabel ?? "", ctx.stems).map(
      (hit) => ({ kind: "budget" as const, hit }),
    ),
  ];
  return candidates.sort((a, b) => b.hit.score + bonus(b, ctx, preferred) - (a.hit.score + bonus(a, ctx, preferred)));
}

/**
 * The kind the question names breaks ties; a name the subject holds whole ("Ekonomiskt bistånd") beats a
 * longer name that holds the subject ("Andel barn … som har ekonomiskt bistånd").
 */
function bonus(c: Candidate, ctx: RunContext, preferred: "indicator" | "goal"): number {
  return (c.kind === preferred ? 0.05 : c.kind === "budget" ? 0.02 : 0) + (heldWhole(name(c), ctx.stems) ? 0.1 : 0);
}

function name(c: Candidate): string {
  return c.kind === "budget"
    ? (c.hit.item[0]?.rowLabel ?? "")
    : c.kind === "indicator"
      ? c.hit.item.name
      : c.hit.item.title;
}
