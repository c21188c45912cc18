/** One space-separated piece of a wrapped-layout row and the line it was printed on; "" is an empty cell. */
export interface TokenB {
  text: string;
  line: number;
}

export interface RowPart {
  raw: string;
  line: number;
  isLabel: boolean;
}

const NUMBER = /^[-+]?(\d+([,.]\d*)?|[,.]\d+)%?\*?$/;
const LEADING_GROUP = /^[-+]?\d{1,3}$/;
const THOUSANDS = /^\d{3}$/;
const LAST_GROUP = /^\d{3}([,.]\d*)?%?\*?$/;

export const isNumberToken = (text: string): boolean => NUMBER.test(text);

/**
 * The tokens of a row printed over several lines (docs/report-format.md §8.2): the parts are joined as
 * printed (a label part without a trailing space gets one), the cell terminator (one trailing
 * space) is dropped and the text split on single spaces, so a run of n spaces yields n−1 empty cells.
 */
export function rowTokens(parts: readonly RowPart[]): TokenB[] {
  let text = "";
  const lineAt: number[] = [];
  parts.forEach((part, index) => {
    let raw = part.raw.replace(/[\u00a0\u2007\u2009\u202f]/g, " ").replace(/[\u2212\u2013]/g, "-");
    if (part.isLabel) raw = raw.trimStart();
    if (index > 0 && part.isLabel && !/\s$/.test(text)) raw = ` ${raw}`;
    text += raw;
    for (let i = 0; i < raw.length; i += 1) lineAt.push(part.line);
  });
  text = text.replace(/ $/, "");
  const tokens: TokenB[] = [];
  let start = 0;
  for (const piece of text.split(" ")) {
    tokens.push({ text: piece, line: lineAt[start] ?? parts[0]?.line ?? 0 });
    start += piece.length + 1;
  }
  return tokens;
}

/**
 * Splits a row's tokens where the first number starts (empty cells right before it belong to the
 * values). `skipNumbers` keeps that many whole numbers ("Område 2") in the label; null when impossible.
 */
export function splitLabel(tokens: readonly TokenB[], skipNumbers = 0): { label: string; values: TokenB[] } | null {
  let first = -1;
  let seen = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const text = tokens[index]?.text ?? "";
    if (!isNumberToken(text)) continue;
    if (seen === skipNumbers || !/^\d{1,4}$/.test(text)) {
      if (seen !== skipNumbers) return null;
      first = index;
      break;
    }
    seen += 1;
  }
  if (first === -1) return null;
  while (first > 0 && tokens[first - 1]?.text === "") first -= 1;
  const label = tokens
    .slice(0, first)
    .map((token) => token.text)
    .filter((text) => text !== "")
    .join(" ");
  return { label, values: tokens.slice(first) };
}

/** How many tokens one cell may take at `index`: thousands groups ("1"·"678,3") and "29,2"·"%" join. */
function cellSpans(tokens: readonly TokenB[], index: number): number[] {
  const first = tokens[index]?.text;
  if (first === undefined) return [];
  if (first === "") return [1];
  if (!isNumberToken(first)) return [];
  const spans: number[] = [];
  if (LEADING_GROUP.test(first)) {
    for (let end = index + 1; end < tokens.length; end += 1) {
      const text = tokens[end]?.text ?? "";
      if (LAST_GROUP.test(text)) spans.push(end - index + 1);
      if (!THOUSANDS.test(text)) break;
    }
  }
  if (tokens[index + 1]?.text === "%" && !first.endsWith("%")) spans.push(2);
  spans.sort((a, b) => b - a);
  spans.push(1);
  return spans;
}

export interface FittedCell {
  column: string;
  printed: string;
  line: number;
  /** Line of the cell's last piece when a thousands group wraps onto the next line. */
  endLine?: number;
}

/**
 * Fits value tokens into a column layout (null = a spacer column that must be empty) with a small
 * search: every parse must use all tokens and give exactly one cell per column. The first parse
 * prefers thousands joins; `isAmbiguous` tells that another parse exists.
 */
export function fitCells(
  tokens: readonly TokenB[],
  layout: readonly (string | null)[],
): { cells: FittedCell[]; isAmbiguous: boolean } | null {
  const memo = new Map<number, number>();
  const count = (index: number, cell: number): number => {
    if (cell === layout.length) return index === tokens.length ? 1 : 0;
    const key = index * 1000 + cell;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const span of cellSpans(tokens, index)) {
      if (layout[cell] === null && tokens[index]?.text !== "") continue;
      total = Math.min(2, total + count(index + span, cell + 1));
    }
    memo.set(key, total);
    return total;
  };
  const solutions = count(0, 0);
  if (solutions === 0) return null;
  const cells: FittedCell[] = [];
  let index = 0;
  for (let cell = 0; cell < layout.length; cell += 1) {
    const column = layout[cell] ?? null;
    const span = cellSpans(tokens, index).find(
      (candidate) => !(column === null && tokens[index]?.text !== "") && count(index + candidate, cell + 1) > 0,
    );
    if (span === undefined) return null;
    const piece = tokens.slice(index, index + span);
    const printed = piece
      .map((token) => token.text)
      .join(" ")
      .trim();
    const line = piece[0]?.line ?? 0;
    const endLine = piece.at(-1)?.line ?? line;
    if (column !== null && printed !== "")
      cells.push({ column, printed, line, ...(endLine > line ? { endLine } : {}) });
    index += span;
  }
  return { cells, isAmbiguous: solutions > 1 };
}
