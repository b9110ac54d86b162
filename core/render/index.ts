/**
 * Generation (issue 5): the official tables as Plans for a new sheet — T-C.27 from a table model
 * (an input template or a messy T-C.27), the empty input template, and the evaluation tables that
 * follow from a T-C.27 (T-C.29, E.81). Pure: the hosts apply the Plans.
 */
export { renderTc27 } from "./tc27";
export type { DerivedOptions, Tc27Options } from "./options";
export type { Paper } from "./sheet";
export { ARAH_LIST, SIFAT_LIST, TEMPLATE_COLUMNS, TEMPLATE_INSTRUCTIONS, templateColumns, templatePlan, type TemplateColumn, type TemplateOptions } from "./template";
export { renderEvaluasiRenja } from "./evaluasi-renja";
export { renderE81 } from "./e81";
