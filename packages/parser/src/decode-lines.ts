import { isUtf8 } from "node:buffer";
import { hasCyrillic } from "./text/markup.ts";
import type { WholeTextFacts } from "./parse-report.ts";
import { hasControlCharacters } from "./report-checks.ts";
import { splitLines } from "./text/source-lines.ts";

/**
 * Bytes decoded at a time. A report decoded as one string (≈ 200 k characters, two bytes each when
 * it holds a dash or a Cyrillic letter) lands in V8's large-object space, which costs more than the
 * whole decoding. Small pieces also keep most lines one byte per character (a line is stored like
 * the piece it was cut from), which every later pattern scans faster: 4 kB pieces parse ≈ 10 %
 * faster than 32 kB ones.
 */
const PIECE_BYTES = 4 * 1024;
const BOM = "\uFEFF";
const LINE_FEED = 0x0a;

export interface DecodedLines extends WholeTextFacts {
  lines: string[];
}

/**
 * The lines of UTF-8 bytes exactly as `splitLines(text.replace(/^\uFEFF/, ""))` gives them for
 * `text = new TextDecoder("utf-8").decode(bytes)` (which drops a first BOM itself), and the whole
 * text's facts, decoded piece by piece: pieces end right after a line feed, which is never part of
 * a multi-byte character or of a line. Null when the bytes are not valid UTF-8.
 */
export function decodeLines(bytes: Buffer, pieceBytes = PIECE_BYTES): DecodedLines | null {
  if (!isUtf8(bytes)) return null;
  const lines: string[] = [];
  let controlCharacters = false;
  let cyrillic = false;
  let start = 0;
  do {
    let end = Math.min(bytes.length, start + pieceBytes);
    if (end < bytes.length) {
      const lineFeed = bytes.indexOf(LINE_FEED, end - 1);
      end = lineFeed === -1 ? bytes.length : lineFeed + 1;
    }
    let piece = bytes.toString("utf8", start, end);
    if (start === 0) {
      if (piece.startsWith(BOM)) piece = piece.slice(1);
      if (piece.startsWith(BOM)) piece = piece.slice(1);
    }
    controlCharacters ||= hasControlCharacters(piece);
    cyrillic ||= hasCyrillic(piece);
    const pieceLines = splitLines(piece);
    // A piece before the last ends with its line break: the empty string after it is not a line.
    if (end < bytes.length) pieceLines.pop();
    for (const line of pieceLines) lines.push(line);
    start = end;
  } while (start < bytes.length);
  return { lines, hasControlCharacters: controlCharacters, hasCyrillic: cyrillic };
}
