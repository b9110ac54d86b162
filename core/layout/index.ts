export { detectTables } from "./detect";
export { TEMPLATES } from "./templates";
export type { ColumnRole, ColumnSpec, Layout, Measure, PrintedFormula, TableKind } from "./types";
export { COLUMN_ROLES, TABLE_KINDS } from "./types";
