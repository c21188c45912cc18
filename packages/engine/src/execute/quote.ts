import { stemIn } from "../text/subject-words.ts";

/** A quoted passage is at most this long; longer ones are cut to the sentences that hold the subject. */
export const MAX_QUOTE = 600;

/**
 * The part of a passage worth quoting: the whole passage when it is short, else the run of sentences
 * around the one holding most of the subject's stems, within MAX_QUOTE characters, marked with "…"
 * where it was cut.
 */
export function quotePassage(text: string, stems: readonly string[]): string {
  if (text.length <= MAX_QUOTE) return text;
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”]?\s*|$)/g) ?? [text];
  const hits = sentences.map((sentence) => {
    const words =
      sentence
        .toLowerCase()
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .match(/[\p{L}\p{N}-]+/gu) ?? [];
    return stems.filter((s) => stemIn(s, words)).length;
  });
  let best = 0;
  hits.forEach((n, i) => {
    if (n > (hits[best] ?? 0)) best = i;
  });
  let from = best;
  let to = best + 1;
  let length = sentences[best]?.length ?? 0;
  // Grow forwards first (an explanation follows its claim), then backwards.
  for (;;) {
    const next = sentences[to];
    if (next !== undefined && length + next.length <= MAX_QUOTE) {
      length += next.length;
      to += 1;
      continue;
    }
    const before = sentences[from - 1];
    if (before !== undefined && length + before.length <= MAX_QUOTE) {
      length += before.length;
      from -= 1;
      continue;
    }
    break;
  }
  const body = sentences.slice(from, to).join("").trim();
  const cut = body.length > MAX_QUOTE ? `${body.slice(0, MAX_QUOTE - 1).trimEnd()}…` : body;
  return `${from > 0 ? "… " : ""}${cut}${to < sentences.length && !cut.endsWith("…") ? " …" : ""}`;
}
