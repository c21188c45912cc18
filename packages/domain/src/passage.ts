import * as z from "zod";
import { Source } from "./source.ts";

/**
 * A paragraph of the report's prose (summaries, goal analyses, budget explanations, section texts)
 * with the heading it stands under: what why-, what- and theme-questions are answered from.
 * `source.line` is its first line and `endLine` its last (1-based, inclusive).
 */
export const Passage = z.object({
  heading: z.string().nullable(),
  text: z.string().min(1),
  source: Source,
  endLine: z.number().int().positive(),
});
export type Passage = z.infer<typeof Passage>;
