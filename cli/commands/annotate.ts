import type ExcelJS from "exceljs";
import type { Lang } from "../../core/i18n/messages";
import { markWrites } from "../../core/commands/marks";
import { message } from "../../core/i18n/messages";
import { RULES } from "../../core/rules/registry";
import type { Finding, Rule, Severity } from "../../core/rules/types";
import { uniqueSheetName } from "../io/apply-plan";
import { appendNote, clampCellText, restyle } from "../io/edit-cell";
import { workbookToGrids } from "../io/read-workbook";
import { outputIsInput, saveWorkbook } from "../io/write-workbook";
import { cannotOpen, openForEditing } from "./open-for-editing";
import { validateGrids } from "./validate";

/**
 * `tc27 annotate`: the workbook written back with each finding's cell filled by severity and a note
 * (message, expected, actual), plus a "Laporan Validasi" sheet listing every finding with a link to
 * its cell. Nothing else changes: values, formulas, formats and other sheets are left as they were;
 * a note the planner wrote stays, ours is added below it.
 */
export const REPORT_SHEET = "Laporan Validasi";

const HEADERS: Record<Lang, string[]> = {
  id: ["No", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan", "Seharusnya", "Tertulis"],
  en: ["No", "Sheet", "Cell", "Rule", "Severity", "Message", "Expected", "Actual"],
};
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  id: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

function markCells(ws: ExcelJS.Worksheet, findings: Finding[], lang: Lang): number {
  const marks = markWrites(findings, lang);
  for (const mark of marks) {
    const cell = ws.getCell(mark.row, mark.col);
    restyle(cell, { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${mark.fill}` } } });
    appendNote(cell, mark.note!);
  }
  return marks.length;
}

function addReport(wb: ExcelJS.Workbook, rows: { sheet: string; f: Finding }[], lang: Lang): string {
  const name = uniqueSheetName(wb, REPORT_SHEET);
  const ws = wb.addWorksheet(name);
  ws.addRow(HEADERS[lang]).font = { bold: true };
  rows.forEach(({ sheet, f }, i) => {
    const link = `#'${sheet.replace(/'/g, "''")}'!${f.cell}`;
    // Messages quote cell texts: written as a cell can hold them (length, control characters).
    const texts = [f.message, f.expected ?? "", f.actual ?? ""].map(clampCellText);
    ws.addRow([i + 1, sheet, { text: f.cell, hyperlink: link }, f.rule, SEVERITY[lang][f.severity], ...texts]);
  });
  [5, 18, 8, 20, 12, 80, 22, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: "A1", to: `H${rows.length + 1}` };
  return name;
}

export async function annotateFile(file: string, out: string, lang: Lang, rules: Rule[] = RULES): Promise<{ message: string; exitCode: number }> {
  const clash = outputIsInput(file, out, lang);
  if (clash) return clash;
  const wb = await openForEditing(file, lang, message("annotate-xlsx-only", lang, { file }));
  if (cannotOpen(wb)) return wb;
  const sheets = wb.worksheets.filter(Boolean);
  const grids = workbookToGrids(wb);
  const { tables, notices } = validateGrids(grids, lang, rules);
  if (tables.length === 0) return { message: [message("file-no-table", lang, { file }), ...notices].join(" "), exitCode: 2 };
  let marked = 0;
  const listed: { sheet: string; f: Finding }[] = [];
  for (const t of tables) {
    const ws = sheets.find((s) => s.name === t.sheet)!;
    marked += markCells(ws, t.findings, lang);
    listed.push(...t.findings.map((f) => ({ sheet: t.sheet, f })));
  }
  const report = addReport(wb, listed, lang);
  const failed = await saveWorkbook(wb, out, lang);
  if (failed) return failed;
  const hasError = listed.some((x) => x.f.severity === "error");
  return { message: message("annotate-written", lang, { out, count: marked, report }), exitCode: hasError ? 1 : 0 };
}
