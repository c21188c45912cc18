import { listReports, readCatalogue, type Catalogue, type Db, type ReportSummary } from "@tertial/store";
import { compareReportPeriods } from "./digest/digest-input.ts";
import { createOrganisationResolver, type OrganisationResolver } from "./catalogue/resolve-organisation.ts";

/** What an engine reads once per refresh: the report list, the catalogue of distinct names and the committees. */
export interface EngineData {
  /** Oldest first (year, then T1 < T2 < VB). */
  reports: ReportSummary[];
  reportById: Map<number, ReportSummary>;
  catalogue: Catalogue;
  organisations: OrganisationResolver;
}

export function readEngineData(db: Db): EngineData {
  const reports = listReports(db).sort(compareReportPeriods);
  const catalogue = readCatalogue(db);
  return {
    reports,
    reportById: new Map(reports.map((report) => [report.id, report])),
    catalogue,
    organisations: createOrganisationResolver(catalogue.organisations),
  };
}
