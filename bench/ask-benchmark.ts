/**
 * Question latency on the 1,000-report corpus database: cold start (open the database, read the report
 * list and catalogue) and p50/p95/p99 answer time over a fixed mix of questions (lists, counts, the goal
 * hierarchy, budget, prose), passages indexed,
 * asked in several rounds (follow-ups carry their conversation state).
 *
 *   npm run bench:corpus -- --count 1000 --db bench/out/city.db   # once, writes the database
 *   npm run bench:ask -- [--db bench/out/city.db] [--rounds 20]
 *
 * Targets: p95 ≤ 20 ms, p99 ≤ 50 ms, cold start ≤ 1 s.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEngine, type ConversationState } from "@tertial/engine";
import { listReports, openDatabase, repoPath } from "@tertial/store";

const { values } = parseArgs({
  options: { db: { type: "string", default: "bench/out/city.db" }, rounds: { type: "string", default: "20" } },
});
const dbPath = repoPath(values.db);
const rounds = Number(values.rounds);
if (!existsSync(dbPath)) {
  console.error(`no database at ${dbPath}; write it with: npm run bench:corpus -- --count 1000 --db ${values.db}`);
  process.exit(1);
}

/** [question, follows the previous question] */
const QUESTIONS: readonly [string, boolean][] = [
  ["vilka indikatorer är försenade denna tertial?", false],
  ["och för Norrmalm?", true],
  ["och 2017?", true],
  ["which indicators are off track for Norrmalm in T2 2021?", false],
  ["vilka indikatorer är forsenade för Socialnämnden T1 2020?", false],
  ["vilka mål uppfylls bara delvis?", false],
  ["which activities have a deviation?", false],
  ["vilka aktiviteter är försenade i soc T1 2020?", false],
  ["vad är sjukfrånvaron i Socialnämnden T1 2020?", false],
  ["vad ar sjukfranvaron i Normalm", false],
  ["prognos för feriejobb Norrmalm", false],
  ["mål 1.2.1", false],
  ["goal 1.2 for Bromma T2 2020", false],
  ["budgetavvikelse äldreomsorg", false],
  ["hur ser prognosen ut för ekonomiskt bistånd?", false],
  ["vilka medel begär socialnämnden?", false],
  ["sjukfrånvaro över tid för Socialnämnden", false],
  ["sjukfrånvaro T1 2017 till T1 2020 Farsta", false],
  ["jämför sjukfrånvaro mellan nämnderna", false],
  ["compare sick leave between committees in T1 2020", false],
  ["vilka rapporter finns?", false],
  ["help", false],
  ["asdf qwerty zxcv", false],
  ["antal hemlösa", false],
  ["hur går det?", false],
  ["hur går det för Norrmalm?", false],
  ["Kulturnämnden T2 2023", false],
  ["vad gör nämnden mot hemlöshet?", false],
  ["vad gör Norrmalm mot hedersrelaterat våld?", false],
  // Engine v2: counts, the goal hierarchy, prose (why and themes), money requests, changes.
  ["hur många indikatorer har Norrmalm?", false],
  ["hur många nämndmål uppfylls helt i socialnämnden T1 2020?", false],
  ["vilka nämndmål finns under KF-målet 3.2?", false],
  ["vilka KF-mål för verksamhetsområdet saknar nämndmål?", false],
  ["vilka aktiviteter startade före 2017?", false],
  ["varför är sjukfrånvaron hög?", false],
  ["varför prognostiserar Enheten för hemlösa ett underskott?", false],
  ["what is Socialnämnden doing about violent extremism?", false],
  ["vilka budgetjusteringar begär Norrmalm?", false],
  ["vad har ändrats sedan förra rapporten?", false],
  ["hur stort underskott har socialnämnden?", false],
];

const coldStart = performance.now();
const db = openDatabase(dbPath, { readonly: true });
// The answer cache is off: this measures the engine's work for every question, not reuse.
const engine = createEngine(db, { cacheSize: 0 });
const coldMs = performance.now() - coldStart;
const reportCount = listReports(db).length;

const times: number[] = [];
const firstRound: number[] = [];
const perQuestion = new Map<string, number[]>();
for (let round = 0; round < rounds; round += 1) {
  let state: ConversationState | undefined;
  for (const [question, followUp] of QUESTIONS) {
    const started = performance.now();
    const result = engine.ask(question, followUp ? state : undefined);
    const ms = performance.now() - started;
    state = result.state;
    // The first round warms the statement cache and the engine's per-refresh memory (each report's
    // rows, the report pairs' comparisons): it is reported on its own, as what a fresh engine costs.
    if (round === 0) {
      firstRound.push(ms);
      continue;
    }
    times.push(ms);
    perQuestion.set(question, [...(perQuestion.get(question) ?? []), ms]);
  }
}
db.close();

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const sorted = [...times].sort((a, b) => a - b);
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`database: ${values.db} (${reportCount} reports)`);
console.log(`cold start (open + report list + catalogue): ${fmt(coldMs)}`);
console.log(`answers: ${times.length} (${QUESTIONS.length} questions × ${rounds - 1} measured rounds)`);
console.log(
  `p50 ${fmt(quantile(sorted, 0.5))}  p95 ${fmt(quantile(sorted, 0.95))}  p99 ${fmt(quantile(sorted, 0.99))}  max ${fmt(sorted[sorted.length - 1] ?? NaN)}`,
);
const first = [...firstRound].sort((a, b) => a - b);
console.log(
  `first round (fresh engine, ${first.length} answers): p50 ${fmt(quantile(first, 0.5))}  max ${fmt(first[first.length - 1] ?? NaN)}  total ${fmt(firstRound.reduce((sum, ms) => sum + ms, 0))}`,
);
console.log("\nslowest questions (p95):");
for (const [question, ms] of [...perQuestion.entries()]
  .map(
    ([q, list]) =>
      [
        q,
        quantile(
          [...list].sort((a, b) => a - b),
          0.95,
        ),
      ] as const,
  )
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8)) {
  console.log(`  ${fmt(ms).padStart(10)}  ${question}`);
}
