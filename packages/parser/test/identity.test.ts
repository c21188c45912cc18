import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseReport, readReportFile, ReportParseError } from "../src/index.ts";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const fixturesDir = join(import.meta.dirname, "fixtures");
const CHECKSUM = "0".repeat(64);
const S17 = "socialnamnden-t1-2017.txt";
const readText = (file: string): string => readFileSync(join(reportsDir, file), "utf8");
const tmp = mkdtempSync(join(tmpdir(), "tertial-identity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A small tabbed-layout report body: one KF goal with a nämndmål, enough to parse. */
const BODY = [
  "KF:s inriktningsmål: 1. En modern storstad",
  "KF:s mål för verksamhetsområdet: 1.1 I Stockholm är människor självförsörjande",
  "Uppfylls helt",
  "Analys",
  "Enheten för ekonomiskt bistånd på Skarpnäcks stadsdelsförvaltning arbetar vidare. Skarpnäcks stadsdelsförvaltning följer upp.",
  "Nämndmål: 1.1.1 Invånare klarar sin egen försörjning",
  "Uppfylls helt",
  "Enhetsmål: Handläggningstiden är kort",
  "◆ Uppfylls delvis",
  "Analys",
  "Skarpnäcks stadsdelsområde har kortare väntetider än förra året.",
].join("\n");

describe("report identity", () => {
  it.each([
    [
      "socialnamnden-t1-2020.txt",
      {
        organisation: "Socialnämnden",
        unit: null,
        kind: "T1",
        year: 2020,
        date: "2020-05-26",
        identitySource: "header",
      },
    ],
    [
      "norrmalm-t2-2021.txt",
      {
        organisation: "Norrmalms stadsdelsnämnd",
        unit: null,
        kind: "T2",
        year: 2021,
        date: "2021-09-23",
        identitySource: "header",
      },
    ],
    [
      S17,
      { organisation: "Socialnämnden", unit: null, kind: "T1", year: 2017, date: null, identitySource: "inferred" },
    ],
  ])("%s is %o", async (file, identity) => {
    const report = await readReportFile(join(reportsDir, file));
    expect(report).toMatchObject({ ...identity, sourceFile: file });
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("says how S17's identity was inferred and how to override it", () => {
    const report = parseReport(readText(S17), { file: S17, checksum: CHECKSUM });
    const identityWarnings = report.warnings.filter((w) => w.message.startsWith("identity inferred"));
    expect(identityWarnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /organisation read as "Socialnämnden" from 30 × "Socialnämnden ska" \(first on line 386\), 19 × "Socialförvaltningen" \(first on line 152\),.*--organisation/,
      ),
      expect.stringMatching(/period read as T1 2017 from 22 × "Tertial 1 2017" in indicator Period cells.*--period/),
    ]);
  });

  it("takes flags over inference, and reports identitySource flags", () => {
    const report = parseReport(readText(S17), {
      file: S17,
      checksum: CHECKSUM,
      identity: { organisation: "Socialnämnden", kind: "T1", year: 2017 },
    });
    expect(report).toMatchObject({ organisation: "Socialnämnden", kind: "T1", year: 2017, identitySource: "flags" });
    expect(report.warnings.some((w) => w.message.startsWith("identity inferred"))).toBe(false);
  });

  it("lets a flag replace the header and warns about the difference", () => {
    const file = "socialnamnden-t1-2020.txt";
    const report = parseReport(readText(file), { file, checksum: CHECKSUM, identity: { year: 2021 } });
    expect(report).toMatchObject({ year: 2021, kind: "T1", organisation: "Socialnämnden", identitySource: "flags" });
    expect(report.warnings).toContainEqual({
      file,
      line: 11,
      message: 'year "2021" from the command line replaces "2020" printed in the report',
    });
  });

  it("reads a sidecar <file>.meta.json beside the report; flags still win", async () => {
    const path = join(tmp, "s17-copy.txt");
    writeFileSync(path, readText(S17));
    writeFileSync(
      `${path}.meta.json`,
      JSON.stringify({ organisation: "Arbetsmarknadsnämnden", period: "T2-2017", date: "2017-09-20" }),
    );
    expect(await readReportFile(path)).toMatchObject({
      organisation: "Arbetsmarknadsnämnden",
      kind: "T2",
      year: 2017,
      date: "2017-09-20",
      identitySource: "sidecar",
      sourceFile: "s17-copy.txt",
    });
    expect(await readReportFile(path, { organisation: "Socialnämnden" })).toMatchObject({
      organisation: "Socialnämnden",
      kind: "T2",
      identitySource: "flags",
    });
  });

  it("rejects a sidecar with a bad period, naming the sidecar", async () => {
    const path = join(tmp, "bad-sidecar.txt");
    writeFileSync(path, readText(S17));
    writeFileSync(`${path}.meta.json`, JSON.stringify({ period: "tertial 1" }));
    await expect(readReportFile(path)).rejects.toMatchObject({
      name: "ReportParseError",
      file: "bad-sidecar.txt.meta.json",
      message: expect.stringMatching(/period must look like "T1-2017"/),
    });
  });

  it("reads a unit-level header: the title names the unit, the nämnd is inferred from the prose with a warning", () => {
    const text = `Till\nEnheten för ekonomiskt bistånd\n\nVerksamhetsberättelse VB 2019 för Enheten för ekonomiskt bistånd\n\n${BODY}`;
    const report = parseReport(text, { file: "unit.txt", checksum: CHECKSUM });
    expect(report).toMatchObject({
      organisation: "Skarpnäcks stadsdelsnämnd",
      unit: "Enheten för ekonomiskt bistånd",
      kind: "VB",
      year: 2019,
      date: null,
      identitySource: "inferred",
    });
    expect(report.warnings[0]?.message).toMatch(
      /^identity inferred: the header names the unit "Enheten för ekonomiskt bistånd", not its nämnd; organisation read as "Skarpnäcks stadsdelsnämnd"/,
    );
    expect(report.goals.map((g) => g.level)).toEqual(["direction", "area", "committee", "unit"]);
  });

  it("takes the nämnd from the recipient when the title names a unit", () => {
    const text = `Till\nSkarpnäcks stadsdelsnämnd\n2019-02-14\n\nVerksamhetsberättelse VB 2018 för Enheten för ekonomiskt bistånd\n\n${BODY}`;
    expect(parseReport(text, { file: "unit.txt", checksum: CHECKSUM })).toMatchObject({
      organisation: "Skarpnäcks stadsdelsnämnd",
      unit: "Enheten för ekonomiskt bistånd",
      kind: "VB",
      year: 2018,
      date: "2019-02-14",
      identitySource: "header",
    });
  });

  it("throws a ReportParseError asking for --organisation when no nämnd can be inferred", () => {
    const text =
      "Tertialrapport Tertial 1 2019 för Enheten för hemlösa\n\nKF:s mål för verksamhetsområdet: 1.1 Mål\nUppfylls helt\nAnalys\nText.";
    const error = catchError(() => parseReport(text, { file: "x.txt", checksum: CHECKSUM }));
    expect(error).toBeInstanceOf(ReportParseError);
    expect(error).toMatchObject({ file: "x.txt", line: 1 });
    expect(String(error?.message)).toMatch(
      /^x\.txt:1: the report is a unit-level report for "Enheten för hemlösa" and does not name its nämnd.*--organisation "<nämnd>" or in x\.txt\.meta\.json$/,
    );
  });

  it("loads a unit-level report whose prose names its SDF without --organisation, and says from which lines", async () => {
    const report = await readReportFile(join(fixturesDir, "unit-vb-2019-skarholmen.txt"));
    expect(report).toMatchObject({
      organisation: "Skärholmens stadsdelsnämnd",
      unit: "Enheten för förebyggande arbete",
      kind: "VB",
      year: 2019,
      date: null,
      identitySource: "inferred",
    });
    expect(report.warnings.filter((w) => w.message.startsWith("identity inferred"))).toEqual([
      {
        file: "unit-vb-2019-skarholmen.txt",
        line: 6,
        message:
          'identity inferred: the header names the unit "Enheten för förebyggande arbete", not its nämnd; organisation read as "Skärholmens stadsdelsnämnd" from 3 × "Skärholmen" (first on line 13), 1 × "Skärholmens SDF" (first on line 12); if that is wrong, load it with --organisation "<nämnd>" or put "organisation" in unit-vb-2019-skarholmen.txt.meta.json',
      },
    ]);
  });

  it("keeps the clear error for a unit-level report whose prose settles no nämnd (one passing district name)", async () => {
    await expect(readReportFile(join(fixturesDir, "unit-t1-2019-no-district.txt"))).rejects.toMatchObject({
      name: "ReportParseError",
      message: expect.stringMatching(
        /^unit-t1-2019-no-district\.txt:6: the report is a unit-level report for "Enheten för förebyggande arbete" and does not name its nämnd, and none could be inferred from the text; give it with --organisation "<nämnd>"/,
      ),
    });
  });

  it.each([
    ["Bromma stadsdelsförvaltning och Bromma stadsdelsförvaltning", "Bromma stadsdelsnämnd"],
    ["stadsdelsområdet Kista och Rinkeby-Kista stadsdelsförvaltning", "Rinkeby-Kista stadsdelsnämnd"],
    ["Hägersten-Liljeholmens SDF och Hägersten-Liljeholmens SDN", "Hägersten-Liljeholmens stadsdelsnämnd"],
  ])("infers the nämnd from named district mentions: %s", (prose, organisation) => {
    const text = `Tertialrapport Tertial 1 2019 för Enheten för hemlösa\n\nKF:s mål för verksamhetsområdet: 1.1 Mål\nUppfylls helt\nAnalys\n${prose}.`;
    expect(parseReport(text, { file: "x.txt", checksum: CHECKSUM }).organisation).toBe(organisation);
  });

  it("does not count district names in a report that never speaks of its own district", () => {
    const text =
      "Tertialrapport Tertial 1 2019 för Enheten för hemlösa\n\nKF:s mål för verksamhetsområdet: 1.1 Mål\nUppfylls helt\nAnalys\nBesök i Kista, Kista, Kista, Kista, Kista och Kista.";
    expect(() => parseReport(text, { file: "x.txt", checksum: CHECKSUM })).toThrow(/does not name its nämnd/);
  });

  it("throws a ReportParseError asking for --period when no period can be inferred", () => {
    const text =
      "KF:s mål för verksamhetsområdet: 1.1 Mål\nUppfylls helt\nAnalys\nSocialförvaltningen och Socialförvaltningen arbetar.";
    expect(() => parseReport(text, { file: "x.txt", checksum: CHECKSUM })).toThrow(
      /^x\.txt:1: the report states no period .*--period T1-2017/,
    );
    expect(
      parseReport(text, { file: "x.txt", checksum: CHECKSUM, identity: { kind: "T2", year: 2018 } }),
    ).toMatchObject({
      organisation: "Socialnämnden",
      kind: "T2",
      year: 2018,
      identitySource: "inferred",
    });
  });
});

function catchError(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  return undefined;
}
