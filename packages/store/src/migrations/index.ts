import { migration001 } from "./001-report-model.ts";
import { migration002 } from "./002-slack.ts";
import { migration003 } from "./003-digests.ts";
import { migration004 } from "./004-catalogue.ts";
import { migration005 } from "./005-outcome-wording.ts";
import { migration006 } from "./006-passages.ts";
import { migration007 } from "./007-content-bytes.ts";
import { migration008 } from "./008-status-rule.ts";
import { migration009 } from "./009-source-end-line.ts";
import { migration010 } from "./010-delivery-parts.ts";
import type { Migration } from "./migration.ts";

export type { Migration } from "./migration.ts";

/**
 * Every migration in order; append new ones at the end (001 report model, 002 Slack, 003 digests, 004 catalogue,
 * 005 outcome wording, 006 passages, 007 content bytes, 008 status rule, 009 source end line, 010 digest delivery parts).
 */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
];
