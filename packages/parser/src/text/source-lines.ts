import { stripMarkup, withoutBullet } from "./markup.ts";

/** One line of the report: its 1-based number, the raw text (no "\r") and the markup-free text. */
export interface SourceLine {
  readonly number: number;
  readonly raw: string;
  /** `plainText(raw)`: no HTML, markdown or bullet; whitespace collapsed; "" for blank lines. */
  readonly text: string;
  /** `stripMarkup(raw)`: as `text` but a leading list bullet is kept ("- item"). */
  readonly stripped: string;
}

/** Splits report text on \r?\n into numbered lines; lines[0] is line 1. */
export function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r?\n/) : text.split("\n");
}

export function toSourceLines(rawLines: readonly string[]): SourceLine[] {
  return rawLines.map((raw, index) => {
    const stripped = stripMarkup(raw);
    return { number: index + 1, raw, text: withoutBullet(stripped), stripped };
  });
}
