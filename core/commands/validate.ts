import type { Grid } from "../grid";
import type { Lang } from "../i18n/messages";
import type { Table } from "../model";
import type { CellWrite } from "../plan/types";
import { readTables } from "../read-tables";
import { RULES } from "../rules/registry";
import type { Rule } from "../rules/types";
import { validateTable } from "../rules/validate";
import { markWrites } from "./marks";
import { tableInfo } from "./table-info";
import type { ValidationReport } from "./types";

/** Validasi of a host range: the report for the pane and the marks to write (the host writes them, and adds the state it leaves). */
export function validateGrid(grid: Grid, lang: Lang, rules: Rule[] = RULES): { tables: Table[]; report: Omit<ValidationReport, "host">; marks: CellWrite[] } {
  const tables = readTables(grid);
  const report: Omit<ValidationReport, "host"> = { tables: tables.map(tableInfo), findings: [], conventions: [], marked: 0 };
  for (const table of tables) {
    const { findings, conventions } = validateTable(table, lang, rules);
    const sheet = table.model.sheet;
    report.findings.push(...findings.map((f) => ({ ...f, sheet })));
    report.conventions.push(...conventions.map((c) => ({ ...c, sheet })));
  }
  return { tables, report, marks: markWrites(report.findings, lang) };
}
