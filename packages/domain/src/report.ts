import * as z from "zod";

/** T1 = tertialrapport 1 (Jan–Apr), T2 = tertialrapport 2 (Jan–Aug), VB = verksamhetsberättelse (year). */
export const ReportKind = z.enum(["T1", "T2", "VB"]);
export type ReportKind = z.infer<typeof ReportKind>;

/** How the report's identity was established; anything but "header" is shown to the user. */
export const IdentitySource = z.enum(["header", "sidecar", "flags", "inferred"]);
export type IdentitySource = z.infer<typeof IdentitySource>;

export const Report = z.object({
  /** The nämnd (committee), e.g. "Socialnämnden", "Norrmalms stadsdelsnämnd". */
  organisation: z.string().trim().min(1),
  /** The enhet for unit-level reports; null for a nämnd's own report. */
  unit: z.string().trim().min(1).nullable(),
  kind: ReportKind,
  year: z.number().int().min(1990).max(2100),
  /** Date printed in the header (YYYY-MM-DD), null when the report has none. */
  date: z.iso.date().nullable(),
  /** Base name of the report file, as cited in every source reference. */
  sourceFile: z.string().min(1),
  /** sha256 of the file's bytes, hex. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  identitySource: IdentitySource,
});
export type Report = z.infer<typeof Report>;

/** "T1 2020", "VB 2021": the short period name users see and type. */
export function periodName(report: Pick<Report, "kind" | "year">): string {
  return `${report.kind} ${report.year}`;
}
