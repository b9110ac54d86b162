import { editDistance, normalizeText } from "../text/normalize";
import type { RowLevel } from "./schema";

/**
 * The level of one row from what it shows, before the tree is known: its code depth, the words its
 * name starts with, and which cells are filled. Context corrections (a sub kegiatan code on a
 * kegiatan row, rows without a code) happen in the builder.
 */
export interface RowFacts {
  codeDepth: number | null;
  /** Text of the uraian column, or a non-code heading written in the Kode column. */
  name: string;
  indicator: string;
  tujuan: string;
  sasaran: string;
  /** Values in columns holding rupiah (Rp, anggaran, realisasi anggaran, kondisi akhir Rp). */
  hasMoney: boolean;
  /** Values in the other value columns (targets, realisasi, rasio, …). */
  hasOther: boolean;
}

const DEPTH_LEVEL: RowLevel[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];

export function levelOfDepth(depth: number): RowLevel {
  return DEPTH_LEVEL[Math.min(Math.max(depth, 1), DEPTH_LEVEL.length) - 1];
}

function firstWord(name: string): string {
  return normalizeText(name).split(" ")[0] ?? "";
}

/** "Urusan …", "Usuran …" (a typo seen in a real table), "URUSAN WAJIB …". */
function isUrusanHeading(name: string): boolean {
  const w = firstWord(name);
  return w === "urusan" || (w.length === 6 && editDistance(w, "urusan", 2) <= 2 && w.startsWith("u"));
}

// On the raw text: these run on every row of the largest tables.
const TOTAL_LABEL = /^[^\p{L}\p{N}]*(?:(?:sub\s*)?(?:total|jumlah)\b|grand\s+total\b)|keseluruhan[^\p{L}\p{N}]*$/iu;
const PROGRAM_NAME = /^[^\p{L}\p{N}]*program\b/iu;

export function isTotalLabel(name: string): boolean {
  return TOTAL_LABEL.test(name);
}

export function isProgramName(name: string): boolean {
  return PROGRAM_NAME.test(name);
}

export function classifyRow(f: RowFacts): RowLevel | null {
  const hasValues = f.hasMoney || f.hasOther;
  if (f.codeDepth === null && f.name === "" && f.indicator === "" && f.tujuan === "" && f.sasaran === "" && !hasValues) return null;
  if (f.name !== "" && isTotalLabel(f.name)) return "total";
  if (f.codeDepth !== null && f.codeDepth > 0) {
    if (isProgramName(f.name) && f.codeDepth >= 3) return "program";
    return levelOfDepth(f.codeDepth);
  }
  if (f.name !== "") {
    if (isUrusanHeading(f.name)) return "urusan";
    if (firstWord(f.name) === "bidang") return "bidang";
    if (isProgramName(f.name)) return "program";
    return "other";
  }
  if (f.tujuan !== "" && f.indicator === "") return "tujuan";
  if (f.sasaran !== "") return "sasaran";
  if (f.tujuan !== "") return "tujuan";
  if (f.indicator !== "") return "indicator";
  // Nothing but numbers: amounts under Rp columns make a total; amounts only under the target
  // columns are a "pagu" row carrying the amounts of the row above.
  return f.hasMoney ? "total" : "pagu";
}
