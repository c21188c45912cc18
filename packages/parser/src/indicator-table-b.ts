import type { IndicatorDraft, ScanContext } from "./scan-context.ts";

// Placeholder while the scanner is being written in parallel; replaced by its owner.
export function scanIndicatorsB(_ctx: ScanContext): IndicatorDraft[] {
  return [];
}
