/** A Block Kit block as the fake Slack recorded it, with the fields the tests read. */
export interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { type?: string; text: string | { text: string }; action_id?: string; value?: string }[];
  accessory?: { value: string; text: { text: string } };
}

export function blocksOf(body: Record<string, unknown> | undefined): SentBlock[] {
  return (body?.["blocks"] ?? []) as SentBlock[];
}

/** Each block as one line of text: "header: …", "section: …", "context: …", "actions: [id=value] label · …". */
export function outline(body: Record<string, unknown> | undefined): string[] {
  return blocksOf(body).map((block) => {
    if (block.type === "actions") {
      const buttons = (block.elements ?? []).map((element) => {
        const label = typeof element.text === "string" ? element.text : element.text.text;
        return `[${element.action_id}=${element.value}] ${label}`;
      });
      return `actions: ${buttons.join(" · ")}`;
    }
    const text =
      block.text?.text ??
      block.elements
        ?.map((element) => (typeof element.text === "string" ? element.text : element.text.text))
        .join(" ") ??
      "";
    return `${block.type}: ${text}`;
  });
}
