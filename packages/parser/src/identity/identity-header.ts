import type { ReportKind } from "@tertial/domain";
import type { SourceLine } from "../text/source-lines.ts";

/** What the report's own header block says (docs/report-format.md §2.1); any part may be missing. */
export interface HeaderIdentity {
  /** The nämnd: the title's "för X" when X is a nämnd, else a nämnd named after "Till". */
  organisation: string | null;
  /** The title's "för X" when X is not a nämnd (a unit-level report), else null. */
  unit: string | null;
  kind: ReportKind | null;
  year: number | null;
  date: string | null;
  /** Line of the title, or of the first header fact found. */
  line: number;
}

const TITLE =
  /^(?:Tertialrapport\s+(?:Tertial\s+)?(?<tertial>[123])\s+(?<tYear>\d{4})|Verksamhetsberättelse\s+(?:VB\s+)?(?<vbYear>\d{4}))\s+för\s+(?<name>\S.*?)\s*$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RECIPIENT_LABEL = /^Till:?$/i;
/** Names that are a nämnd (committee) or another body that reports, not a unit inside one. */
const ORGANISATION_NAME = /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige)$/i;
/** The header sits before the first goal label; a title further down is not a header. */
const HEADER_WINDOW = 80;

export function isOrganisationName(name: string): boolean {
  return ORGANISATION_NAME.test(name.trim());
}

/**
 * Reads title (`Tertialrapport Tertial 1 2020 för Socialnämnden`, `Verksamhetsberättelse VB 2021 för
 * …`), recipient (`Till` + next line) and date (`YYYY-MM-DD` after the recipient) from the first
 * lines. Returns null when none of them is there (S17 has no header).
 */
export function readHeaderIdentity(lines: readonly SourceLine[]): HeaderIdentity | null {
  const window = lines.slice(0, HEADER_WINDOW);
  let recipient: string | null = null;
  let date: string | null = null;
  let firstLine: number | null = null;
  let titleName: string | null = null;
  let kind: ReportKind | null = null;
  let year: number | null = null;
  window.forEach((line, index) => {
    if (RECIPIENT_LABEL.test(line.text) && recipient === null) {
      const next = window.slice(index + 1).find((candidate) => candidate.text !== "");
      if (next !== undefined && !DATE.test(next.text)) recipient = next.text;
      firstLine ??= line.number;
    }
    if (DATE.test(line.text) && date === null && isCalendarDate(line.text)) {
      date = line.text;
      firstLine ??= line.number;
    }
    const groups = TITLE.exec(line.text)?.groups;
    if (groups !== undefined && titleName === null) {
      titleName = groups["name"] ?? null;
      const tertial = groups["tertial"];
      kind = tertial === "1" ? "T1" : tertial === "2" ? "T2" : "VB";
      year = Number(groups["tYear"] ?? groups["vbYear"]);
      firstLine = line.number;
    }
  });
  if (firstLine === null || (titleName === null && recipient === null)) return null;
  return { ...splitOrganisation(titleName, recipient), kind, year, date, line: firstLine };
}

function splitOrganisation(
  titleName: string | null,
  recipient: string | null,
): { organisation: string | null; unit: string | null } {
  const recipientOrganisation = recipient !== null && isOrganisationName(recipient) ? recipient : null;
  if (titleName === null) return { organisation: recipientOrganisation, unit: null };
  if (isOrganisationName(titleName)) return { organisation: titleName, unit: null };
  return { organisation: recipientOrganisation, unit: titleName };
}

function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}
