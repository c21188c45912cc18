import type { Migration } from "./migration.ts";

/**
 * The status rule's note that the period's outcome has not reached the target yet said "ligger ännu
 * under målet" for every indicator; when lower is better the outcome is above the target, and for a
 * band outside it. The parser now words it by direction; this rewords the rules already stored (a
 * reload would skip them: their report files have not changed).
 */
export const migration005: Migration = {
  version: 5,
  name: "outcome-wording",
  sql: `
UPDATE indicator SET status_reason = replace(status_reason, 'ligger ännu under målet', 'ligger ännu över målet')
  WHERE direction = 'lower' AND status_reason LIKE '%ligger ännu under målet%';
UPDATE indicator SET status_reason = replace(status_reason, 'ligger ännu under målet', 'ligger ännu utanför intervallet')
  WHERE direction = 'band' AND status_reason LIKE '%ligger ännu under målet%';
`,
};
