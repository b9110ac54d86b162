export type { NumberReading, ParsedCell, ReadingEvidence, ValueKind } from "./types";
export type { Convention } from "./number-token";
export { parseCell } from "./parse-cell";
export { readColumn, readColumnAt, type ColumnCell, type ColumnOptions, type ColumnReading } from "./column-reading";
export { formatMoney, formatNumber, formatNumberId } from "./format";
export { isNumeric } from "./kinds";
export { isCountUnit } from "./units";
