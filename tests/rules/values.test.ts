import { readTables } from "../../core/read-tables";
import { numberAmbiguous } from "../../core/rules/number-ambiguous";
import { numberFormatMixed } from "../../core/rules/number-format-mixed";
import type { Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { valueError } from "../../core/rules/value-error";
import { valueMissing } from "../../core/rules/value-missing";
import { valueText } from "../../core/rules/value-text";
import { tsvToGrid } from "../support/tsv-to-xlsx";

/** Hand-made tables: header block of each kind, then the body rows (sheet row 4 onwards for T-C.27). */
const TC27_HEADER = [
  ["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2020", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "Kondisi Kinerja pada akhir periode Renstra (2022)", ""],
  ["", "", "", "", "", "Tahun 2021", "", "Tahun 2022", "", "Target", "Rp"],
  ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "", ""],
];
const TC23_HEADER = [
  ["No.", "Indikator Kinerja sesuai Tugas dan Fungsi Perangkat daerah", "Target NSPK", "Target IKK", "Target Indikator lainnya", "Target Renstra Perangkat Daerah Tahun ke-", "", "", "Realisasi Capaian Tahun Ke-", "", "", "Rasio Capaian pada Tahun ke-", "", ""],
  ["", "", "", "", "", "2016", "2017", "2018", "2016", "2017", "2018", "2016", "2017", "2018"],
];
const TC24_HEADER = [
  ["Uraian", "Anggaran Pada Tahun ke-", "", "", "Realisasi Anggaran Pada Tahun ke-", "", "", "Rasio Antara realisasi dan Anggaran Pada Tahun ke-", "", "", "Rata-Rata Pertumbuhan", ""],
  ["", "2017", "2018", "2019", "2017", "2018", "2019", "2017", "2018", "2019", "Anggaran", "Realisasi"],
];

function run(rule: Rule, header: string[][], body: string[][]) {
  const tsv = [...header, ...body].map((r) => r.join("\t")).join("\n");
  const [table] = readTables(tsvToGrid(tsv, "test"));
  return validateTable(table, "id", [rule]).findings;
}

const PROGRAM = ["1 06 01", "PROGRAM PENUNJANG", "Persentase layanan", "%", "100%", "100%", "Rp 100.000", "100%", "Rp 200.000", "100%", "Rp 300.000"];
const KEGIATAN = ["1 06 01 2 01", "Perencanaan", "Jumlah dokumen", "Dokumen", "2 Dokumen", "1 Dokumen", "Rp 100.000", "1 Dokumen", "Rp 200.000", "2 Dokumen", "Rp 300.000"];
const SUB = ["1 06 01 2 01 01", "Penyusunan", "Jumlah dokumen", "Dokumen", "2 Dokumen", "1 Dokumen", "Rp 100.000", "1 Dokumen", "Rp 200.000", "2 Dokumen", "Rp 300.000"];
const with_ = (row: string[], col: number, text: string) => row.map((c, i) => (i === col - 1 ? text : c));

describe("value-error", () => {
  test("passes a table without error values", () => {
    expect(run(valueError, TC27_HEADER, [PROGRAM, KEGIATAN, SUB])).toEqual([]);
  });
  test("reports #DIV/0! in a value cell", () => {
    const [f, ...rest] = run(valueError, TC27_HEADER, [PROGRAM, KEGIATAN, with_(SUB, 8, "#DIV/0!")]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "value-error", severity: "error", cell: "H6", actual: "#DIV/0!" });
    expect(f.message).toBe("Sel berisi galat spreadsheet #DIV/0!.");
  });
});

describe("value-text", () => {
  test("a number with its unit is a value", () => {
    expect(run(valueText, TC27_HEADER, [PROGRAM, KEGIATAN, SUB])).toEqual([]);
  });
  test("reports compound cells, unit-only targets and words in a money cell", () => {
    const found = run(valueText, TC27_HEADER, [
      PROGRAM,
      with_(KEGIATAN, 6, "29 Pilkades, 137 BPD"),
      with_(with_(SUB, 8, "Dokumen"), 9, "belum ada"),
    ]);
    expect(found.map((f) => [f.cell, f.actual])).toEqual([
      ["F5", "29 Pilkades, 137 BPD"],
      ["H6", "Dokumen"],
      ["I6", "belum ada"],
    ]);
    expect(found[1].message).toBe('Sel hanya berisi satuan "Dokumen" tanpa angka.');
  });
});

describe("value-missing", () => {
  test("passes a complete table", () => {
    expect(run(valueMissing, TC27_HEADER, [PROGRAM, KEGIATAN, SUB])).toEqual([]);
  });
  test("parent Rp blank while its children carry Rp: expected Σ children", () => {
    const found = run(valueMissing, TC27_HEADER, [with_(PROGRAM, 7, ""), KEGIATAN, SUB]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "G4", expected: "Rp 100.000", actual: "", severity: "error", cells: ["G5"] });
  });
  test("Satuan blank on a planned row", () => {
    const found = run(valueMissing, TC27_HEADER, [PROGRAM, KEGIATAN, with_(SUB, 4, "")]);
    expect(found.map((f) => f.cell)).toEqual(["D6"]);
    expect(found[0].message).toBe("Satuan subkegiatan 1 06 01 2 01 01 kosong.");
  });
  test("a hole in the target series where the year has Rp; kondisi akhir blank", () => {
    const found = run(valueMissing, TC27_HEADER, [PROGRAM, KEGIATAN, with_(with_(with_(SUB, 8, ""), 10, ""), 11, "")]);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([
      ["H6", null],
      ["J6", null],
      ["K6", "Rp 300.000"],
    ]);
    expect(found[0].message).toBe("Target tahun 2022 kosong, padahal tahun itu ada pagu (Rp 200.000).");
  });
  test("a dash is a value, not a blank", () => {
    expect(run(valueMissing, TC27_HEADER, [PROGRAM, KEGIATAN, with_(SUB, 8, "-")])).toEqual([]);
  });
  test("T-C.23: rasio blank while target and realisasi exist", () => {
    const body = [["1", "Persentase PMKS tertangani", "", "", "", "80%", "85%", "90%", "80%", "85%", "90%", "100%", "100%", ""]];
    const found = run(valueMissing, TC23_HEADER, body);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([["N3", "100,00%"]]);
    expect(found[0].message).toBe("Rasio/capaian kosong, padahal pembilang (K3) dan penyebut (H3) terisi.");
  });
});

describe("number-ambiguous", () => {
  test("a column that decides leaves nothing ambiguous", () => {
    const body = [
      ["1", "Jumlah KPM", "", "", "", "80,127", "3", "4", "1", "2", "3", "100%", "100%", "100%"],
      ["2", "Jumlah KK", "", "", "", "1.250,5", "3", "4", "1", "2", "3", "100%", "100%", "100%"],
    ];
    expect(run(numberAmbiguous, TC23_HEADER, body)).toEqual([]);
  });
  test("reports a token the table cannot decide", () => {
    const body = [["1", "Cakupan", "", "", "", "80,127", "3", "4", "1", "2", "3", "100%", "100%", "100%"]];
    const found = run(numberAmbiguous, TC23_HEADER, body);
    expect(found.map((f) => f.cell)).toEqual(["F3"]);
    expect(found[0].message).toBe('Angka "80,127" bisa dibaca 80127 atau 80,127; kolom ini tidak cukup untuk memutuskan.');
  });
});

describe("number-format-mixed", () => {
  const pct = (n: number, values: string[]) => [String(n), `Indikator ${n}`, "", "", "", ...values];
  test("passes a table with one habit", () => {
    const body = [1, 2, 3].map((n) => pct(n, ["48.64%", "51.90%", "65.38%", "41.26%", "38.39%", "10.60%", "100%", "100%", "100%"]));
    expect(run(numberFormatMixed, TC23_HEADER, body)).toEqual([]);
  });
  test("reports the table's minority separators in a mixed column", () => {
    const body = [1, 2, 3].map((n) => pct(n, ["48.64%", "51.90%", "65.38%", n === 2 ? "34,96%" : "41.26%", "38.39%", "10.60%", "100%", "100%", "100%"]));
    const found = run(numberFormatMixed, TC23_HEADER, body);
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([["I4", "34.96%", "34,96%"]]);
  });
  test("reports a value without the % its row and column carry", () => {
    const body = [1, 2, 3].map((n) => pct(n, ["39,61%", "46,10%", "84%", "35,00%", n === 3 ? "35,29" : "40,00%", "90,26%", "", "", ""]));
    const found = run(numberFormatMixed, TC23_HEADER, body);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([["J5", "35,29%"]]);
  });
  test("T-C.24: decimals leaving the block's habit; negatives written two ways", () => {
    const row = (name: string, rasio: string[], growth: string) => [name, "100.000", "200.000", "300.000", "90.000", "180.000", "270.000", ...rasio, "- 1.000", growth];
    const body = [
      row("Program A", ["90,00", "90,00", "90,00"], "- 2.000"),
      row("Program B", ["91,50", "100", "92,25"], "(3.000)"),
      row("Program C", ["93,10", "94,20", "95,30"], "- 4.000"),
      row("Program D", ["96,40", "97,50", "98,60"], "(5.000)"),
    ];
    const found = run(numberFormatMixed, TC24_HEADER, body);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ["L3", "info"],
      ["I4", "info"],
      ["L4", "info"],
      ["L5", "info"],
      ["L6", "info"],
    ]);
    expect(found.find((f) => f.cell === "I4")?.expected).toBe("100,00");
  });
});
