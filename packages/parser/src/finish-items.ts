import { deriveStatus } from "@tertial/domain";
import type { Activity, Indicator, ReportKind } from "@tertial/domain";
import { mapConfusables } from "./markup.ts";
import type { ActivityDraft, IndicatorDraft } from "./scan-context.ts";

/** Adds direction, status and the reason behind it (report-format §3.5) to each scanned indicator. */
export function finishIndicators(drafts: readonly IndicatorDraft[], reportKind: ReportKind): Indicator[] {
  return drafts.map((draft) => {
    const indicator = { ...draft, name: mapConfusables(draft.name), analysis: mapNullable(draft.analysis) };
    const { status, reason, direction } = deriveStatus({
      name: indicator.name,
      analysis: indicator.analysis,
      outcome: indicator.outcome,
      forecast: indicator.forecast,
      annualTarget: indicator.annualTarget,
      period: indicator.period,
      reportKind,
      glyph: indicator.glyph,
    });
    return { ...indicator, direction, status, statusReason: reason };
  });
}

export function finishActivities(drafts: readonly ActivityDraft[]): Activity[] {
  return drafts.map((draft) => ({ ...draft, title: mapConfusables(draft.title), analysis: mapNullable(draft.analysis) }));
}

function mapNullable(text: string | null): string | null {
  return text === null ? null : mapConfusables(text);
}
