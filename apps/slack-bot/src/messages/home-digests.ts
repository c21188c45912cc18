import { chunkLines } from "@tertial/digests";
import { context, header, section, SLACK_MESSAGE_LIMITS, type Block } from "./slack-message.ts";

/** Sections of subscriptions at most (each up to 3,000 characters: dozens of subscriptions). */
const MAX_DIGEST_SECTIONS = 5;

/**
 * For admins: every digest subscription with its schedule, next run and latest delivery (as
 * `/tertial digest list` shows them), and how to change them. At most 9 blocks.
 */
export function digestBlocks(subscriptions: readonly string[]): Block[] {
  const blocks: Block[] = [
    { type: "divider" },
    header(`Digester (${subscriptions.length})`),
    context(
      "Bara administratörer (TERTIAL_ADMIN_USERS) ser det här. Lägg till med `/tertial digest add #kanal måndag 08:00 [nämnd]`, ta bort med `/tertial digest remove <nr>`.",
    ),
  ];
  if (subscriptions.length === 0) {
    blocks.push(section("Inga digester ännu."));
    return blocks;
  }
  const chunks = chunkLines(subscriptions, SLACK_MESSAGE_LIMITS.sectionText);
  blocks.push(...chunks.slice(0, MAX_DIGEST_SECTIONS).map(section));
  if (chunks.length > MAX_DIGEST_SECTIONS) {
    blocks.push(context("…och fler. Se hela listan med `/tertial digest list`."));
  }
  return blocks;
}
