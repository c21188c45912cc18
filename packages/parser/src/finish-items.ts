import { deriveStatus } from "@tertial/domain";
import type { Activity, Indicator, ReportKind } from "@tertial/domain";
import { mapConfusables, type TextMapper } from "./text/markup.ts";
import type { ActivityDraft, IndicatorDraft } from "./formats/scan-context.ts";

/** Adds direction, status and the rule behind it (docs/report-format.md §6) to each scanned indicator. */
export function finishIndicators(
  drafts: readonly IndicatorDraft[],
  reportKind: ReportKind,
  mapText: TextMapper = mapConfusables,
): Indicator[] {
  return drafts.map((draft) => {
    const name = mapText(draft.name);
    const analysis = mapNullable(draft.analysis, mapText);
    const { status, rule, direction } = deriveStatus({
      name,
      analysis,
      outcome: draft.outcome,
      forecast: draft.forecast,
      annualTarget: draft.annualTarget,
      period: draft.period,
      reportKind,
      glyph: draft.glyph,
      alignment: draft.alignment,
    });
    // One copy of the draft (a copy of a copy is several times slower in V8).
    return { ...draft, name, analysis, direction, status, statusRule: rule };
  });
}

export function finishActivities(drafts: readonly ActivityDraft[], mapText: TextMapper = mapConfusables): Activity[] {
  return drafts.map((draft) => ({
    ...draft,
    title: mapText(draft.title),
    analysis: mapNullable(draft.analysis, mapText),
  }));
}

function mapNullable(text: string | null, mapText: TextMapper): string | null {
  return text === null ? null : mapText(text);
}
