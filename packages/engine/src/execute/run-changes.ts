import { formatSource } from "@tertial/domain";
import { buildOrganisationDigest } from "../digest/build-digest.ts";
import { type DigestPair, digestPairs, readDigestPairs } from "../digest/digest-input.ts";
import type { OrganisationDigest, StatusChange } from "../digest/digest-types.ts";
import type { Draft } from "../answers/context.ts";
import { ASSESSMENT_TEXT, STATUS_TEXT, t } from "../answers/labels.ts";
import type { AnswerItem } from "../answer.ts";
import { indicatorItem } from "../answers/items.ts";
import { draft, reportOf, type RunContext } from "./run-context.ts";
import { describeScope } from "../scope.ts";

/**
 * What changed since the previous report, per organisation (the digest's comparison): indicators that
 * went off track, new risks, recoveries, goals whose assessment changed, and the budget's movement.
 */
export function runChanges(ctx: RunContext): Draft {
  const lead: string[] = [];
  const items: AnswerItem[] = [];
  const covered = [];
  for (const digest of pairDigests(
    ctx,
    digestPairs(ctx.data.reports, { organisations: ctx.query.filters.organisations }),
  )) {
    const current = reportOf(ctx, digest.report.id);
    covered.push(current);
    if (digest.previous === null || digest.changes === null) {
      lead.push(
        t(
          ctx.language,
          `${digest.report.organisation} ${digest.report.period}: ingen tidigare rapport att jämföra med.`,
          `${digest.report.organisation} ${digest.report.period}: no earlier report to compare with.`,
        ),
      );
      continue;
    }
    const c = digest.changes;
    const from = `${digest.previous.period} → ${digest.report.period}`;
    lead.push(
      t(
        ctx.language,
        `${digest.report.organisation} ${from}: ${c.becameOffTrack.length} blev ej i fas, ${c.newRisks.length} ny risk, ${c.recovered.length} återhämtade, ${c.assessmentChanges.length} mål med ändrad bedömning, ${c.newDeviations.length} nya avvikelser bland aktiviteterna.`,
        `${digest.report.organisation} ${from}: ${c.becameOffTrack.length} went off track, ${c.newRisks.length} new risks, ${c.recovered.length} recovered, ${c.assessmentChanges.length} goals assessed differently, ${c.newDeviations.length} new activity deviations.`,
      ),
    );
    for (const change of c.assessmentChanges) {
      lead.push(
        `  ${change.code ?? ""} ${change.title}: ${ASSESSMENT_TEXT[ctx.language][change.from]} → ${ASSESSMENT_TEXT[ctx.language][change.to]} (${formatSource(change.source)})`,
      );
    }
    const changed: StatusChange[] = [...c.becameOffTrack, ...c.newRisks, ...c.recovered];
    const rows = ctx.data.rows.indicators.of([current.id]);
    for (const change of changed) {
      const row =
        rows.find((r) => r.name === change.name && r.source.line === change.source.line) ??
        rows.find((r) => r.name === change.name);
      if (row === undefined) continue;
      const item = indicatorItem(row, current, ctx.language);
      items.push({
        ...item,
        values: {
          ...item.values,
          [t(ctx.language, "förut", "before")]:
            `${STATUS_TEXT[ctx.language][change.from]} (${change.previousSource.file}:${change.previousSource.line})`,
        },
      });
    }
  }
  if (lead.length === 0)
    lead.push(t(ctx.language, "Det finns ingen inläst rapport att jämföra.", "There is no loaded report to compare."));
  return draft("changes", describeScope(covered, ctx.query.filters.organisations, true), { lead, items });
}

/** The pairs' digests in pair order: those built before (since the last refresh) reused, the rest read in one go. */
function pairDigests(ctx: RunContext, pairs: readonly DigestPair[]): OrganisationDigest[] {
  const { digests } = ctx.data;
  const key = (pair: DigestPair) => `${pair.current.id}:${pair.previous?.id ?? ""}`;
  const missing = pairs.filter((pair) => !digests.has(key(pair)));
  const { rows } = ctx.data;
  const engineRows = {
    indicators: (ids: readonly number[]) => rows.indicators.of(ids),
    goals: (ids: readonly number[]) => rows.goals.of(ids),
    activities: (ids: readonly number[]) => rows.activities.of(ids),
    budgetLines: (ids: readonly number[]) => rows.budgetLines.of(ids),
  };
  for (const input of readDigestPairs(ctx.db, missing, engineRows)) {
    digests.set(`${input.current.report.id}:${input.previous?.report.id ?? ""}`, buildOrganisationDigest(input));
  }
  return pairs.flatMap((pair) => digests.get(key(pair)) ?? []);
}
