import type { LabelStyle } from "./budget-cell.ts";

const INCOME_OR_COST = /^(intäkter|kostnader)$/i;
const TOTAL = /^(summa|totalt|total|netto|nämnden totalt)\b/i;
const SUB_ROW = /^varav\b/i;

export interface GroupTracker {
  /** A row with a label and no values: a bold area name, an italic sub-group or Intäkter/Kostnader. */
  startGroup(label: string, style: LabelStyle): void;
  /** The group of a row with values, read before the row becomes the parent of later `varav` rows. */
  groupOf(label: string): string | null;
}

/**
 * Row groups of an economy table (docs/report-format.md §8.3):
 * - a bold label-only row is an area and starts a new area (unit-level reports);
 * - an italic label-only row (`<i>Klimatinvesteringar</i>`) or a label-only "Intäkter"/"Kostnader"
 *   starts a sub-group inside the area; the group is then "area / sub-group";
 * - `varav …` rows belong to the row above them that is not itself a `varav` row;
 * - a total row ("Summa …", "Totalt", "Netto") closes the sub-group; "Summa intäkter" under
 *   "Intäkter" still belongs to it, "Summa netto" belongs to the area only;
 * - plain label-only rows ("Parkinvesteringar" with empty cells, "Riktvärde 33,3%") change nothing.
 */
export function createGroupTracker(): GroupTracker {
  let area: string | null = null;
  let sub: string | null = null;
  let parent: string | null = null;
  const current = (): string | null => (area !== null && sub !== null ? `${area} / ${sub}` : (sub ?? area));
  return {
    startGroup(label, style) {
      if (style === "bold") {
        area = label;
        sub = null;
      } else if (style === "italic" || INCOME_OR_COST.test(label)) {
        sub = label;
      } else {
        return;
      }
      parent = null;
    },
    groupOf(label) {
      if (SUB_ROW.test(label)) return parent ?? current();
      if (TOTAL.test(label)) {
        const closesSub = sub !== null && label.toLowerCase().includes(sub.toLowerCase());
        if (!closesSub) sub = null;
        const group = current();
        sub = null;
        parent = label;
        return group;
      }
      parent = label;
      return current();
    },
  };
}
