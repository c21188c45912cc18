import type { CleanQuestion } from "../question-text.ts";
import { MAX_QUESTION_LENGTH } from "../question-text.ts";
import { exampleLines } from "./help-message.ts";
import { section, type SlackMessage } from "./slack-message.ts";

function plain(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/** The reply to input that is not a question; never echoes the input. */
export function renderNotAQuestion(input: Exclude<CleanQuestion, { kind: "question" }>): SlackMessage {
  switch (input.kind) {
    case "empty":
      return plain(
        `Vad vill du veta? Ställ en fråga om tertialrapporterna, till exempel:\n${exampleLines("sv")}\n_Ask in English too._`,
      );
    case "no-words":
      return plain(
        `Jag svarar på frågor i text – prova till exempel:\n${exampleLines("sv")}\n_I answer questions in words, e.g. “Which indicators are off track?”_`,
      );
    case "too-long":
      return plain(
        `Frågan är för lång (${input.length} tecken; högst ${MAX_QUESTION_LENGTH}). Ställ en kortare fråga, till exempel _Vilka indikatorer är försenade?_\n` +
          `_The question is too long (${input.length} characters; at most ${MAX_QUESTION_LENGTH})._`,
      );
  }
}

/** For someone outside TERTIAL_ALLOWED_CHANNELS / TERTIAL_ALLOWED_USERS: polite, and nothing about the data. */
export const REFUSAL: SlackMessage = plain(
  "Tyvärr, jag svarar inte på frågor här. Be en administratör om åtkomst. _Sorry, I can’t answer questions here; ask an administrator for access._",
);

/** When the reply itself could not be delivered after retries. */
export const DELIVERY_FAILED: SlackMessage = plain(
  "Jag kunde inte skicka svaret just nu (Slack svarade inte). Försök igen om en stund. _I could not post the answer just now; please try again shortly._",
);

/** When something broke while answering. */
export const ANSWER_FAILED: SlackMessage = plain(
  "Något gick fel när jag skulle svara. Försök igen, eller ställ frågan på ett annat sätt. _Something went wrong while answering; please try again._",
);

/** The "Show all" button of an answer that expired or no longer exists. */
export const ANSWER_EXPIRED: SlackMessage = plain(
  "Det svaret finns inte längre – ställ frågan igen. _That answer has expired; please ask again._",
);
