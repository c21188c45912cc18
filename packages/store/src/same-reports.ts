import type { ParsedReport } from "@tertial/domain";
import type { Db } from "./open-database.ts";
import { REPORT_COLUMNS, type ReportRow } from "./rows/report-row.ts";
import { statement } from "./statements.ts";

export interface SameReports {
  /** Id of a stored report identical to this one (same file, checksum and identity), else null. */
  unchanged: number | null;
  /** Stored reports this one replaces: same organisation+unit+kind+year, or same source file. */
  replaced: number[];
}

export function findSameReports(db: Db, report: ParsedReport): SameReports {
  const rows = statement<
    { sourceFile: string; organisation: string; unit: string; kind: string; year: number },
    ReportRow
  >(
    db,
    `SELECT ${REPORT_COLUMNS} FROM report r JOIN organisation o ON o.id = r.organisation_id
      WHERE r.source_file = @sourceFile
     UNION
     SELECT ${REPORT_COLUMNS} FROM report r JOIN organisation o ON o.id = r.organisation_id
      WHERE o.name = @organisation AND ifnull(r.unit, '') = @unit AND r.kind = @kind AND r.year = @year
     ORDER BY 1`,
  ).all({
    sourceFile: report.sourceFile,
    organisation: report.organisation,
    unit: report.unit ?? "",
    kind: report.kind,
    year: report.year,
  });
  const [only] = rows;
  if (rows.length === 1 && only && isSame(only, report)) return { unchanged: only.id, replaced: [] };
  return { unchanged: null, replaced: rows.map((row) => row.id) };
}

function isSame(row: ReportRow, report: ParsedReport): boolean {
  return (
    row.checksum === report.checksum &&
    row.source_file === report.sourceFile &&
    row.organisation === report.organisation &&
    row.unit === report.unit &&
    row.kind === report.kind &&
    row.year === report.year &&
    row.date === report.date &&
    row.identity_source === report.identitySource
  );
}
