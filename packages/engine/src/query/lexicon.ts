import type { ActivityState, Assessment, GoalLevel, Status } from "@tertial/domain";
import type { Field, Shape, TargetComparison } from "./query.ts";

/**
 * The linguistic schema: the words staff use, in Swedish and English, mapped onto the report model.
 * A term is matched on folded words (å ä ö → a a o): "i fas" is a phrase of whole words, a trailing
 * "*" makes a prefix ("indikator*"). Terms never match inside a word, so "fas" is not "fastställda".
 * Longer terms are tried first, and a word taken by one term is not read again.
 */
export type Signal =
  | { type: "about"; about: "indicator" | "goal" | "activity" | "budget" | "request" | "report" }
  | { type: "level"; level: GoalLevel }
  | { type: "status"; statuses: Status[] }
  | { type: "assessment"; assessment: Assessment }
  | { type: "shape"; shape: Shape }
  | { type: "why" }
  | { type: "theme" }
  | { type: "state"; state: ActivityState }
  | { type: "deviating" }
  | { type: "not-reported" }
  | { type: "no-outcome" }
  | { type: "field"; field: Field }
  | { type: "comparison"; comparison: TargetComparison }
  | { type: "order"; order: "earliest-start" | "latest-end" }
  | { type: "changes" }
  | { type: "help" }
  | { type: "overview" }
  | { type: "total" }
  | { type: "from-analysis" }
  /** "målet": the target of an indicator, or a goal named by its title ("målet Tryggt stadsdelsområde"). */
  | { type: "goal-or-target" }
  | { type: "filler" };

export type LexiconEntry = readonly [terms: readonly string[], signal: Signal];

/**
 * Signals whose words also belong to the subject: "totalt" in "Totalt köpt energi", "budget" and
 * "underskott" in the prose that explains a deficit. They are recorded and the word stays free for
 * the subject (`total`), or is added to the words the prose is searched by (the topical ones).
 */
export const SOFT_SIGNALS: ReadonlySet<Signal["type"]> = new Set(["total"]);
export const TOPICAL_SIGNALS: ReadonlySet<Signal["type"]> = new Set(["about", "deviating", "state"]);

const OFF_TRACK: Status[] = ["off-track", "missed"];
const ON_TRACK: Status[] = ["on-track", "met"];

export const LEXICON: readonly LexiconEntry[] = [
  // What changed since the previous report (the digest's comparison).
  [
    [
      "andrats sedan",
      "andrats sen",
      "forandrats sedan",
      "nytt sedan",
      "vad ar nytt",
      "what is new",
      "whats new",
      "what changed",
      "what has changed",
      "changed since",
      "changes since",
      "sedan forra rapporten",
      "since the last report",
      "since the previous report",
      "jamfort med forra rapporten",
    ],
    { type: "changes" },
  ],
  // Statuses, negative before positive so that "inte nå" is read before "nå".
  [
    [
      "ej i fas",
      "inte i fas",
      "off track",
      "off-track",
      "not on track",
      "behind",
      "forsenad*",
      "slapar",
      "ligger efter",
      "halkar efter",
      "inte kommer att na",
      "inte kommer att nas",
      "inte kommer att uppnas",
      "kommer inte att nas",
      "kommer inte att na",
      "inte kommer na",
      "inte att na",
      "inte na",
      "inte nar",
      "ej na",
      "ej nar",
      "nar inte",
      "nas inte",
      "nas ej",
      "inte nas",
      "ej nas",
      "inte att nas",
      "uppnas ej",
      "uppnas inte",
      "inte uppnas",
      "inte kommer att uppnas",
      "not reach",
      "not expected to reach",
      "not going to reach",
      "will not reach",
      "wont reach",
      "not reaching",
      "not be reached",
      "miss*",
      "below target",
      "under malet",
      "under arsmalet",
    ],
    { type: "status", statuses: OFF_TRACK },
  ],
  [
    [
      "at risk",
      "risk",
      "risker",
      "riskerar",
      "riskzon*",
      "osaker*",
      "uncertain*",
      "svart att na",
      "svart att uppna",
      "hard to reach",
      "difficult to reach",
      "may not reach",
      "kan bli svart",
    ],
    { type: "status", statuses: ["at-risk"] },
  ],
  [
    [
      "i fas",
      "on track",
      "on-track",
      "kommer att nas",
      "kommer att uppnas",
      "beraknas nas",
      "forvantas nas",
      "expected to be reached",
      "expected to reach",
      "will reach",
      "will be reached",
      "be reached",
      "uppnas",
      "nar malet",
      "nar arsmalet",
      "natt malet",
      "natt arsmalet",
      "reached",
      "reach",
      "achieved",
      "uppnatt",
    ],
    { type: "status", statuses: ON_TRACK },
  ],
  [
    [
      "okand status",
      "unknown status",
      "status unknown",
      "status okand",
      "utan status",
      "saknar status",
      "no status",
      "okand",
      "unknown",
    ],
    { type: "status", statuses: ["unknown"] },
  ],
  [
    [
      "inte rapporterar",
      "rapporterar inte",
      "inte rapporteras",
      "rapporteras inte",
      "inte redovisar",
      "redovisas inte",
      "not reported",
      "not report",
      "does not report",
      "doesnt report",
      "not reporting",
    ],
    { type: "not-reported" },
  ],
  [
    [
      "saknar utfall",
      "utan utfall",
      "inget utfall",
      "no outcome",
      "without an outcome",
      "missing outcome",
      "lack an outcome",
    ],
    { type: "no-outcome" },
  ],
  // Goal assessments.
  [
    ["uppfylls helt", "uppfyllas helt", "helt uppfyllda", "fully met", "fully fulfilled", "helt", "fully"],
    { type: "assessment", assessment: "helt" },
  ],
  [
    [
      "uppfylls delvis",
      "uppfyllas delvis",
      "inte helt",
      "not fully",
      "delvis",
      "partially",
      "partly",
      "only partly",
      "partial",
    ],
    { type: "assessment", assessment: "delvis" },
  ],
  [
    ["uppfylls ej", "uppfylls inte", "uppfyllas inte", "not fulfilled", "not met", "unmet"],
    { type: "assessment", assessment: "ej" },
  ],
  [
    ["bedomningen ingen", "ingen bedomning", "utan bedomning", "not assessed", "no assessment", "ingen"],
    { type: "assessment", assessment: "none-given" },
  ],
  // Goal levels (before the plain goal words).
  [["inriktningsmal*", "direction goal*", "kfs inriktningsmal*"], { type: "level", level: "direction" }],
  [
    [
      "kfs mal for verksamhetsomradet",
      "kf-mal for verksamhetsomradet",
      "kf-malen for verksamhetsomradet",
      "mal for verksamhetsomradet",
      "mal for verksamhetsomrade",
      "malen for verksamhetsomradet",
      "kf goals for the verksamhetsomrade",
      "kf goals for the area",
      "kf goal*",
      "kf-mal*",
      "kf mal*",
      "kfs mal",
      "kfs malen",
      "kfs verksamhetsmal",
      "verksamhetsmal*",
      "area goal*",
      "city council goal*",
    ],
    { type: "level", level: "area" },
  ],
  [
    ["namndmal*", "committee goal*", "namndens mal", "egna mal", "own goals", "board goal*"],
    { type: "level", level: "committee" },
  ],
  [["enhetsmal*", "unit goal*"], { type: "level", level: "unit" }],
  // What is asked about.
  [["indikator*", "indicator*", "nyckeltal*", "kpi*", "matt"], { type: "about", about: "indicator" }],
  [["aktivitet*", "activit*", "atgard*", "uppdrag*", "assignment*"], { type: "about", about: "activity" }],
  [["mal", "malen", "malens", "goal", "goals", "objective*", "maluppfyllelse"], { type: "about", about: "goal" }],
  [
    [
      "budgetjuster*",
      "begar*",
      "begard*",
      "ansoker",
      "ansoka",
      "ansokan",
      "soker pengar",
      "soker medel",
      "soker",
      "forslag till beslut",
      "requesting",
      "request*",
      "asked for",
      "asked",
      "begarde",
      "bad om",
      "asking for",
      "ask for",
      "asks for",
      "apply for",
      "applies for",
      "granted",
      "beviljad*",
      "money",
      "pengar",
    ],
    { type: "about", about: "request" },
  ],
  [
    [
      "budget*",
      "nettobudget*",
      "investeringsbudget*",
      "driftbudget*",
      "driftsbudget*",
      "overskott*",
      "underskott*",
      "surplus*",
      "deficit*",
      "ekonomi",
      "ekonomin",
      "helaret",
      "arsprognos*",
      "prognosen for helaret",
      "ekonomiska laget",
      "ekonomiskt resultat",
      "resultatfond*",
      "forbruk*",
      "spent",
      "spend*",
      "used",
      "mnkr",
      "tkr",
      "kostnad*",
      "intakt*",
      "nettokostnad*",
      "finances",
      "financial result",
    ],
    { type: "about", about: "budget" },
  ],
  [["rapporter", "rapporterna", "reports", "inlasta rapporter", "loaded reports"], { type: "about", about: "report" }],
  // Shapes.
  [["hur manga", "how many", "number of", "antalet", "count"], { type: "shape", shape: "count" }],
  [["per status", "fordelning*", "breakdown", "per niva", "per level"], { type: "shape", shape: "tally" }],
  [["jamfor*", "compare*", "comparison", "versus", "vs", "jamfort"], { type: "shape", shape: "compare" }],
  [
    ["utveckl*", "trend*", "over tid", "over time", "forandr*", "developed", "development", "andrats", "changed"],
    { type: "shape", shape: "trend" },
  ],
  [
    ["vilka", "vilken", "vilket", "which", "list", "lista", "lists", "visa alla", "show all", "what are the"],
    { type: "shape", shape: "list" },
  ],
  // The prose.
  [
    [
      "varfor",
      "why",
      "how come",
      "orsak*",
      "anledning*",
      "forklar*",
      "explain*",
      "reason*",
      "hur beraknades",
      "how was",
      "calculated",
      "beraknat",
      "beror",
      "due to",
      "what happens",
    ],
    { type: "why" },
  ],
  [
    [
      "vad gor",
      "vad gjorde",
      "vad hander",
      "vad star det om",
      "vad sags om",
      "vad sager",
      "arbetar med",
      "arbetar mot",
      "jobbar med",
      "arbetet med",
      "arbetet mot",
      "arbete med",
      "arbete mot",
      "insatser mot",
      "insatser for",
      "handlar om",
      "gjort infor",
      "what is being done",
      "what is done",
      "doing about",
      "done about",
      "is doing",
      "say about",
      "says about",
      "work with",
      "work on",
      "working on",
      "concern*",
      "what does it say",
      "sok",
      "sok efter",
      "search",
      "search for",
    ],
    { type: "theme" },
  ],
  // Activity state and deviation.
  [["pagar", "pagaende", "ongoing", "in progress", "markerade med pagar"], { type: "state", state: "ongoing" }],
  [["avslutad*", "slutford*", "genomford*", "completed", "finished"], { type: "state", state: "completed" }],
  [
    [
      "avvikelse*",
      "avvik*",
      "deviation*",
      "uppskjut*",
      "skjutits upp",
      "skjutits fram",
      "skjuts upp",
      "postponed",
      "delayed",
      "inaktuell*",
      "obsolete",
      "cancelled",
      "stoppad*",
      "pausad*",
      "inte paborjad*",
      "inte genomforts",
    ],
    { type: "deviating" },
  ],
  // Comparisons with the target (read by the comparison recogniser, which needs three words in order).
  // Fields.
  [
    [
      "arsmal*",
      "target*",
      "malvarde*",
      "malniva*",
      "jamfort med malet",
      "jamfort med arsmalet",
      "jamfort mot malet",
      "compared with the target",
      "compared to the target",
      "against the target",
      "mot malet",
    ],
    { type: "field", field: "target" },
  ],
  [["helarsprognos*", "prognos*", "forecast*", "prognostiser*"], { type: "field", field: "forecast" }],
  [["utfall*", "outcome*", "resultat", "resultatet", "result", "results"], { type: "field", field: "outcome" }],
  [["man", "pojkar", "boys", "men", "killar"], { type: "field", field: "men" }],
  [["kvinnor", "flickor", "girls", "women", "tjejer", "kon", "gender", "split by"], { type: "field", field: "women" }],
  [["slutdatum", "startdatum", "end date", "start date", "nar", "when", "datum"], { type: "field", field: "dates" }],
  [["totalt", "total", "totala", "sammantaget", "overall", "i sin helhet"], { type: "total" }],
  [["malet"], { type: "goal-or-target" }],
  [
    [
      "enligt analysen",
      "i analysen",
      "analysen",
      "analysis",
      "the analysis",
      "explicit*",
      "uttryckligen",
      "uttalat",
      "markerar",
      "markerat",
      "mark with",
      "marks with",
      "flag*",
      "says will",
      "sager att",
    ],
    { type: "from-analysis" },
  ],
  [["hjalp", "help", "vad kan du", "what can you", "exempel", "examples"], { type: "help" }],
  [
    [
      "hur gar det",
      "hur gick det",
      "hur ligger",
      "hur star det",
      "laget",
      "lagesbild",
      "sammanfatt*",
      "oversikt",
      "overview",
      "summary",
      "how is",
      "how are",
      "doing",
    ],
    { type: "overview" },
  ],
];

/**
 * Words that carry no subject ("vad", "the", "har"), folded. What is left once the recognisers
 * have taken their words and these are dropped is the question's subject.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "vad vilka vilken vilket hur ar i for av pa om med till den det denna detta dessa som och eller har hade var varit " +
    "ser ut inom nu just bara visa ge mig jag vi kan du finns fanns blir ligger enligt tertial tertialen tertialet " +
    "tertialrapport tertialrapporten tertialrapporter period perioden senaste aktuella aktuell nuvarande alla samtliga " +
    "nagon nagra sa hos fran sin sina sitt vara deras dess ni man gar gick aret arets ar the a an of in on at to is " +
    "are was were what which how show me give this these that those does do did look looks like current latest all " +
    "any there their its by from please tell term year now so far with has have be been da men ocksa also too ok " +
    "tack thanks hej hi hello fast then st procent percent namnd namnden namndens namnder namnderna committee " +
    "committees stadsdelsnamnd stadsdelsnamnden stadsdelsnamndens forvaltning forvaltningen forvaltningens ska skulle kommer will would should " +
    "not inte ej bedoms bedomning bedomningen bedomer assessed fulfilled ett en some get ges status where vem who " +
    "things thing everything stuff generally allt allting overlag saker mer mera fler more beratta kalla kallan " +
    "kallor source sources detaljer details mellan att gor gora gjort gors fa fatt far fick dem oss rapport rapporten " +
    "report reports report's analysen analys analysis says say said sager enligt according explicitly uttryckligen " +
    "alltsa dvs ie e.g redan already actually faktiskt egentligen for it they them our we you your i'm im could " +
    "would like preparing briefing underlag infor sitter forbereder skulle behova veta behover undrar wonder " +
    "kopplat kopplad linked under below sit sits ligger nagot nat any many manga number totalt " +
    "stockholms stad city's stadens staden socialforvaltningen socialforvaltningens handlaggare " +
    "do does done being been yet still an år ars years respektive och/eller samt " +
    "and or but had much big whats what's only own can even though may might flag flags mark marks line lines blev " +
    "visade visar stort stor tror lot lots shown marker markers blivit redovisar tagit emot hittills efter dar darfor " +
    "alltsa lag periodens battre samre sak samma och same thing into onto than then when where while who whom whose " +
    "why how it's isn't don't doesn't don use used using get got gets say says me my mine us our ours they them " +
    "their this that these those here there very really quite actually please could can would will shall should " +
    "must may might am is are was were be been being have has had having do does did done doing if as at by for " +
    "from in into of off on out over to up with within without about above after again against all also any because " +
    "before between both each few further just more most no nor not now once only other same so some such than too " +
    "very vart varje vilken vilket vilka nagot nagon hela helt mycket manga fa lite annat andra annan ocksa aven " +
    "sjalv sjalva sjalvt kring runt per via samt dock men utan vid enl ifall om nar innan sedan dess deras hennes " +
    "hans vars vems tex bl.a bla osv etc forhand nämndsammanträdet namndsammantradet mot at " +
    "briefing politicians politicians' secretariat preparing prepare hi hey thanks lot help could would appreciate " +
    "hej tack hjalp undrar fundering snabb fraga question quick wondering going dalig daligt daliga illa badly " +
    "poorly things saker stockholm stockholms stockholmare hog hoga hogt lag laga lagt high low higher lower " +
    "loaded available inlasta inlast laddade arbetar jobbar working works stor stora na uppna natt saknar " +
    "lacks lack utan without"
  ).split(" "),
);

/**
 * Phrases in an indicator's analysis saying that it is not reported on this time, folded; a phrase
 * may have up to three words inserted between its parts.
 */
export const NOT_REPORTED_CUES: readonly (readonly string[])[] = [
  ["inte", "rapporter"],
  ["ej", "rapporter"],
  ["rapporteras", "inte"],
  ["rapporterar", "inte"],
  ["rapporteras", "ej"],
  ["inte", "redovisa"],
  ["redovisas", "inte"],
  ["redovisas", "ej"],
  ["inte", "folj", "upp"],
  ["foljs", "inte", "upp"],
  ["foljs", "upp", "vid", "verksamhetsberattelse"],
  ["rapporteras", "vid", "verksamhetsberattelse"],
  ["redovisas", "vid", "verksamhetsberattelse"],
  ["rapporteras", "i", "verksamhetsberattelse"],
  ["redovisas", "i", "verksamhetsberattelse"],
];
