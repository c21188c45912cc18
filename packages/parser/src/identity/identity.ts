import type { IdentitySource, ReportKind } from "@tertial/domain";
import { ReportParseError } from "../errors.ts";
import { readHeaderIdentity } from "./identity-header.ts";
import { dominantDateYear, inferOrganisation, inferPeriod } from "./identity-inference.ts";
import type { IdentityOverride } from "./identity-override.ts";
import type { SourceLine } from "../text/source-lines.ts";

/** Identity given from outside the text: command-line flags win over a sidecar `<file>.meta.json`. */
export interface IdentityInputs {
  flags?: IdentityOverride | undefined;
  sidecar?: IdentityOverride | undefined;
}

export interface ResolvedIdentity {
  organisation: string;
  unit: string | null;
  kind: ReportKind;
  year: number;
  date: string | null;
  identitySource: IdentitySource;
}

type Origin = "flags" | "sidecar" | "header" | "inferred";
interface Picked<T> {
  value: T;
  origin: Origin;
}

/**
 * Decides the report's identity (docs/report-format.md §2): flags > sidecar > header > inference from the
 * text. Every inferred or overridden part is reported through `warn`; when the nämnd or the period
 * can be neither read nor inferred, throws ReportParseError asking for --organisation/--period.
 */
export function resolveIdentity(
  file: string,
  lines: readonly SourceLine[],
  inputs: IdentityInputs,
  warn: (line: number, message: string) => void,
): ResolvedIdentity {
  const header = readHeaderIdentity(lines);
  const headerLine = header?.line ?? 1;
  const sidecarName = `${file}.meta.json`;
  const pick = <K extends keyof IdentityOverride>(
    key: K,
    fromHeader: IdentityOverride[K] | null,
  ): Picked<NonNullable<IdentityOverride[K]>> | null => {
    const flag = inputs.flags?.[key];
    const sidecar = inputs.sidecar?.[key];
    const chosen: Picked<NonNullable<IdentityOverride[K]>> | null =
      flag != null
        ? { value: flag, origin: "flags" }
        : sidecar != null
          ? { value: sidecar, origin: "sidecar" }
          : fromHeader != null
            ? { value: fromHeader, origin: "header" }
            : null;
    if (chosen !== null && chosen.origin !== "header" && fromHeader != null && chosen.value !== fromHeader) {
      const by = chosen.origin === "flags" ? "the command line" : sidecarName;
      warn(
        headerLine,
        `${key} "${String(chosen.value)}" from ${by} replaces "${String(fromHeader)}" printed in the report`,
      );
    }
    return chosen;
  };

  let organisation = pick("organisation", header?.organisation ?? null);
  const unit = pick("unit", header?.unit ?? null);
  let kind = pick("kind", header?.kind ?? null);
  let year = pick("year", header?.year ?? null);
  const date = pick("date", header?.date ?? null);

  if (organisation === null) {
    const inferred = inferOrganisation(lines);
    if (inferred === null) {
      const what =
        unit === null
          ? 'names no nämnd (no title line "Tertialrapport … för <nämnd>")'
          : `is a unit-level report for "${unit.value}" and does not name its nämnd`;
      throw new ReportParseError(file, headerLine, [
        {
          line: headerLine,
          message: `the report ${what}, and none could be inferred from the text; give it with --organisation "<nämnd>" or in ${sidecarName}`,
        },
      ]);
    }
    organisation = { value: inferred.value, origin: "inferred" };
    const scope =
      unit === null ? "the report has no header" : `the header names the unit "${unit.value}", not its nämnd`;
    warn(
      headerLine,
      `identity inferred: ${scope}; organisation read as "${inferred.value}" from ${inferred.evidence}; if that is wrong, load it with --organisation "<nämnd>" or put "organisation" in ${sidecarName}`,
    );
  }
  if (kind === null || year === null) {
    const inferred = inferPeriod(lines);
    if (inferred === null) {
      throw new ReportParseError(file, headerLine, [
        {
          line: headerLine,
          message: `the report states no period (no title line "Tertialrapport Tertial N YYYY …" and no "Tertial N YYYY" cells); give it with --period T1-2017 or in ${sidecarName}`,
        },
      ]);
    }
    kind ??= { value: inferred.value.kind, origin: "inferred" };
    year ??= { value: inferred.value.year, origin: "inferred" };
    warn(
      headerLine,
      `identity inferred: period read as ${kind.value} ${year.value} from ${inferred.evidence}; if that is wrong, load it with --period (e.g. --period T1-2017) or put "period" in ${sidecarName}`,
    );
    const datesYear = dominantDateYear(lines);
    if (year.origin === "inferred" && datesYear !== null && datesYear !== year.value) {
      warn(
        headerLine,
        `the inferred year ${year.value} differs from the year of most dates in the report (${datesYear})`,
      );
    }
  }
  const origins = [organisation, kind, year, unit, date]
    .filter((picked) => picked !== null)
    .map((picked) => picked.origin);
  return {
    organisation: organisation.value.trim(),
    unit: unit?.value.trim() || null,
    kind: kind.value,
    year: year.value,
    date: date?.value ?? null,
    identitySource: identitySourceOf(origins),
  };
}

/** The least certain origin of the parts: inferred, then flags, sidecar, header. */
function identitySourceOf(origins: readonly Origin[]): IdentitySource {
  for (const origin of ["inferred", "flags", "sidecar"] as const) if (origins.includes(origin)) return origin;
  return "header";
}
