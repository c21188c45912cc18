import * as z from "zod";

/**
 * One printed cell with its meaning: `raw` is the text as printed (trimmed), `value` the number it
 * states (null for text such as "Tas fram av nämnd"), `unit` the unit printed beside it ("%", "st",
 * "barn/avd." …) or null when none was printed.
 */
export const Measure = z.object({
  raw: z.string().min(1),
  value: z.number().finite().nullable(),
  unit: z.string().min(1).nullable(),
});
export type Measure = z.infer<typeof Measure>;
