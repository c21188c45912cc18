import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultReportsDir, type Db, readCatalogue, readReport } from "@tertial/store";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, type AnswerItem, createEngine, type Engine } from "../src/index.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

/**
 * The truth invariant over the real reports: questions generated from the catalogue's names and the
 * lexicon's words; in every answer each item carries a source in a loaded file, every number the item
 * takes from a report is printed on its cited lines, and every count the engine computed is the count
 * of the items it names. Every number is looked for on the lines the source cites: [line, endLine ?? line]
 * (a wrapped-layout row cites its first name line through its values line), a passage's within the
 * lines it spans.
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
  return [item.source.line, item.source.endLine ?? item.source.line];
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
  it("holds for every stored indicator and budget cell: its numbers are on its cited lines", () => {
    const ids = db
      .prepare<[], { id: number }>("SELECT id FROM report")
      .all()
      .map((row) => row.id);
    let spanning = 0;
    for (const id of ids) {
      const report = readReport(db, id);
      const facts = [
        ...report.indicators.map((i) => ({
          name: i.name,
          source: i.source,
          raws: [
            i.outcome,
            i.outcomeMen,
            i.outcomeWomen,
            i.previousOutcome,
            i.forecast,
            i.annualTarget,
            i.kfAnnualTarget,
          ]
            .filter((m) => m?.value != null)
            .map((m) => m?.raw ?? ""),
        })),
        ...report.budgetLines.map((b) => ({ name: b.rowLabel, source: b.source, raws: [b.raw] })),
      ];
      for (const { name, source, raws } of facts) {
        const to = source.endLine ?? source.line;
        if (to > source.line) spanning += 1;
        const text = textOf(source.file, source.line, to);
        for (const raw of raws) {
          const number = squeeze(raw).match(/-?\d[\d,.]*/)?.[0] ?? "";
          expect(
            text.includes(number.replace(/^-/, "")),
            `${number} of "${name}" on ${source.file}:${source.line}-${to}`,
          ).toBe(true);
        }
      }
    }
    // The wrapped layout (socialnamnden-t1-2017.txt) has rows over several lines; the tabbed ones do not.
    expect(spanning).toBeGreaterThan(60);
  });

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
