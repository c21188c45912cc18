export { readThreadState, saveThreadState, type SlackThreadKey } from "./slack-thread-state.ts";
export { claimSlackEvent, isSlackEventClaimed, purgeExpiredSlackRows } from "./slack-event-dedupe.ts";
export { readSlackAnswer, saveSlackAnswer, type SlackAnswerRecord } from "./slack-answers.ts";
