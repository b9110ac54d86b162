import type { Table } from "../model";
import type { CellWrite, Plan } from "../plan/types";
import { guessAggregation, guessDirection } from "../rules/support/indicator-nature";
import { isFooter, tableCells } from "./computed-cells";
import { headerSheetRow } from "./inputs";

/**
 * Adds "Arah" and "Sifat" columns to a table that lacks them, in the first empty columns right of the
 * table (inserting columns inside it would move every cell a formula or the planner refers to),
 * pre-filled with the guesses from each indicator's name and unit. The planner corrects what is
 * wrong; the detector reads the columns by their headers and the recalculation then follows them.
 */
export function arahSifatPlan(table: Table): Plan {
  const { layout } = table;
  const has = (role: "arah" | "sifat") => layout.columns.some((c) => c.role === role);
  const originCol = layout.columns[0].col - layout.columns[0].index;
  const headerRow = headerSheetRow(table);
  const writes: CellWrite[] = [];
  let col = originCol + layout.lastCol + 1;
  const rows = tableCells(table).rows.filter((r) => r.values.length > 0 && !isFooter(r));
  const column = (header: string, note: string, guess: (r: (typeof rows)[number]) => { text: string; confident: boolean; reason: string }) => {
    writes.push({ row: headerRow, col, value: header, bold: true, note });
    for (const r of rows) {
      const g = guess(r);
      const w: CellWrite = { row: r.row, col, value: g.text, expected: g.text };
      if (!g.confident) w.note = `Tebakan kurang yakin${g.reason ? ` (${g.reason})` : ""}; periksa.\n\nUncertain guess; please check.`;
      writes.push(w);
    }
    col++;
  };
  if (!has("arah")) {
    column("Arah", "positif = semakin tinggi semakin baik; negatif = semakin rendah semakin baik. Ditebak dari nama indikator; ubah bila salah.\n\nDirection guessed from the indicator's name; correct it where wrong.", (r) => {
      const g = guessDirection(r.indicator || r.name);
      return { text: g.value, confident: g.confident, reason: g.reason };
    });
  }
  if (!has("sifat")) {
    column("Sifat", "kumulatif = dijumlah antartahun; nilai akhir = nilai tahun terakhir. Ditebak dari nama dan satuan indikator; ubah bila salah.\n\nAggregation guessed from the indicator's name and unit; correct it where wrong.", (r) => {
      const g = guessAggregation(r.indicator || r.name, r.satuan);
      return { text: g.value === "kumulatif" ? "kumulatif" : "nilai akhir", confident: g.confident, reason: g.reason };
    });
  }
  return { sheet: table.model.sheet, label: { id: "Tambah kolom Arah dan Sifat", en: "Add Arah (direction) and Sifat (aggregation) columns" }, writes, changed: [] };
}
