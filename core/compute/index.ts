/**
 * Pure computations shared by the validator and the recalculation (DOMAIN.md §4, §2): capaian,
 * rounding, growth formulas, printed column formulas. Decimal only; no table or rule types here.
 */
export { capaian, percentOf, type Direction, type NegativeMethod } from "./capaian";
export { roundHalfUp, truncate, roundWith, matchesPrinted, type RoundingMode } from "./round";
export {
  amountGrowth,
  meanYearlyGrowth,
  cagr,
  spanPercentGrowth,
  growthCandidates,
  describeGrowth,
  type GrowthCandidate,
} from "./growth";
export {
  parseFormula,
  evaluateFormula,
  formulaRefs,
  isSumFormula,
  asQuotient,
  type FormulaNode,
  type FormulaResult,
  type FormulaLookup,
} from "./formula";
export { PREDIKAT_SCALES, PredikatScaleSchema, predikat, predikatFormula, predikatScale, type PredikatScale } from "./predikat";
