/**
 * The intent grammar as keyword tables, matched on folded words (å ä ö → a a o, lower case).
 * A plain entry matches a word that starts with it (a stem); an entry with a space matches that
 * phrase in the folded question; an entry ending in "$" matches the whole word only.
 * Stems of 6+ letters also match with one typo ("forsnade" → "forsen…").
 */
export const KEYWORDS = {
  delay: [
    "forsen", "slapar", "halkar efter", "ligger efter", "inte i fas", "ej i fas", "nar inte", "missar", "roda$",
    "off track", "offtrack", "off-track", "behind", "delay", "late$", "lagging", "not on track", "missed", "problem",
    "not met$", "underpresterar", "fel riktning", "wrong direction",
  ],
  /** "Avvikelse": the budget's deviation, unless indicators, activities or goals are asked about. */
  deviation: ["avvik", "deviat"],
  /** At risk rather than off track: these lead with the at-risk indicators. */
  risk: ["risk$", "risker$", "riskerar$", "riskera$", "riskzon", "at risk", "osaker", "uncertain", "i farozonen", "in danger"],
  indicator: ["indikator", "indicator", "nyckeltal", "kpi"],
  goal: [
    "mal$", "malet$", "malen$", "malens$", "namndmal", "enhetsmal", "verksamhetsmal", "inriktningsmal", "kf-mal", "malsattning",
    "goal", "objective",
  ],
  partial: ["delvis", "partial", "uppfylls ej", "uppfylls inte", "inte uppfyll", "ej uppfyll", "not met", "not fulfilled", "unmet", "inte helt", "not fully", "only partly"],
  activity: ["aktivitet", "activit", "atgard", "action$", "actions$"],
  budget: [
    "budget", "helaret$", "helarsprognos", "arsprognos", "ekonomi$", "ekonomin$", "ekonomiska laget", "ekonomiskt resultat", "underskott", "overskott", "mnkr", "tkr$", "kostnad", "intakt",
    "economy", "finances", "financial", "spending", "deficit", "surplus", "overspend", "underspend",
  ],
  requests: [
    "forslag till beslut", "ansok", "begar", "begard", "budgetjuster", "money request", "requests", "request for", "asks for", "ask for",
    "apply for", "applies for", "applying for", "funding request",
  ],
  trend: [
    "over tid", "over time", "utveckl", "trend", "historik", "history", "historical", "sedan", "since", "genom aren", "over the years",
    "over aren", "tidsserie", "time series", "forandring", "forandrats", "changed", "change over",
  ],
  compare: [
    "jamfor", "compare", "comparison", "mellan namnder", "mellan namnderna", "between", "alla namnder", "all committees", "across", "per namnd",
    "versus", "vs$", "i olika namnder", "other committees", "andra namnder",
  ],
  reports: ["rapporter$", "rapporterna$", "reports$", "inlasta", "laddade", "loaded", "tillgangliga rapporter", "available reports"],
  help: ["hjalp", "help$", "exempel", "example", "vad kan du", "what can you", "hur fungerar", "how does this work", "how do i", "usage"],
  lookup: [
    "vad ar", "vad var", "what is", "what was", "utfall$", "utfallet$", "outcome$", "outcomes$", "prognos$", "prognosen$", "prognoser$",
    "forecast$", "forecasts$", "arsmal$", "arsmalet$", "target$", "targets$", "hur ser",
    "varde$", "vardet$", "value$", "values$", "resultat$", "resultatet$", "result$", "bedomning$", "bedomningen$", "assessment$", "siffror$",
  ],
  /** How an organisation is doing as a whole (only when nothing more specific is asked). */
  overview: [
    "hur gar det", "hur gick det", "hur ligger", "hur star det", "lage$", "laget$", "lagesbild", "lagesrapport", "sammanfatt", "sammandrag",
    "oversikt", "status$", "how is", "how are", "hows$", "doing$", "going$", "overview", "summar", "state of",
  ],
  /** Why an indicator or goal stands as it does: the report's own analysis text. */
  why: ["varfor", "why$", "forklar", "explain", "orsak", "anledning", "reason$", "reasons$", "analys$", "analysen$", "kommentar", "comment"],
  /** What the reports say about a theme: answered from the full-text index. */
  search: [
    "vad gor", "vad gjorde", "arbetar$", "arbetet med", "arbetet mot", "arbete mot", "jobbar$", "insatser mot", "insatser for", "vad star det om",
    "vad sags om", "sok$", "sok efter", "handlar om", "what does", "what is being done", "what is done", "working on", "work on", "search$",
    "search for", "mentions", "namner",
  ],
  followUp: ["och$", "and$", "what about", "how about", "samma$", "same", "men$", "dito", "da$"],
} as const satisfies Record<string, readonly string[]>;

export type KeywordGroup = keyof typeof KEYWORDS;

/** Question and function words that never name a subject (folded). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "vad", "vilka", "vilken", "vilket", "hur", "ar", "i", "for", "av", "pa", "om", "med", "till", "den", "det", "denna", "detta", "dessa", "som",
  "och", "eller", "mot", "har", "hade", "var", "varit", "ser", "ut", "inom", "nu", "just", "bara", "visa", "lista", "ge", "mig", "jag", "vi",
  "kan", "du", "finns", "fanns", "blir", "ligger", "enligt", "tertial", "tertialen", "tertialet", "tertialrapport", "tertialrapporten",
  "period", "perioden", "senaste", "aktuella", "aktuell", "nuvarande", "alla", "samtliga", "nagon", "nagra", "sa", "hos", "fran", "sin",
  "sina", "sitt", "vara", "deras", "dess", "ni", "man", "gar", "gick", "aret", "arets", "i ar", "the", "a", "an", "of", "in", "on", "at",
  "to", "is", "are", "was", "were", "what", "which", "how", "show", "me", "list", "give", "this", "these", "that", "those", "does", "do",
  "did", "look", "looks", "like", "current", "latest", "all", "any", "there", "their", "its", "by", "from", "about", "please", "tell",
  "term", "year", "now", "so", "far", "with", "has", "have", "be", "been", "och", "and", "da", "an", "men", "ocksa", "also", "too", "ok",
  "tack", "thanks", "hej", "hi", "hello", "fast", "then", "st", "procent", "percent", "nämnd", "namnd", "namnden", "namnderna",
  "committee", "committees", "stadsdelsnamnd", "stadsdelsnamnden", "forvaltning", "forvaltningen", "ska", "skulle", "kommer", "will",
  "would", "should", "not", "inte", "ej", "uppfylls", "uppfylld", "uppfyllda", "bedoms", "fulfilled", "met", "ut", "manga", "many",
  "hur manga", "ett", "en", "some", "get", "ges", "status", "vilken", "where", "var", "vem", "who",
  "things", "thing", "everything", "stuff", "overall", "generally", "allt", "allting", "overlag", "saker", "mer", "mera", "fler", "more",
  "beratta", "tell", "kalla", "kallan", "kallor", "source", "sources", "detaljer", "details", "mellan", "att", "gor", "gora", "gjort",
  "hog", "hoga", "hogt", "lag", "laga", "lagt", "high", "low", "dalig", "daligt", "bad", "good", "poor", "battre", "samre", "better", "worse",
  "okat", "minskat", "stigit", "sjunkit", "increased", "decreased", "rose", "fell", "gors", "fa", "fatt", "far", "fick", "dem", "oss",
  "stor", "stort", "stora", "liten", "litet", "sma", "big", "large", "small",
]);
