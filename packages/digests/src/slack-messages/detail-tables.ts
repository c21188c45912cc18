import {
  ASSESSMENT_LABEL,
  formatSource,
  renderStatusRule,
  statusLabel,
  type Digest,
  type OrganisationDigest,
  type StatusChange,
} from "@tertial/engine";

export interface DetailColumn {
  header: string;
  align?: "left" | "right";
  /** Long text: the column wraps instead of widening the table. */
  wrap?: boolean;
}

/** One table of the digest's details: every organisation's rows of one kind, each row with its source. */
export interface DetailTable {
  heading: string;
  columns: DetailColumn[];
  rows: string[][];
}

const ORGANISATION: DetailColumn = { header: "Organisation", wrap: true };
const SOURCE: DetailColumn = { header: "Källa" };

/**
 * The digest's details as tables, across organisations (an Organisation column first), in reading order:
 * indicators that miss or risk missing their targets (status with its rule), changes since the previous
 * report, goals met partly or not, deviating activities, and budget. Tables without rows are left out.
 */
export function detailTables(digest: Digest): DetailTable[] {
  const parts = digest.organisations;
  const tables: DetailTable[] = [
    {
      heading: "Indikatorer ej i fas, ej uppnådda eller med risk",
      columns: [
        ORGANISATION,
        { header: "Indikator", wrap: true },
        { header: "Mål" },
        { header: "Status" },
        { header: "Regel", wrap: true },
        SOURCE,
      ],
      rows: parts.flatMap((part) =>
        [...part.offTrack, ...part.atRisk].map((indicator) => [
          name(part),
          indicator.name,
          indicator.goalCode ?? "–",
          statusLabel(indicator.status, "sv"),
          renderStatusRule(indicator.rule, "sv"),
          formatSource(indicator.source),
        ]),
      ),
    },
    {
      heading: "Förändringar sedan förra rapporten",
      columns: [
        ORGANISATION,
        { header: "Vad", wrap: true },
        { header: "Före → nu", wrap: true },
        { header: "Regel", wrap: true },
        { header: "Källa (nu; före)", wrap: true },
      ],
      rows: parts.flatMap(changeRows),
    },
    {
      heading: "Mål som uppfylls delvis eller ej",
      columns: [ORGANISATION, { header: "Mål", wrap: true }, { header: "Bedömning" }, SOURCE],
      rows: parts.flatMap((part) =>
        part.partialGoals.map((goal) => [
          name(part),
          label(goal.code, goal.title),
          ASSESSMENT_LABEL[goal.assessment],
          formatSource(goal.source),
        ]),
      ),
    },
    {
      heading: "Aktiviteter med avvikelse",
      columns: [
        ORGANISATION,
        { header: "Aktivitet", wrap: true },
        { header: "Mål" },
        { header: "Avvikelse", wrap: true },
        SOURCE,
      ],
      rows: parts.flatMap((part) =>
        part.deviatingActivities.map((activity) => [
          name(part),
          activity.title,
          activity.goalCode ?? "–",
          activity.deviation,
          formatSource(activity.source),
        ]),
      ),
    },
    {
      heading: "Budget",
      columns: [
        ORGANISATION,
        { header: "Rad", wrap: true },
        { header: "Budget", align: "right" },
        { header: "Prognos/utfall", align: "right" },
        { header: "Avvikelse", align: "right" },
        { header: "Resultat efter justeringar", wrap: true },
        { header: "Källa", wrap: true },
      ],
      rows: parts.flatMap(budgetRow),
    },
  ];
  return tables.filter((table) => table.rows.length > 0);
}

function changeRows(part: OrganisationDigest): string[][] {
  const changes = part.changes;
  if (changes === null) return [];
  const status = (change: StatusChange) => [
    name(part),
    change.name,
    `${statusLabel(change.from, "sv")} → ${statusLabel(change.to, "sv")}`,
    renderStatusRule(change.rule, "sv"),
    `${formatSource(change.source)}; ${formatSource(change.previousSource)}`,
  ];
  const rows = [
    ...changes.becameOffTrack.map(status),
    ...changes.newRisks.map(status),
    ...changes.recovered.map(status),
    ...changes.assessmentChanges.map((change) => [
      name(part),
      label(change.code, change.title),
      `${ASSESSMENT_LABEL[change.from]} → ${ASSESSMENT_LABEL[change.to]}`,
      "målbedömning",
      `${formatSource(change.source)}; ${formatSource(change.previousSource)}`,
    ]),
    ...changes.newDeviations.map((activity) => [
      name(part),
      activity.title,
      `ny avvikelse: ${activity.deviation}`,
      "avvikelse i aktiviteten",
      formatSource(activity.source),
    ]),
  ];
  const movement = changes.budgetMovement;
  if (movement !== null) {
    rows.push([
      name(part),
      `${movement.row} (${movement.unit})`,
      `prognos ${movement.previousForecast.raw} → ${movement.forecast.raw}`,
      `avvikelse ${movement.previousDeviation.raw} → ${movement.deviation.raw}`,
      `${formatSource(movement.forecast.source)}; ${formatSource(movement.previousForecast.source)}`,
    ]);
  }
  return rows;
}

function budgetRow(part: OrganisationDigest): string[][] {
  const { budget, budgetResult: result } = part;
  if (budget === null && result === null) return [];
  const sources = [
    ...(budget === null ? [] : [formatSource(budget.deviation.source)]),
    ...(result === null || result.final.source.line === budget?.deviation.source.line
      ? []
      : [`resultat ${formatSource(result.final.source)}`]),
  ];
  return [
    [
      name(part),
      budget === null ? (result?.row ?? "–") : `${budget.row} (${budget.unit})`,
      budget?.budget.raw ?? "–",
      budget?.forecast.raw ?? "–",
      budget?.deviation.raw ?? "–",
      result === null
        ? "–"
        : `${result.final.raw} ${result.unit} (${result.row === budget?.row ? result.final.column : result.row})`,
      sources.join("; "),
    ],
  ];
}

function name(part: OrganisationDigest): string {
  const { report } = part;
  const who = report.unit === null ? report.organisation : `${report.organisation}, ${report.unit}`;
  return `${who} ${report.period}`;
}

function label(code: string | null, title: string): string {
  return code === null ? title : `${code} ${title}`;
}
