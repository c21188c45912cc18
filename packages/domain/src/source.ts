import * as z from "zod";

/**
 * Where a fact was printed: the report file (base name) and its 1-based line. `line` is the first line
 * of the fact (goal ownership and row keys use it); `endLine`, when present, is the last line (≥ line,
 * inclusive) of a fact printed over several lines, e.g. a wrapped-layout indicator whose name starts on
 * `line` and whose values are on `endLine`. Every number of the fact is on a line in [line, endLine ?? line].
 */
export const Source = z
  .object({
    file: z.string().min(1),
    line: z.number().int().positive(),
    endLine: z.number().int().positive().optional(),
  })
  .refine((source) => source.endLine === undefined || source.endLine >= source.line, {
    message: "endLine must not be before line",
    path: ["endLine"],
  });
export type Source = z.infer<typeof Source>;

/** A source as cited: `file:line`, or `file:line–endLine` when the fact spans several lines. */
export function formatSource(source: { file: string; line: number; endLine?: number | undefined }): string {
  return `${source.file}:${formatLines(source)}`;
}

/** The line part of a citation: `line`, or `line–endLine` when endLine is after line. */
export function formatLines(source: { line: number; endLine?: number | undefined }): string {
  return source.endLine !== undefined && source.endLine > source.line
    ? `${source.line}–${source.endLine}`
    : `${source.line}`;
}

/** The source with endLine set only when the fact spans more than one line. */
export function spanSource(file: string, line: number, endLine: number): Source {
  return endLine > line ? { file, line, endLine } : { file, line };
}

/** A problem the parser could not resolve by itself; never dropped silently. */
export const ParseWarning = z.object({
  file: z.string().min(1),
  line: z.number().int().nonnegative(),
  message: z.string().min(1),
});
export type ParseWarning = z.infer<typeof ParseWarning>;
