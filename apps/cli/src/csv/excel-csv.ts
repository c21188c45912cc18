import { stringify } from "csv-stringify/sync";

/** A CSV cell before formatting: numbers get a decimal comma, null is empty, booleans are ja/nej. */
export type Cell = string | number | boolean | null;

/**
 * CSV as Swedish Excel opens it by double-click: UTF-8 with a BOM, `;` between fields, a decimal
 * comma in numbers (no thousands separator, so Excel reads them as numbers). Lines end in \n, the
 * last one too.
 */
export function excelCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(formatCell))], {
    bom: true,
    delimiter: ";",
  });
}

export function formatCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return decimalComma(cell);
  if (typeof cell === "boolean") return cell ? "ja" : "nej";
  return cell;
}

/** 1234.5 → "1234,5", -3.5 → "-3,5". */
export function decimalComma(value: number): string {
  return String(value).replace(".", ",");
}
