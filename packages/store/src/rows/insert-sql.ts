import type { Source } from "@tertial/domain";

/** `INSERT INTO <table> (<columns>) VALUES (?, …)`: the row's params list its values in the same order. */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

/** A row's values in the order of its INSERT's columns. */
export type RowValues = (string | number | bigint | null)[];

/** A stored source as a domain Source: `endLine` only when the row has one (migration 009). */
export function toSource(file: string, line: number, endLine: number | null): Source {
  return endLine !== null && endLine > line ? { file, line, endLine } : { file, line };
}
