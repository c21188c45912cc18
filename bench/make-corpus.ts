/**
 * Generates a city-sized corpus from the three real reports: each copy re-labelled for one of
 * Stockholm's 14 stadsdelsnämnder and 15 facknämnder, shifted to another year and kind, with its
 * decimals perturbed. Writes <out>/<slug>-<kind>-<year>.txt, a <file>.meta.json sidecar with the
 * identity of each copy whose text has no header, and manifest.json (every file, with that identity).
 * With --db, loads the corpus folder into that database afterwards, as `tertial load <out>` would.
 *
 *   npm run bench:corpus -- [--count 1000] [--out bench/out/corpus] [--db bench/out/city.db]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { IdentityOverride } from "@tertial/parser";
import { openDatabase, repoPath } from "@tertial/store";
import { loadPaths, type LoadOptions, type LoadSummary } from "@tertial/loader";

export const ORGANISATIONS = [
  "Rinkeby-Kista stadsdelsnämnd",
  "Spånga-Tensta stadsdelsnämnd",
  "Hässelby-Vällingby stadsdelsnämnd",
  "Bromma stadsdelsnämnd",
  "Kungsholmens stadsdelsnämnd",
  "Norrmalms stadsdelsnämnd",
  "Östermalms stadsdelsnämnd",
  "Södermalms stadsdelsnämnd",
  "Enskede-Årsta-Vantörs stadsdelsnämnd",
  "Skarpnäcks stadsdelsnämnd",
  "Farsta stadsdelsnämnd",
  "Älvsjö stadsdelsnämnd",
  "Hägersten-Älvsjö stadsdelsnämnd",
  "Skärholmens stadsdelsnämnd",
  "Socialnämnden",
  "Arbetsmarknadsnämnden",
  "Utbildningsnämnden",
  "Äldrenämnden",
  "Kulturnämnden",
  "Idrottsnämnden",
  "Miljö- och hälsoskyddsnämnden",
  "Stadsbyggnadsnämnden",
  "Trafiknämnden",
  "Exploateringsnämnden",
  "Fastighetsnämnden",
  "Servicenämnden",
  "Överförmyndarnämnden",
  "Kyrkogårdsnämnden",
  "Stockholms stads kommunstyrelse",
] as const;

const KINDS = ["T1", "T2", "VB"] as const;
const TEMPLATES = {
  s20: { file: "socialnamnden-t1-2020.txt", organisation: "Socialnämnden", year: 2020, hasHeader: true },
  s17: { file: "socialnamnden-t1-2017.txt", organisation: "Socialnämnden", year: 2017, hasHeader: false },
  n21: { file: "norrmalm-t2-2021.txt", organisation: "Norrmalms stadsdelsnämnd", year: 2021, hasHeader: true },
} as const;

export interface CorpusEntry {
  file: string;
  identity: IdentityOverride | null;
}

/** Writes `count` report texts into `outDir` (emptied first); returns the manifest. */
export function makeCorpus(outDir: string, count: number): CorpusEntry[] {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, "manifest.json"))) {
    throw new Error(`${outDir} is not empty and holds no corpus manifest; choose another --out.`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const texts = Object.fromEntries(
    Object.entries(TEMPLATES).map(([key, t]) => [key, readFileSync(repoPath(join("data/reports", t.file)), "utf8")]),
  );
  const random = mulberry32(20240502);
  const entries: CorpusEntry[] = [];
  for (let year = 2023; entries.length < count && year > 1990; year -= 1) {
    for (const kind of KINDS) {
      for (const [index, organisation] of ORGANISATIONS.entries()) {
        if (entries.length >= count) break;
        const key = kind === "T2" ? "n21" : kind === "T1" && index % 3 === 2 ? "s17" : "s20";
        const template = TEMPLATES[key];
        const text = relabel(texts[key] ?? "", template, organisation, kind, year, random);
        const file = `${slug(organisation)}-${kind.toLowerCase()}-${year}.txt`;
        writeFileSync(join(outDir, file), text);
        const identity = template.hasHeader ? null : { organisation, kind, year };
        if (identity) writeFileSync(join(outDir, `${file}.meta.json`), JSON.stringify(sidecarOf(identity)));
        entries.push({ file, identity });
      }
    }
  }
  writeFileSync(join(outDir, "manifest.json"), JSON.stringify(entries, null, 1));
  return entries;
}

function relabel(
  text: string,
  template: (typeof TEMPLATES)[keyof typeof TEMPLATES],
  organisation: string,
  kind: string,
  year: number,
  random: () => number,
): string {
  const shift = year - template.year;
  return text
    .replace(/\b(19[9]\d|20[0-3]\d)\b/g, (y) => String(Number(y) + shift))
    .replaceAll(template.organisation, organisation)
    .replace(/^(\W*)Tertialrapport Tertial [123] (\d{4}) för (.+?)(\W*)$/m, (_m, pre: string, _y, _o, post: string) =>
      kind === "VB"
        ? `${pre}Verksamhetsberättelse VB ${year} för ${organisation}${post}`
        : `${pre}Tertialrapport Tertial ${kind.slice(1)} ${year} för ${organisation}${post}`,
    )
    .replace(/(\d),(\d)(?!\d)/g, (_m, whole: string) => `${whole},${Math.floor(random() * 10)}`);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A small deterministic PRNG, so every run writes the same corpus. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sidecar (`<file>.meta.json`) stating a header-less copy's identity, as readReportFile reads it. */
function sidecarOf(identity: { organisation: string; kind: string; year: number }): {
  organisation: string;
  period: string;
} {
  return { organisation: identity.organisation, period: `${identity.kind}-${identity.year}` };
}

/** A corpus written before sidecars existed lacks them; a corpus with them loads as a plain folder. */
export function hasSidecars(outDir: string, entries: readonly CorpusEntry[]): boolean {
  return entries.every((entry) => entry.identity === null || existsSync(join(outDir, `${entry.file}.meta.json`)));
}

/** Loads a generated corpus folder into `dbPath` in one loadPaths call, as `tertial load <outDir>` does. */
export async function loadCorpus(outDir: string, dbPath: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const db = openDatabase(dbPath);
  try {
    return await loadPaths(db, [outDir], options);
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000" },
      out: { type: "string", default: "bench/out/corpus" },
      db: { type: "string" },
    },
  });
  const outDir = repoPath(values.out);
  const entries = makeCorpus(outDir, Number(values.count));
  console.log(`wrote ${entries.length} reports to ${outDir}`);
  if (values.db !== undefined) {
    const dbPath = repoPath(values.db);
    rmSync(dbPath, { force: true });
    const summary = await loadCorpus(outDir, dbPath);
    const failed = summary.files.filter((f) => f.outcome === "failed");
    console.log(`loaded into ${dbPath}: ${summary.added + summary.replaced} reports, ${failed.length} failed`);
    for (const file of failed.slice(0, 5)) console.log(`  ${file.path}: ${file.error?.split("\n")[0]}`);
  }
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) await main();
