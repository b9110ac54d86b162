import type ExcelJS from "exceljs";
import type { NegativeMethod } from "../../core/compute";
import { predikatScale } from "../../core/compute";
import type { Lang } from "../../core/i18n/messages";
import { message } from "../../core/i18n/messages";
import { TEMPLATES } from "../../core/layout";
import type { ColumnSpec } from "../../core/layout";
import type { Plan } from "../../core/plan/types";
import type { RuleId } from "../../core/rules/types";
import { normalizeAndRecalcPlan, recalcPlan } from "../../core/recalc";
import { a1 } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { applyPlan } from "../io/apply-plan";
import { worksheetToGrid } from "../io/read-workbook";
import { outputIsInput, saveWorkbook } from "../io/write-workbook";
import { cannotOpen, openForEditing } from "./open-for-editing";

/**
 * `tc27 recalc`: the workbook written back with the computed columns of every detected table filled
 * with live formulas (recalcPlan); with --normalize, text inputs ("3 Dokumen", "Rp 87.026.000,00")
 * first become numbers that keep their look ("Rapikan angka"), so the formulas can use them.
 */
export interface RecalcSettings {
  negative?: NegativeMethod;
  /** Predikat scale name (PREDIKAT_SCALES). */
  scale?: string;
  /** "Rapikan angka" first. */
  normalize: boolean;
}

export interface RecalcTable {
  sheet: string;
  kind: string;
  range: string;
  plan: Plan;
  /** The table's columns, to name what kind of value each replaced cell held. */
  columns: ColumnSpec[];
}

/** The finding a replaced value would have raised, by the role of its column. */
function ruleOfColumn(columns: ColumnSpec[], col: number): RuleId {
  const role = columns.find((c) => c.col === col)?.role;
  if (role === "growth") return "growth-mismatch";
  if (role === "finalRp") return "pagu-final";
  if (role === "rp" || role === "anggaran") return "pagu-rollup";
  if (role === "realisasiRenja" || role === "realisasiSdBerjalan" || role === "finalTarget") return "sum-mismatch";
  return "ratio-mismatch";
}

/** Recalculates every table of a loaded workbook in place; returns each table's applied plan. */
export function recalcWorkbook(wb: ExcelJS.Workbook, settings: RecalcSettings): RecalcTable[] {
  const scale = settings.scale === undefined ? undefined : predikatScale(settings.scale);
  if (settings.scale !== undefined && !scale) throw new Error(`unknown predikat scale "${settings.scale}"`);
  const options = { negative: settings.negative, scale };
  const results: RecalcTable[] = [];
  for (const ws of wb.worksheets.filter(Boolean)) {
    // Every table of the sheet is read before any is written: a plan's cells are the table's own.
    for (const table of readTables(worksheetToGrid(ws))) {
      const plan = settings.normalize ? normalizeAndRecalcPlan(table, options) : recalcPlan(table, options);
      applyPlan(ws, plan);
      results.push({ sheet: ws.name, kind: table.model.kind, range: table.model.range, plan, columns: table.layout.columns });
    }
  }
  return results;
}

const TEXT = {
  written: { id: 'Hasil hitung ulang ditulis ke "{out}".', en: 'Recalculated workbook written to "{out}".' },
  counts: { id: "{cells} sel ({formulas} rumus, {values} nilai, {notes} catatan)", en: "{cells} cells ({formulas} formulas, {values} values, {notes} notes)" },
  empty: { id: "(kosong)", en: "(empty)" },
  nothing: { id: "tidak ada sel yang perlu ditulis", en: "nothing to write" },
  changed: { id: "{n} nilai tertulis diganti (sebelumnya → baru):", en: "{n} typed values replaced (previous → new):" },
  skipped: { id: "{n} sel dibiarkan apa adanya (tidak ditebak):", en: "{n} cells left as they are (not guessed):" },
  xlsxOnly: {
    id: 'Berkas "{file}" bukan .xlsx; rumus hanya dapat ditulis ke buku kerja .xlsx.',
    en: 'File "{file}" is not an .xlsx; formulas can only be written to an .xlsx workbook.',
  },
} satisfies Record<string, Record<Lang, string>>;

const REASONS: Record<NonNullable<Plan["skipped"]>[number]["reason"], Record<Lang, string>> = {
  ambiguous: { id: "ambigu", en: "ambiguous" },
  compound: { id: "gabungan", en: "compound" },
  prefix: { id: "awalan", en: "prefix" },
  "unsure-tree": { id: "pohon kode ragu", en: "unsure code tree" },
};

/** Fills a message's {placeholders} (the command's own texts; the shared ones are core/i18n's). */
export function say(text: Record<Lang, string>, lang: Lang, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

function planLine(plan: Plan, lang: Lang): string {
  const formulas = plan.writes.filter((w) => w.formula !== undefined).length;
  const values = plan.writes.filter((w) => w.formula === undefined && w.value !== undefined).length;
  const notes = plan.writes.filter((w) => w.note).length;
  const counts = plan.writes.length ? say(TEXT.counts, lang, { cells: plan.writes.length, formulas, values, notes }) : say(TEXT.nothing, lang);
  return `${plan.label[lang]}: ${counts}`;
}

/** Per table: what the plan wrote, the cells left as text, and every typed value it replaced. */
export function recalcText(tables: RecalcTable[], out: string, lang: Lang): string {
  const lines: string[] = [];
  for (const { sheet, kind, range, plan, columns } of tables) {
    const label = TEMPLATES.find((x) => x.kind === kind)?.label[lang] ?? kind;
    lines.push(`${sheet} · ${label} · ${range}`, `  ${planLine(plan, lang)}`);
    const skipped = plan.skipped ?? [];
    if (skipped.length > 0) {
      lines.push(`    ${say(TEXT.skipped, lang, { n: skipped.length })}`);
      for (const c of skipped) lines.push(`      ${a1(c.row, c.col).padEnd(6)} ${REASONS[c.reason][lang].padEnd(9)} ${c.text}`);
    }
    if (plan.changed.length > 0) {
      lines.push(`    ${say(TEXT.changed, lang, { n: plan.changed.length })}`);
      for (const c of plan.changed) {
        lines.push(`      ${a1(c.row, c.col).padEnd(6)} ${ruleOfColumn(columns, c.col).padEnd(15)} ${c.previous} → ${c.next || say(TEXT.empty, lang)}`);
      }
    }
  }
  lines.push("", say(TEXT.written, lang, { out }));
  return lines.join("\n");
}

export async function recalcFile(file: string, out: string, settings: RecalcSettings, lang: Lang): Promise<{ message: string; exitCode: number }> {
  const clash = outputIsInput(file, out, lang);
  if (clash) return clash;
  const wb = await openForEditing(file, lang, say(TEXT.xlsxOnly, lang, { file }));
  if (cannotOpen(wb)) return wb;
  const tables = recalcWorkbook(wb, settings);
  if (tables.length === 0) return { message: message("file-no-table", lang, { file }), exitCode: 2 };
  const failed = await saveWorkbook(wb, out, lang);
  if (failed) return failed;
  return { message: recalcText(tables, out, lang), exitCode: 0 };
}
