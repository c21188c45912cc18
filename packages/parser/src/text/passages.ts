import type { Passage } from "@tertial/domain";
import type { SourceLine } from "./source-lines.ts";

/** A passage closes at a sentence end once it holds this many characters … */
const SOFT_LIMIT = 320;
/** … and at the next line break past this many, sentence end or not. */
const HARD_LIMIT = 1_200;
/** A heading is a short line of its own. */
const HEADING_MAX = 70;

/** Page furniture that the PDF conversion repeats on every page: "Sid 34 (58)", "Tjänsteutlåtande". */
const FURNITURE = /^(?:sid(?:an)? \d+(?: \(\d+\))?|tjänsteutlåtande|\d+(?: \(\d+\))?)$/i;
/** A table-of-contents entry: a title followed by a page number ("Analys⇥4", "Inledning ..... 6"). */
const CONTENTS_ENTRY = /(?:\t|\.{4,}\s*)\d+\s*$/;
const SENTENCE_END = /[.!?…)"”]$/;
const ENDS_LIKE_CLAUSE = /[.,;:!?]$/;

/**
 * The report's prose as passages: runs of text lines under the nearest heading, split at sentence
 * ends into pieces of a few hundred characters (docs/report-format.md, "Prose"). Table rows (lines
 * with tabs), page furniture and contents entries are left out: tables are read as facts. General
 * for both text layouts: a tabbed report prints a paragraph on one line, a wrapped one over many
 * lines with blank lines between, and both close a passage at a sentence end past the soft limit.
 */
export function scanPassages(file: string, lines: readonly SourceLine[]): Passage[] {
  const passages: Passage[] = [];
  let heading: string | null = null;
  let parts: string[] = [];
  let first = 0;
  let last = 0;
  let length = 0;
  const close = () => {
    const text = parts.join(" ");
    // A lone label ("Nämndmål:") before a table or list is no prose of its own.
    const label = text.length < 40 && text.endsWith(":");
    if (parts.length > 0 && !label) passages.push({ heading, text, source: { file, line: first }, endLine: last });
    parts = [];
    length = 0;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) continue;
    const text = line.text;
    if (text === "" || line.raw.includes("\t") || FURNITURE.test(text) || CONTENTS_ENTRY.test(line.raw)) continue;
    if (isHeading(line, lines, i)) {
      close();
      heading = text;
      continue;
    }
    if (parts.length === 0) first = line.number;
    parts.push(text);
    last = line.number;
    length += text.length + 1;
    if ((length >= SOFT_LIMIT && SENTENCE_END.test(text)) || length >= HARD_LIMIT) close();
  }
  close();
  return passages;
}

/**
 * A markdown heading ("### **Analys**"), or a short line standing alone that does not end like a
 * clause and is followed by a line starting a sentence (a capital letter or a digit).
 */
function isHeading(line: SourceLine, lines: readonly SourceLine[], index: number): boolean {
  if (/^\s*#{1,6}\s/.test(line.raw)) return true;
  const text = line.text;
  if (text.length > HEADING_MAX || ENDS_LIKE_CLAUSE.test(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  if (!/\p{L}{3}/u.test(text)) return false;
  const before = lines[index - 1];
  if (before !== undefined && before.text !== "" && !before.raw.includes("\t")) return false;
  const next = nextText(lines, index);
  return next !== null && /^[\p{Lu}\d"”]/u.test(next);
}

function nextText(lines: readonly SourceLine[], index: number): string | null {
  for (let j = index + 1; j < lines.length; j += 1) {
    const text = lines[j]?.text ?? "";
    if (text !== "" && !FURNITURE.test(text)) return text;
  }
  return null;
}
