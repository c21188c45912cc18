export interface TableColumn {
  header: string;
  /** Cells wider than this wrap onto more lines at spaces (long words are cut); none = never wrap. */
  maxWidth?: number;
  align?: "left" | "right";
}

/**
 * A monospace table: header, a rule, then the rows; cells wrap within their column, columns are two
 * spaces apart and trailing spaces are trimmed. Meant for code blocks (Slack) and terminals.
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string[] {
  const wrapped = rows.map((row) => columns.map((column, i) => wrapCell(row[i] ?? "", column.maxWidth)));
  const widths = columns.map((column, i) =>
    Math.max(
      displayWidth(column.header),
      ...wrapped.map((row) => Math.max(0, ...(row[i] ?? []).map((line) => displayWidth(line)))),
    ),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const padding = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell)));
        return columns[i]?.align === "right" ? padding + cell : cell + padding;
      })
      .join("  ")
      .trimEnd();
  const out = [line(columns.map((column) => column.header)), line(widths.map((width) => "-".repeat(width)))];
  for (const row of wrapped) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let k = 0; k < height; k += 1) out.push(line(row.map((cell) => cell[k] ?? "")));
  }
  return out;
}

/** Columns a terminal gives the text: one per character, two for an emoji such as the status marks. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /\p{Extended_Pictographic}/u.test(char) ? 2 : 1;
  return width;
}

/** Splits text into lines of at most `width` characters, at "\n" and at spaces where possible. */
export function wrapCell(text: string, width: number | undefined): string[] {
  return text.split("\n").flatMap((part) => wrapLine(part, width));
}

function wrapLine(text: string, width: number | undefined): string[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (width === undefined || clean.length <= width) return [clean];
  const lines: string[] = [];
  let current = "";
  for (const word of clean.split(" ")) {
    let rest = word;
    while (rest.length > width) {
      if (current !== "") lines.push(current);
      current = "";
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (current === "") current = rest;
    else if (current.length + 1 + rest.length <= width) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
