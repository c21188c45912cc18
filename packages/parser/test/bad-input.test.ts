import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseReport, readReportFile, ReportParseError } from "../src/index.ts";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const S20 = "socialnamnden-t1-2020.txt";
const CHECKSUM = "0".repeat(64);
const tmp = mkdtempSync(join(tmpdir(), "tertial-bad-input-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parseError(text: string, file = "bad.txt"): ReportParseError {
  try {
    parseReport(text, { file, checksum: CHECKSUM });
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error("parseReport did not throw");
}

async function readError(name: string, bytes: Uint8Array): Promise<ReportParseError> {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  try {
    await readReportFile(path);
  } catch (error) {
    if (error instanceof ReportParseError) return error;
    throw error;
  }
  throw new Error("readReportFile did not reject");
}

const s20Lines = readFileSync(join(reportsDir, S20), "utf8").split("\n");

describe("bad input gives a one-line ReportParseError naming file:line and what to do", () => {
  it.each([
    ["an empty file", "", 1, /^bad\.txt:1: the file is empty; export the whole report/],
    ["a file of blank lines", "\n  \n\t\n", 1, /^bad\.txt:1: the file is empty/],
    [
      "text with control characters",
      "Tertialrapport\nabc\u0000\u0001def\n",
      2,
      /^bad\.txt:2: the file holds binary data/,
    ],
    [
      "another document",
      "# Mötesanteckningar\n\nVi gick igenom budgeten och Socialförvaltningen.\n\n- punkt ett\n",
      1,
      /^bad\.txt:1: no goal labels \("KF:s inriktningsmål:", "KF:s mål för verksamhetsområdet:", "Nämndmål:"\) were found, so this is not a tertialrapport/,
    ],
    ["a table of contents only", s20Lines.slice(0, 75).join("\n"), 1, /^bad\.txt:1: no goal labels/],
    [
      "S20 cut off at line 1000",
      s20Lines.slice(0, 1000).join("\n"),
      1000,
      /^bad\.txt:1000: the text ends before "Övrigt", the last entry of its table of contents \(line 64\), so the file looks truncated/,
    ],
    [
      "a report that stops right after a goal",
      "Tertialrapport Tertial 1 2019 för Socialnämnden\n\nKF:s mål för verksamhetsområdet: 1.1 Mål ett\nUppfylls helt\nAnalys\nText.\n\nNämndmål:\n\n1.1.1 Sista målet\n\nUppfylls helt\n",
      12,
      /^bad\.txt:12: the text ends right after goal "Sista målet" \(line 8\) with nothing below it, so the file looks truncated/,
    ],
  ])("%s", (_name, text, line, message) => {
    const error = parseError(text);
    expect(error).toMatchObject({ name: "ReportParseError", file: "bad.txt", line });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
    expect(error.issues[0]?.line).toBe(line);
  });

  it("rejects a binary file with the line of its first NUL byte", async () => {
    const error = await readError(
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    expect(error).toMatchObject({ file: "image.txt", line: 3 });
    expect(error.message).toMatch(
      /^image\.txt:3: the file is binary \(a NUL byte at line 3\), not report text; export the report from the PDF as UTF-8 text/,
    );
  });

  it("rejects a Latin-1 file with the line of its first invalid byte", async () => {
    const latin1 = Buffer.from("Tertialrapport\nTill\nSocialn\xe4mnden\n", "latin1");
    const error = await readError("latin1.txt", latin1);
    expect(error).toMatchObject({ file: "latin1.txt", line: 3 });
    expect(error.message).toMatch(/^latin1\.txt:3: the file is not UTF-8 text \(an invalid byte on line 3\)/);
  });

  it("rejects an empty file read from disk", async () => {
    expect((await readError("empty.txt", new Uint8Array())).message).toMatch(/^empty\.txt:1: the file is empty/);
  });

  it("accepts a UTF-8 byte-order mark", async () => {
    const path = join(tmp, "bom.txt");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(reportsDir, S20))]));
    const report = await readReportFile(path);
    expect(report.goals).toHaveLength(32);
    expect(report.goals[0]?.source.line).toBe(114);
  });
});
