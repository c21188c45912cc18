import { ReportKind } from "@tertial/domain";
import type { IdentityOverride } from "@tertial/parser";
import { UsageError } from "./command.ts";

/** Options that state a report's identity when its header lacks it (unit-level reports, S17). */
export const IDENTITY_OPTIONS = {
  organisation: { type: "string" },
  unit: { type: "string" },
  period: { type: "string" },
  date: { type: "string" },
} as const;

export const IDENTITY_USAGE = [
  "  --organisation <n>  the nämnd, when the report's header does not name it",
  "  --unit <name>       the enhet of a unit-level report",
  '  --period <p>        the report period, e.g. "T1-2017", "T2 2021", "VB-2020"',
  "  --date <yyyy-mm-dd> the report date",
].join("\n");

export function identityFromFlags(values: {
  organisation?: string;
  unit?: string;
  period?: string;
  date?: string;
}): IdentityOverride {
  const identity: IdentityOverride = {};
  if (values.organisation !== undefined) identity.organisation = values.organisation;
  if (values.unit !== undefined) identity.unit = values.unit;
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      throw new UsageError(`--date must be YYYY-MM-DD (got "${values.date}").`);
    identity.date = values.date;
  }
  if (values.period !== undefined) {
    const match = /^(T1|T2|VB)[\s-]?(\d{4})$/i.exec(values.period.trim());
    if (!match?.[1] || !match[2])
      throw new UsageError(`--period must look like T1-2017, T2 2021 or VB-2020 (got "${values.period}").`);
    identity.kind = ReportKind.parse(match[1].toUpperCase());
    identity.year = Number(match[2]);
  }
  return identity;
}
