import { findActivities, findGoals, findIndicators } from "@tertial/store";
import { resolveScope } from "../scope.ts";
import { type AskContext, type Draft, defaultNote, describeReports, noReportsDraft, report } from "./context.ts";
import { activityItem, goalItem, indicatorItem } from "./items.ts";
import { count, t } from "./labels.ts";
import type { OffTrackFocus } from "../grammar/decide-intent.ts";

const IND: [string, string] = ["indikator", "indikatorer"];
const IND_EN: [string, string] = ["indicator", "indicators"];

/**
 * Off-track indicators in the scope ("this tertial" = the latest loaded period): status off-track or
 * missed first, then the at-risk ones after them, counted separately in the lead. Asked about risk
 * ("vilka indikatorer riskerar …"), the at-risk ones lead and the off-track ones follow.
 */
export function answerOffTrack(ctx: AskContext, focus: OffTrackFocus): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  if (reports.length === 0) return noReportsDraft(ctx, "off-track", scope);
  const reportIds = reports.map((r) => r.id);
  const off = findIndicators(ctx.db, { reportIds, statuses: ["off-track", "missed"] });
  const risk = findIndicators(ctx.db, { reportIds, statuses: ["at-risk"] });
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope)}`;
  const offCount = count(ctx.language, off.length, IND, IND_EN);
  const riskCount = count(ctx.language, risk.length, IND, IND_EN);
  const offLead =
    off.length === 0
      ? t(
          ctx.language,
          `Inga indikatorer är ej i fas eller ej uppnådda i ${where}.`,
          `No indicators are off track or missed in ${where}.`,
        )
      : t(
          ctx.language,
          `${offCount} är ej i fas eller ej ${off.length === 1 ? "uppnådd" : "uppnådda"} i ${where}:`,
          `${offCount} off track or missed in ${where}:`,
        );
  const riskNote = t(
    ctx.language,
    `Dessutom ${riskCount} med risk (delvis eller osäkert), listade sist.`,
    `Also ${riskCount} at risk (partly or uncertain), listed last.`,
  );
  const riskLead =
    risk.length === 0
      ? t(
          ctx.language,
          `Inga indikatorer har risk (delvis eller osäkert) i ${where}.`,
          `No indicators are at risk (partly or uncertain) in ${where}.`,
        )
      : t(
          ctx.language,
          `${riskCount} med risk (delvis eller osäkert) i ${where}:`,
          `${riskCount} at risk (partly or uncertain) in ${where}:`,
        );
  const offNote = t(
    ctx.language,
    `Dessutom ${offCount} ej i fas eller ej ${off.length === 1 ? "uppnådd" : "uppnådda"}, listade sist.`,
    `Also ${offCount} off track or missed, listed last.`,
  );
  const [lead, note, rows] =
    focus === "at-risk" && risk.length > 0
      ? [riskLead, off.length === 0 ? null : offNote, [...risk, ...off]]
      : [offLead, risk.length === 0 ? null : riskNote, [...off, ...risk]];
  const items = rows.map((row) => indicatorItem(row, report(ctx, row.reportId), ctx.language));
  return {
    intent: "off-track",
    scope,
    lead: [lead],
    items,
    notes: note === null ? [] : [note],
    suggestions: [],
    subject: focus === "at-risk" ? "at-risk" : null,
  };
}

/** Goals assessed "uppfylls delvis" or "uppfylls ej" in the scope. */
export function answerPartialGoals(ctx: AskContext): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  if (reports.length === 0) return noReportsDraft(ctx, "partial-goals", scope);
  const rows = findGoals(ctx.db, { reportIds: reports.map((r) => r.id), assessments: ["delvis", "ej"] });
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope)}`;
  const n = count(ctx.language, rows.length, ["mål", "mål"], ["goal", "goals"]);
  const lead = [
    rows.length === 0
      ? t(ctx.language, `Alla bedömda mål uppfylls helt i ${where}.`, `Every assessed goal is fully met in ${where}.`)
      : t(
          ctx.language,
          `${n} uppfylls bara delvis eller inte i ${where}:`,
          `${n} only partially met or not met in ${where}:`,
        ),
  ];
  const items = rows.map((row) => goalItem(row, report(ctx, row.reportId), ctx.language));
  return { intent: "partial-goals", scope, lead, items, notes: [], suggestions: [], subject: null };
}

/** Activities with the Avvikelse column filled or a delay phrase in their analysis. */
export function answerActivityDeviations(ctx: AskContext): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  if (reports.length === 0) return noReportsDraft(ctx, "activity-deviations", scope);
  const rows = findActivities(ctx.db, { reportIds: reports.map((r) => r.id), deviatingOnly: true });
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope)}`;
  const n = count(ctx.language, rows.length, ["aktivitet", "aktiviteter"], ["activity", "activities"]);
  const lead = [
    rows.length === 0
      ? t(
          ctx.language,
          `Inga aktiviteter har avvikelse eller försening i ${where}.`,
          `No activities have a deviation or delay in ${where}.`,
        )
      : t(
          ctx.language,
          `${n} med avvikelse eller försening i ${where}:`,
          `${n} with a deviation or delay in ${where}:`,
        ),
  ];
  const items = rows.map((row) => activityItem(row, report(ctx, row.reportId), ctx.language));
  return { intent: "activity-deviations", scope, lead, items, notes: [], suggestions: [], subject: null };
}
