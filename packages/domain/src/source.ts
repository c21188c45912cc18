import * as z from "zod";

/** Where a fact was printed: the report file (base name) and its 1-based line. */
export const Source = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
});
export type Source = z.infer<typeof Source>;

/** A problem the parser could not resolve by itself; never dropped silently. */
export const ParseWarning = z.object({
  file: z.string().min(1),
  line: z.number().int().nonnegative(),
  message: z.string().min(1),
});
export type ParseWarning = z.infer<typeof ParseWarning>;
