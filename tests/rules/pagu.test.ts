import { paguFinal } from "../../core/rules/pagu-final";
import { paguRollup } from "../../core/rules/pagu-rollup";
import { paguRounding } from "../../core/rules/pagu-rounding";
import { paguWithoutTarget } from "../../core/rules/pagu-without-target";
import { targetWithoutPagu } from "../../core/rules/target-without-pagu";
import { findingsOf, tc27, years, type PaguRow } from "./pagu-helpers";

const PCT = "Persentase layanan administrasi";
const DOCS = "Jumlah dokumen perencanaan";

/** Program = kegiatan 01 + 02; the sub kegiatan of 01 prints its amounts on a pagu row (Balangan P3A). */
function consistent(): PaguRow[] {
  return [
    ["1 06 01", "PROGRAM PENUNJANG", PCT, "%", years("100%", "30.000.000", "31.500.000", "33.000.000", "35.000.000"), ["100%", "129.500.000"]],
    ["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", years("2", "10.000.000", "10.500.000", "11.000.000", "12.000.000"), ["8", "43.500.000"]],
    ["1 06 01 2 01 01", "Renstra", DOCS, "Dokumen", years("1", "", "", "", ""), ["4", ""]],
    ["", "", "", "", [["10.000.000", ""], ["10.500.000", ""], ["11.000.000", ""], ["12.000.000", ""]], ["43.500.000", ""]],
    ["1 06 01 2 02", "Keuangan", "Jumlah laporan", "Laporan", years("12", "20.000.000", "21.000.000", "22.000.000", "23.000.000"), ["48", "86.000.000"]],
    ["1 06 01 2 02 01", "Gaji", "Jumlah bulan", "Bulan", years("12", "20.000.000", "21.000.000", "22.000.000", "23.000.000"), ["48", "86.000.000"]],
    ["", "", "", "", years("", "30.000.000", "31.500.000", "33.000.000", "35.000.000"), ["", "129.500.000"]],
  ];
}

describe("pagu-rollup", () => {
  it("passes a tree whose parents and total equal their children, pagu rows included", () => {
    expect(findingsOf(tc27(consistent()), paguRollup).findings).toEqual([]);
  });

  it("reports a kegiatan year that differs from its sub kegiatan, on the parent cell with the cells added", () => {
    const rows = consistent();
    rows[4][4][2] = ["12", "25.000.000"];
    const { findings } = findingsOf(tc27(rows), paguRollup);
    // The program above now differs from its kegiatan too (33.000.000 against 11.000.000 + 25.000.000).
    expect(findings.map((f) => f.cell)).toEqual(["K4", "K8"]);
    expect(findings[1]).toMatchObject({
      cell: "K8",
      severity: "error",
      expected: "Rp 22.000.000",
      actual: "Rp 25.000.000",
      cells: ["K9"],
      message: "Pagu kegiatan 1 06 01 2 02 tahun 2023 (Rp 25.000.000) tidak sama dengan jumlah sub kegiatan di bawahnya (Rp 22.000.000); selisih Rp 3.000.000.",
    });
    expect(findings[0]).toMatchObject({ expected: "Rp 36.000.000", actual: "Rp 33.000.000", cells: ["K5", "K8"] });
  });

  it("reads a pagu row's Target cells as its row's Rp and reports a total in English", () => {
    const rows = consistent();
    rows[6][5] = ["", "130.500.000"];
    const { findings } = findingsOf(tc27(rows), paguRollup, "en");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "O10", expected: "Rp 129.500.000", actual: "Rp 130.500.000", cells: ["O4"] });
    expect(findings[0].message).toBe("The total row 10 budget at end of period (Rp 130.500.000) differs from the sum of its programs (Rp 129.500.000) by Rp 1.000.000.");
  });

  it("leaves a blank parent cell to value-missing", () => {
    const rows = consistent();
    rows[1][4][0] = ["2", ""];
    expect(findingsOf(tc27(rows), paguRollup).findings).toEqual([]);
  });
});

describe("pagu-rounding", () => {
  it("reports a difference the printed roundings explain, and not as pagu-rollup", () => {
    const rows: PaguRow[] = [
      ["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", years("2", "21.000.001", "10.000.000", "10.000.000", "10.000.000"), ["8", "51.000.001"]],
      ["1 06 01 2 01 01", "Renstra", DOCS, "Dokumen", years("1", "10.500.000,50", "5.000.000", "5.000.000", "5.000.000"), ["4", "25.500.000,50"]],
      ["1 06 01 2 01 02", "Renja", DOCS, "Dokumen", years("1", "10.500.000,30", "5.000.000", "5.000.000", "5.000.000"), ["4", "25.500.000,30"]],
    ];
    const { findings } = findingsOf(tc27(rows), paguRounding);
    expect(findingsOf(tc27(rows), paguRollup).findings).toEqual([]);
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["G4", "Rp 21.000.000,80", "Rp 21.000.001"],
      ["O4", "Rp 51.000.000,80", "Rp 51.000.001"],
    ]);
    expect(findings[0]).toMatchObject({ severity: "warning", cells: ["G5", "G6"] });
  });

  it("keeps a whole-rupiah difference between amounts printed with cents as pagu-rollup", () => {
    const rows: PaguRow[] = [
      ["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", years("2", "21.000.001,80", "10.000.000", "10.000.000", "10.000.000"), ["8", "51.000.001,80"]],
      ["1 06 01 2 01 01", "Renstra", DOCS, "Dokumen", years("1", "10.500.000,50", "5.000.000", "5.000.000", "5.000.000"), ["4", "25.500.000,50"]],
      ["1 06 01 2 01 02", "Renja", DOCS, "Dokumen", years("1", "10.500.000,30", "5.000.000", "5.000.000", "5.000.000"), ["4", "25.500.000,30"]],
    ];
    expect(findingsOf(tc27(rows), paguRounding).findings).toEqual([]);
    expect(findingsOf(tc27(rows), paguRollup).findings.map((f) => f.cell)).toEqual(["G4", "O4"]);
  });
});

describe("pagu-final", () => {
  const row = (code: string, rp: string[], final: string): PaguRow => [code, "Sub kegiatan " + code, DOCS, "Dokumen", years("1", ...rp), ["4", final]];

  it("infers the window from the majority of rows and flags only the row that deviates", () => {
    const { findings, conventions } = findingsOf(
      tc27([
        row("1 06 01 2 01 01", ["1.000.000", "2.000.000", "3.000.000", "4.000.000"], "10.000.000"),
        row("1 06 01 2 01 02", ["1.000.000", "1.000.000", "1.000.000", "1.000.000"], "4.000.000"),
        row("1 06 01 2 01 03", ["5.000.000", "1.000.000", "1.000.000", "1.000.000"], "3.000.000"),
      ]),
      paguFinal,
    );
    expect(conventions.find((c) => c.key === "final-window")).toMatchObject({ value: "2021-2024", support: 2, total: 3 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: "O6",
      expected: "Rp 8.000.000",
      actual: "Rp 3.000.000",
      message: "Pagu kondisi akhir (Rp 3.000.000) tidak sama dengan jumlah pagu 2021–2024 (Rp 8.000.000); baris ini menjumlahkan 2022–2024.",
    });
  });

  it("accepts a table that sums the last years on most rows", () => {
    const { findings, conventions } = findingsOf(
      tc27([
        row("1 06 01 2 01 01", ["9.000.000", "2.000.000", "3.000.000", "4.000.000"], "9.000.000"),
        row("1 06 01 2 01 02", ["7.000.000", "1.000.000", "1.000.000", "1.000.000"], "3.000.000"),
        row("1 06 01 2 01 03", ["-", "1.000.000", "1.000.000", "1.000.000"], "3.000.000"),
      ]),
      paguFinal,
    );
    expect(conventions.find((c) => c.key === "final-window")).toMatchObject({ value: "2022-2024", support: 3, total: 3 });
    expect(findings).toEqual([]);
  });
});

describe("pagu-without-target and target-without-pagu", () => {
  const subs = (cells: [string, string][]): PaguRow[] => [
    ["1 06 01 2 01 01", "Renstra", DOCS, "Dokumen", years("1", "1.000.000", "1.000.000", "1.000.000", "1.000.000"), ["4", "4.000.000"]],
    ["1 06 01 2 01 02", "Renja", DOCS, "Dokumen", years("1", "1.000.000", "1.000.000", "1.000.000", "1.000.000"), ["4", "4.000.000"]],
    ["1 06 01 2 01 03", "LKjIP", DOCS, "Dokumen", cells, ["4", "4.000.000"]],
  ];

  it("passes rows whose targets and Rp come together", () => {
    const tsv = tc27(subs(years("1", "1.000.000", "1.000.000", "1.000.000", "1.000.000")));
    expect(findingsOf(tsv, paguWithoutTarget).findings).toEqual([]);
    expect(findingsOf(tsv, targetWithoutPagu).findings).toEqual([]);
  });

  it("counts a second indicator row's target, reporting only the year neither row has", () => {
    const rows = subs([["1", "1.000.000"], ["", "1.000.000"], ["", "1.000.000"], ["1", "1.000.000"]]);
    rows.push(["", "", "Jumlah laporan", "Laporan", [["", ""], ["2", ""], ["", ""], ["", ""]], ["", ""]]);
    expect(findingsOf(tc27(rows), paguWithoutTarget).findings.map((f) => f.cell)).toEqual(["J6"]);
  });

  it("reports Rp planned without a target, at the empty target cell", () => {
    const { findings } = findingsOf(tc27(subs([["1", "1.000.000"], ["", "1.000.000"], ["1", "1.000.000"], ["1", "1.000.000"]])), paguWithoutTarget);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: "H6",
      severity: "warning",
      expected: null,
      actual: "",
      message: "Pagu sub kegiatan 1 06 01 2 01 03 tahun 2022 direncanakan (Rp 1.000.000) tetapi targetnya kosong.",
    });
  });

  it("reports a target without Rp on a level whose rows carry Rp, at the Rp cell", () => {
    const { findings } = findingsOf(tc27(subs([["1", "1.000.000"], ["1", "-"], ["1", "1.000.000"], ["1", "1.000.000"]])), targetWithoutPagu);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: "I6",
      severity: "warning",
      expected: null,
      message: "Target sub kegiatan 1 06 01 2 01 03 tahun 2022 (1) tidak disertai pagu.",
    });
  });
});
