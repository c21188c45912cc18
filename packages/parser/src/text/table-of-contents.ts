import type { SourceLine } from "./source-lines.ts";

/** A dotted leader before a page number: `Sammanfattande analys .....⇥4`, `<b>Kvalitetsarbete.....</b>⇥<b>76</b>`. */
const LEADER = "....";
const PAGE_NUMBER_AT_END = /\d\s*(?:<\/[^>]+>\s*)*$/;
/** An entry ending in a TAB and a page number, as in N21's TOC without leaders: `Resultatenheter⇥63`. */
const TAB_PAGE_NUMBER = /^[^\t]+\t\s*(?:<[^>]+>\s*)*\d{1,3}\s*(?:<\/[^>]+>\s*)*$/;
const TOC_HEADING = /^Innehållsförteckning$/i;
/** Blank lines allowed inside a table of contents before it is taken as ended. */
const MAX_GAP = 2;

/**
 * 1-based numbers of the table-of-contents lines (docs/report-format.md §9). The TOC starts at an
 * `Innehållsförteckning` heading or at the first entry with a dotted leader; it continues over
 * entries with a leader or ending in `⇥<page>`, allowing short blank gaps. A dotted-leader entry
 * elsewhere is a TOC line too. Tab rows of real tables (which may also end in a number) are only
 * taken inside such a block, never on their own.
 */
export function findTableOfContents(lines: readonly SourceLine[]): Set<number> {
  const toc = new Set<number>();
  let inBlock = false;
  let gap = 0;
  for (const line of lines) {
    const isEntry = isLeaderEntry(line.raw) || (inBlock && TAB_PAGE_NUMBER.test(line.raw));
    if (TOC_HEADING.test(line.text)) {
      toc.add(line.number);
      inBlock = true;
      gap = 0;
    } else if (isEntry) {
      toc.add(line.number);
      inBlock = true;
      gap = 0;
    } else if (line.text === "" && inBlock && gap < MAX_GAP) {
      gap += 1;
    } else {
      inBlock = false;
    }
  }
  return toc;
}

function isLeaderEntry(raw: string): boolean {
  return raw.includes(LEADER) && PAGE_NUMBER_AT_END.test(raw);
}
