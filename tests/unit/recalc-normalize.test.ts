import { parseCell } from "../../core/cells";
import { normalizeAndRecalcPlan, normalizePlan, writtenFormat } from "../../core/recalc";
import { tableOf, writeAt } from "./recalc-support";

/**
 * "Rapikan angka": numbers written as text become real numbers whose format shows what the planner
 * saw; what cannot be converted without guessing stays and is listed.
 */

const TABLE = [
  ["No", "Indikator Kinerja", "Target Renstra Perangkat Daerah Tahun ke-", "", "Realisasi Capaian Tahun Ke-", "", "Rasio Capaian pada Tahun ke-", ""],
  ["", "", "2019", "2020", "2019", "2020", "2019", "2020"],
  ["1", "Persentase PMKS yang tertangani", "35,12%", "17%", "12,24%", "-", "", ""],
  ["2", "Jumlah dokumen yang disusun", "3 Dokumen", "4 Dokumen", "2 Dokumen", "10 & 2", "", ""],
  ["3", "Anggaran pelayanan", "Rp 87.026.000,00", "2.519.295.635", "(56.126.048)", "- 15.548.024", "", ""],
  ["4", "Cakupan rumah tangga peserta JKN", "80,127", "Baik (B) 60,15", "n/A", "1.000 orang", "", ""],
];

describe("normalizePlan", () => {
  const plan = normalizePlan(tableOf(TABLE));

  test.each([
    ["C3", 0.3512, "0.00%"],
    ["D3", 0.17, "0%"],
    ["C4", 3, '0 "Dokumen"'],
    ["C5", 87026000, '"Rp "#,##0.00'],
    ["D5", 2519295635, "#,##0"],
    ["E5", -56126048, "#,##0;(#,##0)"],
    ["F5", -15548024, '#,##0;"- "#,##0'],
    ["F6", 1000, '#,##0 "orang"'],
  ])("%s becomes %p shown as %s", (address, value, format) => {
    expect(writeAt(plan, address)).toMatchObject({ value, numberFormat: format, expected: String(value) });
  });

  test("a dash, text, a compound and a prefixed value stay; the last two are listed", () => {
    for (const address of ["F3", "E6", "F4", "D6"]) expect(writeAt(plan, address)).toBeUndefined();
    // The table reads "," as decimals, so "80,127" is 80.127, not a guess.
    expect(writeAt(plan, "C6")).toMatchObject({ value: 80.127, numberFormat: "0.000" });
    expect(plan.skipped).toEqual([
      { row: 4, col: 6, text: "10 & 2", reason: "compound" },
      { row: 6, col: 4, text: "Baik (B) 60,15", reason: "prefix" },
    ]);
  });

  test("a number nothing in the table decides (80,127 or 80127?) is not converted but listed", () => {
    const undecided = normalizePlan(
      tableOf([
        TABLE[0],
        TABLE[1],
        ["1", "Jumlah rumah tangga peserta JKN", "80,127", "89,789", "68,474", "90", "", ""],
        ["2", "Jumlah penduduk miskin", "21.256", "20", "19", "18", "", ""],
      ]),
    );
    expect(writeAt(undecided, "C3")).toBeUndefined();
    expect(undecided.skipped).toContainEqual({ row: 3, col: 3, text: "80,127", reason: "ambiguous" });
  });

  test("round trip: each converted cell, read back with its format, is the number and kind the text was", () => {
    const table = tableOf(TABLE);
    const cells = new Map(table.model.rows.flatMap((r) => r.values.map((v) => [`${v.row},${v.col}`, v] as const)));
    for (const w of plan.writes) {
      const before = cells.get(`${w.row},${w.col}`)!;
      const after = parseCell(w.value as number, w.numberFormat);
      expect([before.cell.text, after.kind, after.value!.toString()]).toEqual([before.cell.text, before.cell.kind, before.cell.value!.toString()]);
      expect(writtenFormat(before)).toBe(w.numberFormat);
    }
  });

  test("with the recalculation: formulas over the converted cells, the dash read as 0 through N()", () => {
    const both = normalizeAndRecalcPlan(tableOf(TABLE));
    expect(writeAt(both, "G3")).toMatchObject({ formula: '=IF(OR(C3="",C3=0,E3=""),"",ROUND(E3/C3*100,2))', expected: "34.85" });
    expect(writeAt(both, "H3")).toMatchObject({ formula: '=IF(OR(D3="",D3=0,N(F3)=""),"",ROUND(N(F3)/D3*100,2))', expected: "0" });
    expect(both.label.id).toBe("Rapikan angka dan hitung ulang");
  });
});
