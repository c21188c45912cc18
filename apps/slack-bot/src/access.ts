import type { AccessRules } from "./env.ts";

/**
 * Whether someone may ask: everyone when no rules are set; otherwise a listed user (anywhere) or anyone in
 * a listed channel. `channelId` is null where there is no channel (App Home).
 */
export function isAllowed(rules: AccessRules, who: { userId: string; channelId: string | null }): boolean {
  if (rules.channels.length === 0 && rules.users.length === 0) return true;
  if (rules.users.includes(who.userId)) return true;
  return who.channelId !== null && rules.channels.includes(who.channelId);
}
