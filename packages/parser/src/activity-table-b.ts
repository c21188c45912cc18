import type { ActivityDraft, ScanContext } from "./scan-context.ts";

// Placeholder while the scanner is being written in parallel; replaced by its owner.
export function scanActivitiesB(_ctx: ScanContext): ActivityDraft[] {
  return [];
}
