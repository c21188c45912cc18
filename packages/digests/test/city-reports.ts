import { createHash } from "node:crypto";
import { join } from "node:path";
import type { ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import { saveReport, type Db } from "@tertial/store";
import { ORGANISATIONS } from "../../../bench/make-corpus.ts";

const REPORTS = join(import.meta.dirname, "..", "..", "..", "data", "reports");

/** The city's 29 committees, as bench/make-corpus.ts names them. */
export const CITY = ORGANISATIONS;

/**
 * A city of 29 organisations made from the three real reports, so every figure can be checked against
 * data/reports: the organisations at even positions (0, 2, …) get copies of Socialnämnden's T1 2017 and
 * T1 2020 (a digest with changes), the others a copy of Norrmalm's T2 2021 (no previous report). A copy is
 * the parsed report unchanged except its organisation and its file name, `<slug>-<kind>-<year>.txt`,
 * so "bromma-t2-2021.txt:1624" is line 1624 of norrmalm-t2-2021.txt.
 */
export async function saveCityReports(db: Db): Promise<void> {
  const [s17, s20, n21] = await Promise.all(
    ["socialnamnden-t1-2017.txt", "socialnamnden-t1-2020.txt", "norrmalm-t2-2021.txt"].map((file) =>
      readReportFile(join(REPORTS, file)),
    ),
  );
  if (s17 === undefined || s20 === undefined || n21 === undefined) throw new Error("the real reports are missing");
  for (const [index, organisation] of CITY.entries()) {
    for (const report of index % 2 === 0 ? [s17, s20] : [n21]) saveReport(db, relabel(report, organisation));
  }
}

/** The copy's file name: "Hässelby-Vällingby stadsdelsnämnd", T2 2021 → "hasselby-vallingby-stadsdelsnamnd-t2-2021.txt". */
export function cityFile(organisation: string, kind: string, year: number): string {
  const slug = organisation
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}-${kind.toLowerCase()}-${year}.txt`;
}

function relabel(report: ParsedReport, organisation: string): ParsedReport {
  const file = cityFile(organisation, report.kind, report.year);
  const json = JSON.stringify(report).replaceAll(JSON.stringify(report.sourceFile), JSON.stringify(file));
  const copy = JSON.parse(json) as ParsedReport;
  const checksum = createHash("sha256").update(`${report.checksum} ${organisation}`).digest("hex");
  return { ...copy, organisation, checksum, identitySource: "sidecar" };
}
