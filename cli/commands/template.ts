import ExcelJS from "exceljs";
import type { Lang } from "../../core/i18n/messages";
import { TEMPLATE_YEARS } from "../../core/commands/generate";
import { templatePlan } from "../../core/render";
import { applyPlanToNewSheet } from "../io/apply-plan";
import { saveWorkbook } from "../io/write-workbook";
import { say } from "./recalc";

/**
 * `tc27 template`: the empty input sheet for a T-C.27 (simple columns, instructions in Bahasa
 * Indonesia, Arah and Sifat dropdowns), which `tc27 generate` turns into the official table.
 */
export interface TemplatePeriod {
  firstYear?: number;
  years?: number;
}


const TEXT = {
  written: {
    id: 'Templat isian T-C.27 periode {from}–{to} ditulis ke "{out}" (lembar "{sheet}"). Isi, lalu jalankan: tc27 generate {out} --out HASIL.xlsx',
    en: 'T-C.27 input template for {from}–{to} written to "{out}" (sheet "{sheet}"). Fill it in, then run: tc27 generate {out} --out RESULT.xlsx',
  },
} satisfies Record<string, Record<Lang, string>>;

/** Without a first year, the next period: the one starting after this year. */
export async function templateFile(out: string, period: TemplatePeriod, lang: Lang, today = new Date()): Promise<{ message: string; exitCode: number }> {
  const firstYear = period.firstYear ?? today.getFullYear() + 1;
  const years = period.years ?? TEMPLATE_YEARS;
  const wb = new ExcelJS.Workbook();
  const ws = applyPlanToNewSheet(wb, templatePlan({ firstYear, years }));
  const failed = await saveWorkbook(wb, out, lang);
  if (failed) return failed;
  return { message: say(TEXT.written, lang, { from: firstYear, to: firstYear + years - 1, out, sheet: ws.name }), exitCode: 0 };
}
