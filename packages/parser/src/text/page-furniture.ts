/** Page headers and footers that survived the conversion (docs/report-format.md §9). */
const PAGE_FURNITURE = /^\s*(?:Tjänsteutlåtande|Sid \d+ \(\d+\))\s*$/;

/** `Tjänsteutlåtande` and `Sid N (M)`: page headers/footers that survived the conversion. */
export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.test(line);
}
