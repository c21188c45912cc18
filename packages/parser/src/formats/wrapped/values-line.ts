/**
 * A wrapped-layout values line (docs/report-format.md §5.3): every cell is printed followed by exactly one space and an
 * empty cell is printed as a single space, so a run of n spaces between two values means n−1 empty cells.
 * Values contain spaces themselves ("2 420 st", "+/- 1 %"), so the line is split by enumerating every
 * segmentation that yields exactly seven value cells (or six plus a textual KF target).
 */

const NUM = String.raw`(?:-?\d{1,3}(?: \d{3})+(?:[,.]\d+)?|[-+]?\d+(?:[,.]\d+)?)`;
const VALUE = new RegExp(String.raw`^(?:${NUM}(?: ?%| st)?|\+/- ?\d+(?:[,.]\d+)? ?%)$`);
const PERIOD_WORD = "Tertial|Halvår|Helår|Kvartal|VB|År";
const PERIOD_FRAGMENT = new RegExp(
  String.raw`^(?:(?:${PERIOD_WORD})(?: \d{1,2})?(?: \d{4})?|\d{1,2} \d{4}|\d{4})$`,
  "i",
);
const TEXT_THEN_PERIOD = new RegExp(
  String.raw`^(?<text>.+?) (?<period>(?:${PERIOD_WORD})(?: \d{1,2})?(?: \d{4})?)$`,
  "i",
);
// A textual KF target starts with a letter, but not with a unit that belongs to the number before it.
const STARTS_TEXT = /^(?!st(?:\s|$))\p{L}/u;
const VALUE_CELLS = 7;
const MAX_PARSES = 16;

/** One reading of a wrapped-layout values line. */
export interface ValuesLineB {
  /** Name text printed in front of the first cell ("Antal hemlösa", "Sjukfrånvaro"), else null. */
  namePrefix: string | null;
  /**
   * The seven value cells in column order: utfall, män, kvinnor, previous outcome, prognos, årsmål,
   * KF:s årsmål. null = empty cell. The seventh is the start of a text when `kfIsText`.
   */
  cells: readonly (string | null)[];
  /** True when the KF target is text ("tas fram", "fastställ"), which may continue on the next lines. */
  kfIsText: boolean;
  /** The Period cell as far as printed on this line ("Tertial", "2017"), null when absent. */
  period: string | null;
  /** How many readings the line has; 1 = unique, more = the first was chosen. */
  parseCount: number;
}

/** True for a line that is (part of) a Period cell: "Tertial", "1 2017", "Halvår 1 2017", "2017", "VB 2016". */
export function isPeriodFragment(text: string): boolean {
  return PERIOD_FRAGMENT.test(text.trim());
}

/** True when a Period text already ends in a year, i.e. no continuation line is expected. */
export function isPeriodComplete(period: string): boolean {
  return /\d{4}$/.test(period.trim());
}

/**
 * Reads a raw wrapped-layout line as a values line. Returns null when the line has no reading with exactly
 * seven value cells (six plus text), i.e. when it is a name, analysis or continuation line.
 */
export function parseValuesLineB(raw: string): ValuesLineB | null {
  const line = /\s$/.test(raw) ? raw : `${raw} `;
  if (line.trim() === "") return null;
  const parses: ValuesLineB[] = [];
  for (const [prefix, start] of prefixCandidates(line)) {
    for (const tail of readCells(line, start, [])) {
      parses.push({ namePrefix: prefix, ...tail, parseCount: 0 });
      if (parses.length >= MAX_PARSES) break;
    }
  }
  const first = parses[0];
  return first === undefined ? null : { ...first, parseCount: parses.length };
}

/**
 * [name prefix, index where the cells start]: no prefix when the line starts with spaces + a value.
 * Only word ends followed by a space (an empty first cell) or the start of a value can start the cells.
 */
function prefixCandidates(line: string): [string | null, number][] {
  const indent = line.length - line.trimStart().length;
  if (!/^\p{L}|^\(/u.test(line.slice(indent))) return [[null, 0]];
  const candidates: [string | null, number][] = [];
  for (let i = indent + 1; i < line.length; i++) {
    if (line[i] !== " " || line[i - 1] === " ") continue;
    const next = line.charCodeAt(i + 1);
    if (next === SPACE || startsValue(next)) candidates.push([line.slice(indent, i), i + 1]);
  }
  return candidates;
}

const SPACE = 32;

type CellsReading = Omit<ValuesLineB, "namePrefix" | "parseCount">;

function* readCells(line: string, pos: number, cells: (string | null)[]): Generator<CellsReading> {
  const rest = line.slice(pos);
  if (cells.length === VALUE_CELLS) {
    const period = rest.trim();
    if (period === "" && cells.some((cell) => cell !== null)) yield { cells, kfIsText: false, period: null };
    else if (!rest.startsWith(" ") && isPeriodFragment(period)) yield { cells, kfIsText: false, period };
    return;
  }
  if (cells.length === VALUE_CELLS - 1 && STARTS_TEXT.test(rest) && !isPeriodFragment(rest)) {
    const text = rest.trim();
    const split = TEXT_THEN_PERIOD.exec(text)?.groups;
    if (split?.["text"] !== undefined && split["period"] !== undefined && !/\d$/.test(split["text"])) {
      yield { cells: [...cells, split["text"]], kfIsText: true, period: split["period"] };
    } else {
      yield { cells: [...cells, text], kfIsText: true, period: null };
    }
  }
  if (rest.startsWith(" ")) yield* readCells(line, pos + 1, [...cells, null]);
  // A value starts with a digit, "-" or "+": elsewhere (inside a name or a sentence) no cell can start.
  if (!startsValue(line.charCodeAt(pos))) return;
  for (let end = line.indexOf(" ", pos + 1); end !== -1; end = line.indexOf(" ", end + 1)) {
    const candidate = line.slice(pos, end);
    if (VALUE.test(candidate)) yield* readCells(line, end + 1, [...cells, candidate]);
  }
}

function startsValue(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45;
}
