import * as z from "zod";

/**
 * met: the target is reached (final outcome); on-track: the forecast reaches the target;
 * at-risk: partly or uncertain; off-track: the forecast misses the target; missed: the final
 * outcome missed it; unknown: nothing to judge by.
 */
export const Status = z.enum(["met", "on-track", "at-risk", "off-track", "missed", "unknown"]);
export type Status = z.infer<typeof Status>;

/** higher = higher is better, lower = lower is better, band = within ±N of zero. */
export const Direction = z.enum(["higher", "lower", "band"]);
export type Direction = z.infer<typeof Direction>;
