import { a1 } from "../../core/grid";
import { planGrid } from "../../core/plan/grid";
import type { Plan } from "../../core/plan/types";
import { readTables } from "../../core/read-tables";
import { renderE81, renderEvaluasiRenja, renderTc27 } from "../../core/render";
import { fixtureGrid } from "../support/fixtures";

const [balangan] = readTables(fixtureGrid("balangan-tc27"));
const at = (plan: Plan, row: number, col: number) => plan.writes.find((w) => w.row === row && w.col === col);
const rowOf = (plan: Plan, name: string) => plan.writes.find((w) => w.value === name)!.row;

describe("T-C.29 from a T-C.27", () => {
  const plan = renderEvaluasiRenja(balangan, { year: 2023, title: { pd: "Dinas Sosial Kabupaten Balangan" } });
  const [back] = readTables(planGrid(plan));

  it("is detected back as evaluasi-renja with its years and printed formulas", () => {
    expect(back.layout.kind).toBe("evaluasi-renja");
    expect(back.layout.years).toEqual([2021, 2022, 2023]);
    expect(back.layout.printedFormulas.map((f) => f.text)).toEqual(["8 = (7/6)", "10 = (5+7+9)", "11 = (10/4)"]);
    const role = (r: string) => back.layout.columns.find((c) => c.role === r)?.col;
    expect([role("targetRenstraAkhir"), role("realisasiSdLalu"), role("targetRenjaLalu"), role("realisasiRenjaLalu"), role("tingkatRealisasi"), role("targetRenja"), role("realisasiSdBerjalan"), role("tingkatCapaian"), role("unitPd")]).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("pre-fills the targets from the T-C.27 and leaves the realisasi to the planner", () => {
    const r = rowOf(plan, "Penyusunan Dokumen Perencanaan Perangkat Daerah");
    // Jumlah dokumen: 2 a year; the T-C.27's kondisi akhir (the printed 2 = the latest) is the Renstra target.
    expect([4, 6, 9].map((c) => at(plan, r, c)?.value)).toEqual([2, 2, 2]);
    expect([5, 7].map((c) => at(plan, r, c)?.value)).toEqual([undefined, undefined]);
    // Percentages in display units, so R/T needs no scaling.
    const p = rowOf(plan, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
    expect(at(plan, p, 6)).toMatchObject({ value: 100, numberFormat: '0"%"' });
  });

  it("writes the printed formulas live, with the results of what is filled now", () => {
    const r = rowOf(plan, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
    const ref = (c: number) => a1(r, c);
    expect(at(plan, r, 8)).toMatchObject({ formula: `=IF(OR(${ref(6)}="",${ref(6)}=0,${ref(7)}=""),"",ROUND(${ref(7)}/${ref(6)}*100,2))`, expected: "" });
    // Nilai SAKIP is an end value: 10 is the latest of 5, 7, 9.
    expect(at(plan, r, 10)).toMatchObject({ formula: `=IF(${ref(9)}<>"",${ref(9)},IF(${ref(7)}<>"",${ref(7)},IF(${ref(5)}<>"",${ref(5)},"")))`, expected: "76.49" });
    expect(at(plan, r, 11)).toMatchObject({ formula: `=IF(OR(${ref(4)}="",${ref(4)}=0,${ref(10)}=""),"",ROUND(${ref(10)}/${ref(4)}*100,2))`, expected: "99.96" });
  });

  it("covers every program, kegiatan, sub kegiatan and indicator row of the T-C.27 once", () => {
    const generated = readTables(planGrid(renderTc27(balangan)))[0].model.rows.filter((r) => !["total", "tujuan", "sasaran"].includes(r.level));
    const key = (r: { code: { key: string } | null; name: string; indicator: string }) => `${r.code?.key ?? ""}|${r.name}|${r.indicator}`;
    expect(back.model.rows.map(key)).toEqual(generated.map(key));
  });
});

describe("E.81 from a T-C.27", () => {
  const plan = renderE81(balangan, { year: 2024 });
  const [back] = readTables(planGrid(plan));
  const col = (role: string, measure: "K" | "Rp", quarter?: number) =>
    back.layout.columns.find((c) => c.role === role && c.measure === measure && (quarter === undefined || c.quarter === quarter))!.col;

  it("is detected back as evaluasi-renja-triwulan with K/Rp pairs and quarters I–IV", () => {
    expect(back.layout.kind).toBe("evaluasi-renja-triwulan");
    expect(back.layout.years).toEqual([2023, 2024]);
    expect([1, 2, 3, 4].map((q) => col("realisasiTriwulan", "K", q))).toEqual([12, 14, 16, 18]);
    expect(col("tingkatCapaian", "Rp")).toBe(25);
  });

  it("pre-fills targets and pagu, sums the quarters and computes capaian live", () => {
    const r = rowOf(plan, "Penyusunan Dokumen Perencanaan Perangkat Daerah");
    const ref = (c: number) => a1(r, c);
    expect(at(plan, r, col("targetRenstraAkhir", "K"))?.value).toBe(2);
    expect(at(plan, r, col("targetRenstraAkhir", "Rp"))?.value).toBe(340926506.3);
    expect(at(plan, r, col("targetRenja", "Rp"))?.value).toBe(64409730);
    expect(at(plan, r, col("realisasiRenja", "Rp"))).toMatchObject({ formula: `=SUM(${ref(13)},${ref(15)},${ref(17)},${ref(19)})`, expected: "0" });
    expect(at(plan, r, col("realisasiSdBerjalan", "Rp"))).toMatchObject({ formula: `=SUM(${ref(9)},${ref(21)})`, expected: "0" });
    expect(at(plan, r, col("tingkatCapaian", "Rp"))).toMatchObject({ formula: `=IF(OR(${ref(23)}="",${ref(7)}="",${ref(7)}=0),"",ROUND(${ref(23)}/${ref(7)}*100,2))`, expected: "0" });
    expect(at(plan, r, col("tingkatCapaian", "K"))?.formula).toBe(`=IF(OR(${ref(6)}="",${ref(6)}=0,${ref(22)}=""),"",ROUND(${ref(22)}/${ref(6)}*100,2))`);
  });

  it("ends with the average capaian and its predikat", () => {
    const last = Math.max(...plan.writes.map((w) => w.row));
    const k15 = col("tingkatCapaian", "K");
    expect(at(plan, last - 1, 1)?.value).toBe("Rata-rata capaian kinerja (%)");
    expect(at(plan, last - 1, k15)?.formula).toBe(`=IF(COUNT(X9:X${last - 2})=0,"",ROUND(AVERAGE(X9:X${last - 2}),2))`);
    expect(at(plan, last, 1)?.value).toBe("Predikat kinerja");
    expect(at(plan, last, k15)?.formula).toContain(`IF(X${last - 1}>=91,"Sangat Tinggi"`);
    expect(plan.sheetLayout!.merges).toContain(`A${last}:E${last}`);
  });
});
