/**
 * The recalculation (issue 4): Plans that fill a table's computed columns with live formulas, tidy
 * numbers written as text, and add Arah/Sifat columns. Pure: the hosts apply the Plans.
 */
export { recalcPlan } from "./recalc-plan";
export { normalizePlan, normalizeAndRecalcPlan } from "./normalize-plan";
export { arahSifatPlan } from "./arah-sifat-plan";
export type { RecalcOptions } from "./context";
export { readArah, readSifat, rowNature, type RowNature } from "./nature";
export { writtenFormat } from "./formats";
