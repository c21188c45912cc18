import { buildDigest, matchOrganisations, readDigestInputs, type Digest } from "@tertial/engine";
import { periodName } from "@tertial/domain";
import { listReports, type Db, type DigestSubscription, type ReportSummary } from "@tertial/store";

export const PERIODIC_TITLE = "Tertialdigest";

/** The scheduled digest of a subscription: each organisation in its scope, latest report vs the one before. */
export function periodicDigest(db: Db, subscription: Pick<DigestSubscription, "organisations">): Digest {
  return buildDigest(readDigestInputs(db, { organisations: subscription.organisations }), { title: PERIODIC_TITLE });
}

/** One report's digest (against the report before it), for "new report loaded". */
export function newReportDigest(db: Db, report: ReportSummary): Digest {
  const name = report.unit === null ? report.organisation : `${report.organisation}, ${report.unit}`;
  return buildDigest(readDigestInputs(db, { reportIds: [report.id] }), {
    title: `Ny rapport: ${name} ${periodName(report)}`,
  });
}

/** True when the subscription covers the report's organisation (an empty scope covers all). */
export function coversReport(subscription: Pick<DigestSubscription, "organisations">, report: ReportSummary): boolean {
  return (
    subscription.organisations.length === 0 ||
    subscription.organisations.some((query) => matchOrganisations([report.organisation], query).length > 0)
  );
}

export function reportSlot(report: Pick<ReportSummary, "checksum">): string {
  return `report:${report.checksum}`;
}

export function periodicSlot(time: Date): string {
  return `at:${time.toISOString()}`;
}

/** The loaded report a "report:<checksum>" slot names, or null when it is gone (replaced or deleted). */
export function reportForSlot(db: Db, slot: string): ReportSummary | null {
  return listReports(db).find((report) => reportSlot(report) === slot) ?? null;
}
