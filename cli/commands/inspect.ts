import type { Lang } from "../../core/i18n/messages";
import { message } from "../../core/i18n/messages";
import { TEMPLATES } from "../../core/layout";
import type { Table } from "../../core/model";
import { ROW_LEVELS } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { readWorkbookFile, WorkbookReadError } from "../io/read-workbook";

/** `tc27 inspect`: the tables found in each file, as ARCHITECTURE.md §3 prints them. */
export interface InspectTableJson {
  sheet: string;
  kind: string;
  range: string;
  years: number[];
  conventions: Record<string, unknown>;
  rows: { row: number; level: string; code: string | null }[];
}

export interface InspectFileJson {
  file: string;
  tables: InspectTableJson[];
  /** Sheets that were empty or held no known table (a message each), when the file had other tables. */
  notices: string[];
  error: string | null;
}

function tableJson(t: Table): InspectTableJson {
  return {
    sheet: t.model.sheet,
    kind: t.model.kind,
    range: t.model.range,
    years: t.model.years,
    conventions: {
      numbers: t.model.numbers.reading,
      numberEvidence: t.model.numbers.evidence,
      codes: t.model.codeStyle,
      headerRows: t.layout.headerRows.length,
      columnNumberRow: t.layout.columnNumberRow !== null,
      printedFormulas: t.layout.printedFormulas.map((f) => f.text),
    },
    rows: t.model.rows.map((r) => ({ row: r.row, level: r.level, code: r.code ? r.code.text : null })),
  };
}

export async function inspectFile(file: string, lang: Lang): Promise<InspectFileJson> {
  const result: InspectFileJson = { file, tables: [], notices: [], error: null };
  try {
    const wb = await readWorkbookFile(file);
    for (const grid of wb.sheets) {
      const empty = grid.values.every((row) => row.every((v) => v === null || v === ""));
      if (empty) {
        result.notices.push(message("sheet-empty", lang, { sheet: grid.sheet }));
        continue;
      }
      const tables = readTables(grid);
      if (tables.length === 0) result.notices.push(message("layout-unrecognized", lang, { sheet: grid.sheet }));
      result.tables.push(...tables.map(tableJson));
    }
    if (result.tables.length === 0) result.error = [message("file-no-table", lang, { file }), ...result.notices].join(" ");
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    result.error = lang === "en" ? e.messageEn : e.message;
  }
  return result;
}

export function inspectText(files: InspectFileJson[], lang: Lang): string {
  const lines: string[] = [];
  for (const f of files) {
    lines.push(f.file);
    if (f.error) lines.push(`  ${f.error}`);
    for (const t of f.tables) {
      const label = TEMPLATES.find((x) => x.kind === t.kind)?.label[lang] ?? t.kind;
      lines.push(`  ${message("inspect-table", lang, { sheet: t.sheet, kind: label, range: t.range, rows: t.rows.length })}`);
      if (t.years.length) lines.push(`    ${lang === "en" ? "Years" : "Tahun"}: ${t.years.join(", ")}`);
      const counts = ROW_LEVELS.map((l) => [l, t.rows.filter((r) => r.level === l).length] as const).filter(([, n]) => n > 0);
      lines.push(`    ${counts.map(([l, n]) => `${l} ${n}`).join(" · ")}`);
      lines.push(`    ${lang === "en" ? "Numbers" : "Angka"}: ${t.conventions.numbers} · ${lang === "en" ? "Codes" : "Kode"}: ${t.conventions.codes}`);
    }
    for (const n of f.tables.length ? f.notices : []) lines.push(`  ${n}`);
  }
  return lines.join("\n");
}
