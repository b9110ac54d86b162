import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Lang } from "../../core/i18n/messages";
import { loadWorkbookForEditing, WorkbookReadError } from "../io/read-workbook";

/** Why a command that writes a workbook back cannot open its input. */
export interface CannotOpen {
  message: string;
  exitCode: 2;
}

/**
 * The input of a command that writes a workbook back (annotate, recalc): only .xlsx can be, and an
 * unreadable one is reported in the user's language rather than thrown.
 */
export async function openForEditing(file: string, lang: Lang, notXlsx: string): Promise<ExcelJS.Workbook | CannotOpen> {
  if (![".xlsx", ".xlsm"].includes(path.extname(file).toLowerCase())) return { message: notXlsx, exitCode: 2 };
  try {
    return await loadWorkbookForEditing(file);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { message: lang === "en" ? e.messageEn : e.message, exitCode: 2 };
  }
}

export function cannotOpen(x: ExcelJS.Workbook | CannotOpen): x is CannotOpen {
  return "exitCode" in x;
}
