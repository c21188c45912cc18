import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultReportsDir, type Db, readCatalogue } from "@tertial/store";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, type AnswerItem, createEngine, type Engine } from "../src/index.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

/**
 * The truth invariant over the real reports: questions generated from the catalogue's names and the
 * lexicon's words; in every answer each item carries a source in a loaded file, every number the item
 * takes from a report is printed on its cited lines, and every count the engine computed is the count
 * of the items it names. A table row's values may be wrapped onto the lines after its first line (the
 * wrapped layout), so an indicator's and a budget row's numbers are looked for from the cited line to
 * the next few; a passage's within the lines it spans.
 */
let real: Awaited<ReturnType<typeof openRealReportsDb>>;
let db: Db;
let engine: Engine;
const lines = new Map<string, string[]>();

beforeAll(async () => {
  real = await openRealReportsDb();
  db = real.db;
  engine = createEngine(db);
}, 120_000);

afterAll(() => real.close());

/** Wrapped table rows put a row's cells on the following lines: how far a row's numbers may run on. */
const ROW_SPAN = 14;

function textOf(file: string, from: number, to: number): string {
  let text = lines.get(file);
  if (text === undefined) {
    text = readFileSync(join(defaultReportsDir(), file), "utf8").split(/\r?\n/);
    lines.set(file, text);
  }
  return squeeze(text.slice(from - 1, to).join(" "));
}

/** Without spaces of any kind and markup, so "1 242,6" printed as "1 242,6" or "1\u00a0242,6" compares alike. */
function squeeze(text: string): string {
  return text.replace(/<[^>]+>/g, "").replace(/[\s\u00a0\u2009\u202f]+/g, "");
}

/** The numbers an item takes from its report: measures, amounts, cells, and the digits of a quote. */
function printedNumbers(item: AnswerItem): string[] {
  const raws: string[] = [];
  switch (item.kind) {
    case "indicator": {
      const { outcome, men, women, previous, forecast, target, kfTarget } = item.facts;
      for (const m of [outcome, men, women, previous, forecast, target, kfTarget])
        if (m?.value != null) raws.push(m.raw);
      break;
    }
    case "budget-line":
      for (const cell of item.facts.cells) if (cell.amount !== null) raws.push(cell.raw);
      break;
    case "passage":
      raws.push(...(item.facts.text.match(/\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[,.]\d+)*/g) ?? []));
      break;
    // A goal's number may be inferred from a heading elsewhere (the parser warns when it is); its title is the fact.
    default:
      break;
  }
  return raws.map((raw) => squeeze(raw).match(/-?\d[\d,.]*/)?.[0] ?? "").filter((n) => n !== "");
}

function span(item: AnswerItem): [number, number] {
  if (item.kind === "passage") return [item.source.line, item.facts.endLine];
  if (item.kind === "indicator" || item.kind === "budget-line") return [item.source.line, item.source.line + ROW_SPAN];
  return [item.source.line, item.source.line];
}

function checkAnswer(answer: Answer): void {
  const files = new Set(["norrmalm-t2-2021.txt", "socialnamnden-t1-2017.txt", "socialnamnden-t1-2020.txt"]);
  for (const item of answer.items) {
    expect(files.has(item.source.file), `${item.name}: ${item.source.file}`).toBe(true);
    expect(item.source.line).toBeGreaterThan(0);
    if (item.kind === "report") continue;
    const [from, to] = span(item);
    const text = textOf(item.source.file, from, to);
    for (const number of printedNumbers(item)) {
      expect(
        text.includes(number.replace(/^-/, "")),
        `${number} of "${item.name}" on ${item.source.file}:${from}-${to}`,
      ).toBe(true);
    }
  }
  for (const figure of answer.computed ?? []) {
    expect(figure.method).toBe("count");
    expect(figure.value).toBe(figure.of.length);
    expect(figure.of.every((i) => answer.items[i] !== undefined)).toBe(true);
  }
}

describe("the truth invariant", () => {
  it("holds for questions made from every kind of name and lexicon word", () => {
    const catalogue = readCatalogue(db);
    const indicator = fc.constantFrom(...catalogue.indicatorNames);
    const budgetRow = fc.constantFrom(...catalogue.budgetRows);
    const goalCode = fc.constantFrom(
      ...catalogue.goalTitles.flatMap((goal) => (goal.code === null ? [] : [goal.code])),
    );
    const organisation = fc.constantFrom("", " i Norrmalm", " för socialnämnden", " socialnämnden 2017", " T1 2020");
    const question = fc.oneof(
      fc.tuple(indicator, organisation).map(([name, org]) => `vad är ${name}${org}?`),
      fc.tuple(indicator, organisation).map(([name, org]) => `varför ${name.toLowerCase()}${org}?`),
      indicator.map((name) => `${name} över tid`),
      fc.tuple(budgetRow, organisation).map(([row, org]) => `budget ${row}${org}`),
      fc.tuple(goalCode, organisation).map(([code, org]) => `vilka nämndmål finns under ${code}${org}?`),
      fc
        .tuple(fc.constantFrom("i fas", "ej i fas", "risk", "okänd status", "försenade"), organisation)
        .map(([status, org]) => `vilka indikatorer är ${status}${org}?`),
      fc
        .tuple(fc.constantFrom("indikatorer", "aktiviteter", "nämndmål", "KF-mål"), organisation)
        .map(([kind, org]) => `hur många ${kind} finns${org}?`),
      fc
        .tuple(
          fc.constantFrom("hemlöshet", "våld i nära relationer", "sjukfrånvaro", "ekonomiskt bistånd"),
          organisation,
        )
        .map(([theme, org]) => `vad gör nämnden mot ${theme}${org}?`),
      organisation.map((org) => `hur stort underskott${org}?`),
    );
    fc.assert(
      fc.property(question, (q) => {
        checkAnswer(engine.ask(q).answer);
      }),
      { numRuns: 200, seed: 20261202 },
    );
  }, 120_000);
});
