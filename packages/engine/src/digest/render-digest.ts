import { renderStatusRule } from "../render/status-rule-text.ts";
import { ASSESSMENT_LABEL, STATUS_LABEL, formatSignedAmount, formatSource } from "./digest-labels.ts";
import type { Digest, DigestChanges, DigestIndicator, OrganisationDigest, StatusChange } from "./digest-types.ts";
import { formatTable, type TableColumn } from "./text-table.ts";

/** One piece of a rendered digest; `table` lines are monospace (a code block in Slack). */
export interface DigestPart {
  kind: "title" | "organisation" | "section";
  heading: string;
  lines: string[];
  table: boolean;
}

const NAME = { header: "Indikator", maxWidth: 36 } as const;
const GOAL = { header: "Mål", maxWidth: 8 } as const;
const RULE = { header: "Regel", maxWidth: 34 } as const;
const SOURCE = { header: "Källa" } as const;

/** The digest as headed parts, in reading order: the plain-text and the Slack renderers both use these. */
export function digestParts(digest: Digest): DigestPart[] {
  const parts: DigestPart[] = [{ kind: "title", heading: digest.title, lines: [], table: false }];
  if (digest.organisations.length === 0) {
    parts.push({
      kind: "section",
      heading: "Inga rapporter",
      lines: ["Det finns inga inlästa rapporter för urvalet."],
      table: false,
    });
  }
  for (const part of digest.organisations) parts.push(...organisationParts(part));
  return parts;
}

/** The digest as plain text for a terminal. */
export function renderDigestText(digest: Digest): string {
  const out: string[] = [];
  for (const part of digestParts(digest)) {
    if (part.kind === "title") out.push(part.heading, "=".repeat(part.heading.length));
    else if (part.kind === "organisation") out.push("", part.heading, "-".repeat(part.heading.length), ...part.lines);
    else out.push("", part.heading, ...part.lines.map((line) => (part.table ? `  ${line}` : line)));
  }
  return out.join("\n");
}

function organisationParts(part: OrganisationDigest): DigestPart[] {
  const { report, previous } = part;
  const name = report.unit === null ? report.organisation : `${report.organisation}, ${report.unit}`;
  const against =
    previous === null ? "ingen tidigare rapport att jämföra med" : `jämförs med ${previous.period} (${previous.file})`;
  const counts = [
    `${part.offTrack.length} indikatorer ej i fas`,
    `${part.atRisk.length} med risk`,
    `${part.partialGoals.length} mål delvis/ej`,
    `${part.deviatingActivities.length} aktiviteter med avvikelse`,
  ].join(" · ");
  const parts: DigestPart[] = [
    {
      kind: "organisation",
      heading: `${name} – ${report.period}`,
      lines: [`Källa: ${report.file}; ${against}.`, counts],
      table: false,
    },
  ];
  const section = (heading: string, lines: string[]) => parts.push({ kind: "section", heading, lines, table: true });
  if (part.offTrack.length > 0)
    section(`Indikatorer som inte når målet (${part.offTrack.length})`, indicatorTable(part.offTrack));
  if (part.atRisk.length > 0) section(`Indikatorer med risk (${part.atRisk.length})`, indicatorTable(part.atRisk));
  if (part.partialGoals.length > 0) {
    section(
      `Mål som uppfylls delvis eller ej (${part.partialGoals.length})`,
      formatTable(
        [{ header: "Mål", maxWidth: 60 }, { header: "Bedömning" }, SOURCE],
        part.partialGoals.map((goal) => [
          label(goal.code, goal.title),
          ASSESSMENT_LABEL[goal.assessment],
          formatSource(goal.source),
        ]),
      ),
    );
  }
  if (part.deviatingActivities.length > 0) {
    section(
      `Aktiviteter med avvikelse (${part.deviatingActivities.length})`,
      formatTable(
        [{ header: "Aktivitet", maxWidth: 56 }, GOAL, { header: "Avvikelse", maxWidth: 24 }, SOURCE],
        part.deviatingActivities.map((activity) => [
          activity.title,
          activity.goalCode ?? "–",
          activity.deviation,
          formatSource(activity.source),
        ]),
      ),
    );
  }
  if (part.budget !== null) {
    const { budget } = part;
    section(
      `Budget (${budget.unit})`,
      formatTable(
        [
          { header: "Rad", maxWidth: 30 },
          { header: "Budget", align: "right" },
          { header: /^utfall/i.test(budget.forecast.column) ? "Utfall" : "Prognos", align: "right" },
          { header: "Avvikelse", align: "right" },
          SOURCE,
        ],
        [
          [
            budget.row,
            budget.budget.raw,
            budget.forecast.raw,
            budget.deviation.raw,
            formatSource(budget.deviation.source),
          ],
        ],
      ),
    );
  }
  if (part.budgetResult !== null) {
    const result = part.budgetResult;
    // The figure budget answers lead with: the deviation after every adjustment the report prints.
    section(
      `Resultat efter justeringar (${result.unit}, positivt är överskott)`,
      formatTable(
        [
          { header: "Rad", maxWidth: 30 },
          { header: "Kolumn", maxWidth: 30 },
          { header: "Resultat", align: "right" },
          SOURCE,
        ],
        [[result.row, result.final.column, result.final.raw, formatSource(result.final.source)]],
      ),
    );
  }
  if (part.changes !== null && previous !== null) parts.push(...changeParts(part.changes, previous.period));
  return parts;
}

function changeParts(changes: DigestChanges, previousPeriod: string): DigestPart[] {
  const parts: DigestPart[] = [];
  const section = (heading: string, lines: string[]) => parts.push({ kind: "section", heading, lines, table: true });
  if (changes.becameOffTrack.length > 0)
    section(
      `Har blivit ej i fas sedan ${previousPeriod} (${changes.becameOffTrack.length})`,
      changeTable(changes.becameOffTrack),
    );
  if (changes.newRisks.length > 0)
    section(`Ny risk sedan ${previousPeriod} (${changes.newRisks.length})`, changeTable(changes.newRisks));
  if (changes.recovered.length > 0)
    section(`Har återhämtat sig sedan ${previousPeriod} (${changes.recovered.length})`, changeTable(changes.recovered));
  if (changes.assessmentChanges.length > 0) {
    section(
      `Ändrad målbedömning sedan ${previousPeriod} (${changes.assessmentChanges.length})`,
      formatTable(
        [{ header: "Mål", maxWidth: 50 }, { header: "Före → nu", maxWidth: 34 }, SOURCE],
        changes.assessmentChanges.map((change) => [
          label(change.code, change.title),
          `${ASSESSMENT_LABEL[change.from]} → ${ASSESSMENT_LABEL[change.to]}`,
          `${formatSource(change.source)}\nföre: ${formatSource(change.previousSource)}`,
        ]),
      ),
    );
  }
  if (changes.newDeviations.length > 0) {
    section(
      `Nya avvikelser sedan ${previousPeriod} (${changes.newDeviations.length})`,
      formatTable(
        [{ header: "Aktivitet", maxWidth: 56 }, GOAL, { header: "Avvikelse", maxWidth: 24 }, SOURCE],
        changes.newDeviations.map((activity) => [
          activity.title,
          activity.goalCode ?? "–",
          activity.deviation,
          formatSource(activity.source),
        ]),
      ),
    );
  }
  const movement = changes.budgetMovement;
  if (movement !== null) {
    section(
      `Budgetprognos sedan ${previousPeriod} (${movement.unit})`,
      formatTable(
        [
          { header: "Rad", maxWidth: 30 },
          { header: "Före", align: "right" },
          { header: "Nu", align: "right" },
          { header: "Förändring", align: "right" },
          { header: "Avvikelse före → nu", maxWidth: 22 },
          SOURCE,
        ],
        [
          [
            movement.row,
            movement.previousForecast.raw,
            movement.forecast.raw,
            formatSignedAmount(movement.change),
            `${movement.previousDeviation.raw} → ${movement.deviation.raw}`,
            `${formatSource(movement.forecast.source)}\nföre: ${formatSource(movement.previousForecast.source)}`,
          ],
        ],
      ),
    );
  }
  if (parts.length === 0) {
    parts.push({
      kind: "section",
      heading: `Förändringar sedan ${previousPeriod}`,
      lines: ["Inga ändrade statusar, målbedömningar, nya avvikelser eller budgetprognoser."],
      table: false,
    });
  }
  return parts;
}

function indicatorTable(indicators: readonly DigestIndicator[]): string[] {
  const columns: TableColumn[] = [NAME, GOAL, { header: "Status" }, RULE, SOURCE];
  return formatTable(
    columns,
    indicators.map((indicator) => [
      indicator.name,
      indicator.goalCode ?? "–",
      STATUS_LABEL[indicator.status],
      renderStatusRule(indicator.rule, "sv"),
      formatSource(indicator.source),
    ]),
  );
}

function changeTable(changes: readonly StatusChange[]): string[] {
  return formatTable(
    [NAME, GOAL, { header: "Före → nu", maxWidth: 24 }, RULE, SOURCE],
    changes.map((change) => [
      change.name,
      change.goalCode ?? "–",
      `${STATUS_LABEL[change.from]} → ${STATUS_LABEL[change.to]}`,
      renderStatusRule(change.rule, "sv"),
      `${formatSource(change.source)}\nföre: ${formatSource(change.previousSource)}`,
    ]),
  );
}

function label(code: string | null, title: string): string {
  return code === null ? title : `${code} ${title}`;
}
