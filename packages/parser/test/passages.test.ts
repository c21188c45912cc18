import { describe, expect, it } from "vitest";
import { scanPassages } from "../src/text/passages.ts";
import { splitLines, toSourceLines } from "../src/text/source-lines.ts";

const scan = (text: string) => scanPassages("f.txt", toSourceLines(splitLines(text)));

describe("scanPassages", () => {
  it("keeps each paragraph under its heading with its first and last line, and leaves tables and page furniture out", () => {
    const text = [
      "### **Ekonomiskt bistånd**", // 1: a markdown heading
      "",
      "I mars erhöll 8 530 hushåll ekonomiskt bistånd.", // 3
      "Budget\t94,6\t98,1", // 4: a table row
      "",
      "Sid 34 (58)", // 6: page furniture
      "",
      "Sjukfrånvaro", // 8: a short line standing alone before a sentence
      "",
      "Pandemin påverkar sjukfrånvaron. Den har sjunkit", // 10: wrapped over two lines
      "",
      "under våren.", // 12
    ].join("\n");
    expect(scan(text)).toEqual([
      {
        heading: "Ekonomiskt bistånd",
        text: "I mars erhöll 8 530 hushåll ekonomiskt bistånd.",
        source: { file: "f.txt", line: 3 },
        endLine: 3,
      },
      {
        heading: "Sjukfrånvaro",
        text: "Pandemin påverkar sjukfrånvaron. Den har sjunkit under våren.",
        source: { file: "f.txt", line: 10 },
        endLine: 12,
      },
    ]);
  });

  it("closes a long passage at a sentence end, so no passage runs past the hard limit by more than a line", () => {
    const sentence = "Förvaltningen har arbetat vidare med uppdraget under perioden och fortsätter under året.";
    const passages = scan(Array.from({ length: 40 }, () => sentence).join("\n\n"));
    expect(passages.length).toBeGreaterThan(5);
    expect(passages.every((p) => p.text.length <= 1_200 + sentence.length)).toBe(true);
    expect(passages.map((p) => p.text).join(" ")).toBe(Array.from({ length: 40 }, () => sentence).join(" "));
  });

  it("does not take a sentence's last line or a lower-case line for a heading", () => {
    const passages = scan(["Det gick bra.", "", "under våren", "", "Nästa stycke börjar här."].join("\n"));
    expect(passages.map((p) => p.heading)).toEqual([null]);
    expect(passages[0]?.text).toBe("Det gick bra. under våren Nästa stycke börjar här.");
  });
});
