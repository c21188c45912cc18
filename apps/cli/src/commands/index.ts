import type { Command } from "../command.ts";
import { parseCommand } from "./parse.ts";
import { loadCommand } from "./load.ts";
import { exportCommand } from "./export.ts";
import { reportsCommand } from "./reports.ts";
import { digestCommand } from "./digest.ts";
import { askCommand } from "./ask.ts";
import { chatCommand } from "./chat.ts";

/** Every `tertial` sub-command, in the order `tertial help` lists them. Add one line per command. */
export const COMMANDS: readonly Command[] = [
  parseCommand,
  loadCommand,
  exportCommand,
  reportsCommand,
  digestCommand,
  askCommand,
  chatCommand,
];
