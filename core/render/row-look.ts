import type { RowLevel } from "../model";
import type { CellContent } from "./sheet";

const BOLD_LEVELS: readonly RowLevel[] = ["tujuan", "sasaran", "urusan", "bidang", "program", "total"];
const INDENT: Partial<Record<RowLevel, number>> = { kegiatan: 1, subkegiatan: 2, other: 1 };

/** How a generated table shows a row's level: program and above bold, kegiatan and sub kegiatan indented. */
export function rowLook(level: RowLevel): { bold: CellContent; indent: CellContent } {
  const indent = INDENT[level];
  return { bold: BOLD_LEVELS.includes(level) ? { bold: true } : {}, indent: indent ? { indent } : {} };
}
