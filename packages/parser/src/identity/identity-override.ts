import type { ReportKind } from "@tertial/domain";

/** Identity given by the person loading a report (CLI flags or a sidecar file); wins over the header. */
export interface IdentityOverride {
  organisation?: string;
  unit?: string;
  kind?: ReportKind;
  year?: number;
  date?: string;
}
