import { basename } from "node:path";
import cliProgress from "cli-progress";
import type { LoadEvent } from "@tertial/loader";
import type { CliIo } from "./command.ts";

export interface LoadProgress {
  onProgress(event: LoadEvent): void;
  /** Stops the bar (if any); call before printing anything else. */
  stop(): void;
}

/** A progress bar on a terminal, one plain line per report otherwise; always on stderr. */
export function createLoadProgress(io: CliIo): LoadProgress {
  return io.isTty ? barProgress() : lineProgress(io);
}

function lineProgress(io: CliIo): LoadProgress {
  return {
    onProgress(event) {
      if (event.type !== "loaded") return;
      const { file } = event;
      io.err(
        `[${event.index + 1}/${event.total}] ${basename(file.path)}: ${file.outcome}${file.error === null ? "" : ` (${firstLine(file.error)})`}`,
      );
    },
    stop() {},
  };
}

function barProgress(): LoadProgress {
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} {file}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(event) {
      if (event.type === "start") {
        bar.start(event.total, 0, { file: "" });
        started = true;
      } else if (event.type === "file") {
        bar.update(event.index, { file: basename(event.path) });
      } else {
        bar.update(event.index + 1, { file: `${basename(event.file.path)}: ${event.file.outcome}` });
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
