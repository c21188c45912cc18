import type { Status } from "@tertial/domain";
import { STATUS_EMOJI } from "@tertial/engine";

/** The emoji for a status (the engine's shared vocabulary); a bullet for items without one (budget rows, reports). */
export function statusEmoji(status: Status | null): string {
  return status === null ? "•" : STATUS_EMOJI[status];
}
