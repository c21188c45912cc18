/** A schedule as cron (five fields, Europe/Stockholm) and as the user should read it back. */
export interface DigestSchedule {
  cron: string;
  text: string;
}

export type DigestRequest =
  | {
      action: "add";
      channelId: string;
      channelName: string | null;
      schedule: DigestSchedule | null;
      /** Organisation names or parts, as typed; empty = all. */
      organisations: string[];
      newReport: boolean;
      skipUnchanged: boolean;
    }
  | { action: "list" }
  | { action: "remove"; id: number }
  | { action: "preview"; organisation: string | null }
  | { action: "help" };

/** A digest command the user typed wrong; the message (Swedish) says how to write it. */
export class DigestUsageError extends Error {
  override readonly name = "DigestUsageError";
}

const DAYS: readonly [number, string, readonly string[]][] = [
  [1, "måndagar", ["mandag", "man", "monday", "mon"]],
  [2, "tisdagar", ["tisdag", "tis", "tuesday", "tue"]],
  [3, "onsdagar", ["onsdag", "ons", "wednesday", "wed"]],
  [4, "torsdagar", ["torsdag", "tor", "tors", "thursday", "thu"]],
  [5, "fredagar", ["fredag", "fre", "friday", "fri"]],
  [6, "lördagar", ["lordag", "lor", "saturday", "sat"]],
  [0, "söndagar", ["sondag", "son", "sunday", "sun"]],
];
const DAILY_ONE = new Set(["dagligen", "daily"]);
const DAILY_TWO = new Set(["varje dag", "alla dagar", "every day"]);
const WEEKDAYS = new Set(["vardagar", "weekdays"]);
const NEW_REPORT = new Set(["ny-rapport", "nya-rapporter", "new-report", "new-reports"]);
const SKIP_UNCHANGED = new Set(["om-nytt", "om-andrat", "if-changed", "skip-unchanged"]);
const ALL = new Set(["alla", "all"]);
const ACTIONS: Readonly<Record<string, DigestRequest["action"]>> = {
  add: "add",
  "lagg-till": "add",
  list: "list",
  lista: "list",
  remove: "remove",
  "ta-bort": "remove",
  rm: "remove",
  preview: "preview",
  forhandsvisa: "preview",
  help: "help",
  hjalp: "help",
};

function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Parses the text after `/tertial` (with or without the leading "digest"). Throws DigestUsageError. */
export function parseDigestRequest(text: string): DigestRequest {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words[0] !== undefined && plain(words[0]) === "digest") words.shift();
  const [first, ...rest] = words;
  if (first === undefined) return { action: "help" };
  const action = ACTIONS[plain(first)];
  if (action === undefined) throw new DigestUsageError(`Okänt kommando "${first}". Skriv \`/tertial digest help\`.`);
  switch (action) {
    case "help":
    case "list":
      return { action };
    case "preview":
      return { action, organisation: rest.length > 0 ? rest.join(" ") : null };
    case "remove": {
      const id = rest.length === 1 ? /^#?(\d+)$/.exec(rest[0] ?? "")?.[1] : undefined;
      if (id === undefined)
        throw new DigestUsageError(
          "Ange numret på digesten som ska tas bort, t.ex. `/tertial digest remove 3` (se `/tertial digest list`).",
        );
      return { action, id: Number(id) };
    }
    case "add":
      return parseAdd(rest);
  }
}

function parseAdd(words: readonly string[]): DigestRequest {
  const [channelWord, ...rest] = words;
  const channel = /^<#([CG][A-Z0-9]+)(?:\|([^>]*))?>$/.exec(channelWord ?? "");
  if (channel === null || channel[1] === undefined) {
    throw new DigestUsageError(
      "Börja med kanalen, vald med # så att Slack länkar den: `/tertial digest add #kanal måndag 08:00 Norrmalm`.",
    );
  }
  let day: { cron: string; text: string } | null = null;
  let time: { hour: number; minute: number } | null = null;
  let newReport = false;
  let skipUnchanged = false;
  const organisationWords: string[] = [];
  const setDay = (next: { cron: string; text: string }) => {
    if (day !== null) throw new DigestUsageError("Ange bara en dag (eller `varje dag`/`vardagar`).");
    day = next;
  };
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] ?? "";
    const key = plain(word);
    const pair = `${key} ${plain(rest[i + 1] ?? "")}`;
    const clock = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(word);
    const weekday = DAYS.find(([, name, aliases]) =>
      [plain(name), ...aliases].some((alias) => key === alias || key === `${alias}s` || key === `${alias}ar`),
    );
    if (DAILY_TWO.has(pair)) {
      setDay({ cron: "*", text: "varje dag" });
      i += 1;
    } else if (DAILY_ONE.has(key)) setDay({ cron: "*", text: "varje dag" });
    else if (WEEKDAYS.has(key)) setDay({ cron: "1-5", text: "vardagar" });
    else if (weekday !== undefined) setDay({ cron: String(weekday[0]), text: weekday[1] });
    else if (clock !== null) {
      if (time !== null) throw new DigestUsageError("Ange bara en tid, t.ex. 08:00.");
      time = { hour: Number(clock[1]), minute: Number(clock[2]) };
    } else if (NEW_REPORT.has(key)) newReport = true;
    else if (SKIP_UNCHANGED.has(key)) skipUnchanged = true;
    else organisationWords.push(word);
  }
  const schedule = toSchedule(day, time);
  if (schedule === null && !newReport) {
    throw new DigestUsageError(
      "Ange när digesten ska skickas, t.ex. `måndag 08:00` eller `varje dag 07:30`, och/eller `ny-rapport`.",
    );
  }
  const organisations = organisationWords
    .join(" ")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return {
    action: "add",
    channelId: channel[1],
    channelName: channel[2] === undefined || channel[2] === "" ? null : channel[2],
    schedule,
    organisations: organisations.length === 1 && ALL.has(plain(organisations[0] ?? "")) ? [] : organisations,
    newReport,
    skipUnchanged,
  };
}

function toSchedule(
  day: { cron: string; text: string } | null,
  time: { hour: number; minute: number } | null,
): DigestSchedule | null {
  if (time === null) {
    if (day !== null) throw new DigestUsageError(`Ange en tid för ${day.text}, t.ex. 08:00.`);
    return null;
  }
  const when = day ?? { cron: "*", text: "varje dag" };
  const clock = `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
  return { cron: `${time.minute} ${time.hour} * * ${when.cron}`, text: `${when.text} ${clock}` };
}
