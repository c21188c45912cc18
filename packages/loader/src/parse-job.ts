import type { IdentityOverride } from "@tertial/parser";
import type { PreparedReport } from "@tertial/store";

/** What the loader asks a parse worker to do: read, parse and prepare one report file. */
export interface ParseJob {
  id: number;
  path: string;
  identity: IdentityOverride | undefined;
}

/**
 * A parse worker's answer. "unreadable": reading or parsing failed; "invalid": the store refused the
 * parsed report (InvalidReportError); both fail that file only. "crashed": anything else, which stops the load.
 */
export type ParseOutcome =
  | { kind: "prepared"; prepared: PreparedReport }
  | { kind: "unreadable"; error: string }
  | { kind: "invalid"; error: string }
  | { kind: "crashed"; error: string };

export type ParseReply = ParseOutcome & { id: number; parseMs: number };

/** What a parse worker posts: "ready" once its modules are loaded, then one reply per job. */
export type WorkerMessage = { type: "ready" } | { type: "parsed"; reply: ParseReply };
