export { buildTable, isMoneyColumn, type Table } from "./build";
export { ROW_LEVELS, TableModelSchema, ModelRowSchema, ValueCellSchema } from "./schema";
export type { ModelRow, RowCode, RowLevel, TableModel, ValueCell } from "./schema";
