export * from "./answer.ts";
export * from "./engine-types.ts";
export { createEngine, type EngineOptions } from "./create-engine.ts";
export { renderText, MAX_TEXT_ITEMS } from "./render/render-text.ts";
export {
  buildSeries,
  seriesTitle,
  type IndicatorItem,
  type IndicatorSeries,
  type SeriesFigure,
  type SeriesRow,
  type SeriesView,
} from "./render/series.ts";
export { sparkline } from "./render/sparkline.ts";
export { STATUS_EMOJI, STATUS_SYMBOL, statusLabel } from "./render/status-vocabulary.ts";
export { latestPeriod, resolveScope, type DefaultPeriod, type ResolvedScope } from "./scope.ts";
export {
  resolveOrganisation,
  createOrganisationResolver,
  type OrganisationMatch,
  type OrganisationResolver,
} from "./catalogue/resolve-organisation.ts";
export { EXAMPLES } from "./answers/navigation.ts";
export { STATUS_TEXT, ASSESSMENT_TEXT, VALUE_LABEL } from "./answers/labels.ts";
export { PHRASES } from "./render/phrases.ts";
export { renderStatusRule } from "./render/status-rule-text.ts";
export type { PhrasePack, RulePhrases, TextPhrases, ValueLabels } from "./render/phrase-pack.ts";
export { MAX_QUESTION_LENGTH, capQuestion, foldKey } from "./text/normalise.ts";
export * from "./digest/index.ts";
