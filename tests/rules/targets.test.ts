import { targetFinal } from "../../core/rules/target-final";
import { targetTrend } from "../../core/rules/target-trend";
import { unitMismatch } from "../../core/rules/unit-mismatch";
import { expectedFindings, recall, validateFixture } from "../support/expected-findings";
import { FIXTURES } from "../support/fixtures";
import { findingsOf, tc27 } from "./targets-helpers";

const PCT = "Persentase dokumen perencanaan yang baik";
const DOCS = "Jumlah dokumen perencanaan yang disusun";

describe("target-final", () => {
  it("passes a level at its last target and counts summed over all years or all but the first", () => {
    const { findings, conventions } = findingsOf(
      tc27([
        ["1 06 01", "PROGRAM PENUNJANG", PCT, "%", "80%", ["80%", "85%", "90%", "95%"], "95%"],
        ["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", "2 Dokumen", ["2 Dokumen", "3 Dokumen", "3 Dokumen", "3 Dokumen"], "11 Dokumen"],
        ["1 06 01 2 01 01", "Renstra", "Jumlah peserta rapat koordinasi", "Orang", "", ["5", "10", "10", "10"], "30"],
        ["1 06 01 2 01 02", "Renja", "Jumlah Pekerja Sosial Masyarakat yang terampil", "Orang", "", ["40", "40", "40", "40"], "40"],
      ]),
      targetFinal,
    );
    expect(findings).toEqual([]);
    // Row 6 fits only Σ 2022–2024, row 5 only Σ 2021–2024: a tie, stated as a convention.
    expect(conventions.find((c) => c.key === "target-final-window")).toMatchObject({ support: 1, total: 2 });
  });

  it("reports a cumulative final that fits no candidate, expecting the sum", () => {
    const { findings } = findingsOf(
      tc27([["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", "", ["2 Dokumen", "3 Dokumen", "3 Dokumen", "3 Dokumen"], "12 Dokumen"]]),
      targetFinal,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "N4", severity: "warning", expected: "11", actual: "12 Dokumen" });
    expect(findings[0].message).toBe(
      "Target kondisi akhir 12 Dokumen; untuk indikator kumulatif seharusnya 11 (Σ 2021–2024) (tidak cocok juga dengan: 2024 = 3; Σ 2022–2024 = 9).",
    );
  });

  it("reports a percentage final that is not the last year's target, never accepting a sum", () => {
    const { findings } = findingsOf(tc27([["1 06 01", "PROGRAM", PCT, "%", "", ["25%", "25%", "25%", "20%"], "95%"]]), targetFinal, "en");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "N4", expected: "20%", actual: "95%" });
    expect(findings[0].message).toBe("End-of-period target 95%; for a final-value indicator it should be 20% (2024) (nor does it match: max = 25%).");
  });

  it("reports a final printed without any yearly target", () => {
    const { findings } = findingsOf(tc27([["1 06 07 2 01 01", "Rehabilitasi", "Jumlah sarana makam yang direhabilitasi", "Buah", "1 buah", ["", "", "", ""], "1 buah"]]), targetFinal);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "N4", expected: null, actual: "1 buah", message: "Target kondisi akhir 1 buah tertulis, tetapi tidak ada target tahunan 2021–2024." });
  });

  it("skips rows whose yearly targets are compounds or text", () => {
    const { findings } = findingsOf(
      tc27([["2 13 04 2 01 09", "Pilkades", "Jumlah Desa yang Melaksanakan Pilkades", "Desa", "", ["19 Desa", "29 Pilkades, 137 BPD", "-", "-"], "154 Desa"]]),
      targetFinal,
    );
    expect(findings).toEqual([]);
  });
});

describe("target-trend", () => {
  it("passes rising positive levels, falling negative ones, and counts whatever they do", () => {
    const { findings } = findingsOf(
      tc27([
        ["2 13 04", "PROGRAM", "Persentase Desa yang menyampaikan LPPD tepat waktu", "%", "", ["80%", "85%", "90%", "95%"], "95%"],
        ["2 08 04", "PROGRAM", "Persentase perkawinan usia anak", "%", "", ["5%", "4%", "3%", "2%"], "2%"],
        ["2 08 04 2 01", "Kegiatan", "Jumlah peserta pelatihan keterampilan", "Orang", "", ["30", "20", "10", "5"], "65"],
        // No confident direction: a falling "Persentase ARG" is left alone.
        ["2 08 02", "PROGRAM", "Persentase ARG di SKPD", "%", "", ["21", "20", "19", "18"], "18"],
      ]),
      targetTrend,
    );
    expect(findings).toEqual([]);
  });

  it("reports the first year a positive level falls", () => {
    const { findings } = findingsOf(
      tc27([["2 13 04", "PROGRAM", "Persentase Desa yang menyampaikan LPPD tepat waktu", "%", "", ["80%", "85%", "82%", "70%"], "70%"]]),
      targetTrend,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "J4", severity: "warning", expected: "≥ 85%", actual: "82%" });
    expect(findings[0].message).toBe(
      "Target 2023 (82%) lebih rendah dari target 2022 (85%), padahal indikator ini semakin tinggi semakin baik (tepat waktu).",
    );
  });

  it("reports a negative level planned to rise", () => {
    const { findings } = findingsOf(tc27([["1 02 01", "PROGRAM", "Prevalensi stunting pada balita", "%", "", ["20%", "18%", "19%", "15%"], "15%"]]), targetTrend, "en");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "J4", expected: "≤ 18%", actual: "19%" });
  });
});

describe("unit-mismatch", () => {
  it("accepts units that repeat the Satuan, abbreviations, case and alternatives", () => {
    const { findings } = findingsOf(
      tc27([
        ["1 06 01 2 01", "Perencanaan", DOCS, "Dokumen", "10 dokumen", ["3 Dokumen", "2 DOKUMEN", "2 dok", "2"], "9 Dokumen"],
        ["1 06 01 2 08", "Jasa", "Waktu penyediaan jasa", "Bulan", "", ["12 bln", "12 bulan", "12 Bulan", "12"], "48 bulan"],
        ["1 06 01 2 09", "Pegawai", "Jumlah ASN terlatih", "Orang", "", ["5 org", "5 Orang", "5 orang/bulan", "5"], "20 Orang"],
        ["2 13 04 2 01 18", "Lomba", "Jumlah Desa Peserta Lomba", "Desa", "", ["9 Desa/Kel", "9 Desa", "9", "9"], "9 Desa"],
        ["1 06 02 2 03 04", "LKS", "Jumlah LKS yang dibina", "LKS (Lembaga kesejahteraan Sosial)", "6 LKS", ["6", "8", "9", "10 LKS"], "10"],
      ]),
      unitMismatch,
    );
    expect(findings).toEqual([]);
  });

  it("reports a unit word that differs from the Satuan column (warning) and a % under a count unit (error)", () => {
    const { findings } = findingsOf(
      tc27([
        ["2 13 04 2 01 09", "Pilkades", "Jumlah Desa yang Melaksanakan Pilkades", "Desa", "", ["19 Desa", "17 BPD", "29 Pilkades, 137 BPD", "-"], "154 Desa"],
        ["1 06 01 2 09", "Pegawai", "Jumlah ASN terlatih", "Orang", "", ["5", "100%", "5", "5"], "20"],
      ]),
      unitMismatch,
    );
    expect(findings.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([
      ["H4", "warning", "Desa", "17 BPD"],
      ["J4", "warning", "Desa", "29 Pilkades, 137 BPD"],
      ["H5", "error", "Orang", "100%"],
    ]);
    expect(findings[0].message).toBe('Satuan "BPD" berbeda dengan kolom Satuan ("Desa").');
  });

  it("without a Satuan column, compares with the indicator's parenthesis, then with the other cells of the row", () => {
    const { findings } = findingsOf(
      tc27([
        ["1 06 04 2 01 01", "Permakanan", "Tersedianya permakanan bagi lansia", "", "", ["225 Orang", "225 Orang", "225 Paket", "225 orang"], "225 Orang"],
        ["1 06 04 2 01 02", "Alat bantu", "Cakupan alat bantu (%)", "", "", ["50%", "60%", "5 unit", "80%"], "80%"],
        ["1 06 04 2 01 03", "Bimbingan", "Tersedianya bimbingan sosial", "", "", ["20 Orang", "20 Paket", "", ""], ""],
      ]),
      unitMismatch,
      "en",
    );
    expect(findings.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([
      ["J4", "warning", "Orang", "225 Paket"],
      ["J5", "error", "%", "5 unit"],
      ["H6", "warning", "Orang", "20 Paket"],
    ]);
    expect(findings[0].message).toBe('Unit "Paket" differs from the unit of the other cells of this row ("Orang").');
  });
});

// ---------------------------------------------------------------------------------------------
// The real fixtures

describe("targets group on the fixtures", () => {
  it.each(FIXTURES)("finds every expected target-final / unit-mismatch finding of %s, whatever its confidence", (name) => {
    for (const rule of ["target-final", "unit-mismatch"]) {
      const high = recall(name, [rule], ["high"]);
      expect(high.share).toBeGreaterThanOrEqual(0.95);
      // Medium and low ones too (balangan-tc27: 8 medium + 4 low target-final, 3 low unit-mismatch).
      const all = recall(name, [rule], ["high", "medium", "low"]);
      expect(all.missed).toEqual([]);
    }
  });

  it.each(FIXTURES)("raises target-final and unit-mismatch only on rows the expected file lists (%s)", (name) => {
    const expected = expectedFindings(name);
    const found = validateFixture(name).filter((f) => f.rule === "target-final" || f.rule === "unit-mismatch");
    const unexpected = found.filter((f) => !expected.some((e) => e.rule === f.rule && e.row === f.row && e.col === f.col));
    expect(unexpected).toEqual([]);
  });

  it("keeps target-trend quiet", () => {
    const counts = Object.fromEntries(FIXTURES.map((name) => [name, validateFixture(name).filter((f) => f.rule === "target-trend").length]));
    // balangan-tc27: none — its level targets all move with their direction (2.08.04's child-marriage
    // share falls 17,86 → 13,86 as a negative indicator should). balangan-tc23 (T-C.23, 2016-2020)
    // has three real ones: PMKS "terpenuhi" planned 36,18% → 17%, PSKS "aktif" 35,76% → 35,67%, and
    // "perkawinan usia anak" 0,70% → 1%.
    expect(counts).toEqual({
      "balangan-tc27": 0,
      "balangan-tc23": 3,
      "balangan-tc24": 0,
      "rotendao-capaian": 0,
      "rotendao-evaluasi-renja": 0,
      "rotendao-rumusan": 0,
    });
  });
});
