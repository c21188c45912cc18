import { formatSource, type Measure, type ParsedReport, type Source } from "@tertial/domain";
import { renderStatusRule } from "@tertial/engine";
import type { Cell } from "./excel-csv.ts";

type Item<K extends FactKind> = ParsedReport[(typeof FACT_FIELDS)[K]][number];

interface Column<T> {
  header: string;
  cell(item: T): Cell;
}

/** The fact kinds `export --csv` writes, one file each (`<kind>.csv`), in this order. */
export const FACT_KINDS = ["goals", "indicators", "activities", "budget-lines", "budget-requests"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const FACT_FIELDS = {
  goals: "goals",
  indicators: "indicators",
  activities: "activities",
  "budget-lines": "budgetLines",
  "budget-requests": "budgetRequests",
} as const;

/** A measured cell: its number when it has one, else the text as printed ("Tas fram av nämnd"). */
function measure(value: Measure | null): Cell {
  if (value === null) return null;
  return value.value ?? value.raw;
}

function source(value: Source): string {
  return formatSource(value);
}

const COLUMNS: { [K in FactKind]: Column<Item<K>>[] } = {
  goals: [
    { header: "mål-id", cell: (g) => g.id },
    { header: "nivå", cell: (g) => g.level },
    { header: "nummer", cell: (g) => g.code },
    { header: "mål", cell: (g) => g.title },
    { header: "överordnat mål-id", cell: (g) => g.parentId },
    { header: "bedömning", cell: (g) => g.assessment },
    { header: "bedömning (i rapporten)", cell: (g) => g.assessmentRaw },
    { header: "analys", cell: (g) => g.analysis },
  ],
  indicators: [
    { header: "mål-id", cell: (i) => i.goalId },
    { header: "indikator", cell: (i) => i.name },
    { header: "period", cell: (i) => i.period },
    { header: "utfall", cell: (i) => measure(i.outcome) },
    { header: "utfall män", cell: (i) => measure(i.outcomeMen) },
    { header: "utfall kvinnor", cell: (i) => measure(i.outcomeWomen) },
    { header: "föregående utfall", cell: (i) => measure(i.previousOutcome) },
    { header: "föregående period", cell: (i) => i.previousLabel },
    { header: "prognos helår", cell: (i) => measure(i.forecast) },
    { header: "årsmål", cell: (i) => measure(i.annualTarget) },
    { header: "KF:s årsmål", cell: (i) => measure(i.kfAnnualTarget) },
    {
      header: "måttenhet",
      cell: (i) => [i.annualTarget, i.outcome, i.forecast].find((m) => m?.unit != null)?.unit ?? null,
    },
    { header: "riktning", cell: (i) => i.direction },
    { header: "status", cell: (i) => i.status },
    { header: "statusskäl", cell: (i) => renderStatusRule(i.statusRule, "sv") },
    { header: "analys", cell: (i) => i.analysis },
  ],
  activities: [
    { header: "mål-id", cell: (a) => a.goalId },
    { header: "aktivitet", cell: (a) => a.title },
    { header: "läge", cell: (a) => a.state },
    { header: "startdatum", cell: (a) => a.startDate },
    { header: "slutdatum", cell: (a) => a.endDate },
    { header: "avvikelse", cell: (a) => a.deviation },
    { header: "avvikelse (text)", cell: (a) => a.deviationText },
    { header: "försening", cell: (a) => a.delayHint },
    { header: "analys", cell: (a) => a.analysis },
  ],
  "budget-lines": [
    { header: "tabell", cell: (b) => b.table },
    { header: "grupp", cell: (b) => b.group },
    { header: "rad", cell: (b) => b.rowLabel },
    { header: "kolumn", cell: (b) => b.column },
    { header: "belopp", cell: (b) => b.amount ?? b.raw },
    { header: "måttenhet", cell: (b) => b.unit },
  ],
  "budget-requests": [
    { header: "belopp", cell: (r) => r.amount },
    { header: "måttenhet", cell: (r) => r.unit },
    { header: "syfte", cell: (r) => r.purpose },
    { header: "text", cell: (r) => r.text },
  ],
};

const REPORT_HEADER = ["nämnd", "enhet", "rapport"];

/** The header and one row per fact of `kind` in every report, each row naming its report and source. */
export function factTable(kind: FactKind, reports: readonly ParsedReport[]): { header: string[]; rows: Cell[][] } {
  const columns = COLUMNS[kind] as Column<unknown>[];
  const rows = reports.flatMap((report) =>
    (report[FACT_FIELDS[kind]] as readonly { source: Source }[]).map((item) => [
      report.organisation,
      report.unit,
      `${report.kind} ${report.year}`,
      ...columns.map((column) => column.cell(item)),
      source(item.source),
    ]),
  );
  return { header: [...REPORT_HEADER, ...columns.map((column) => column.header), "källa"], rows };
}
