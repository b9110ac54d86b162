import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../cli/io/read-workbook";
import { readTables } from "../../core/read-tables";
import { runCli } from "../support/run-cli";

/** `tc27 template` and generating from a filled template, as a planner does it (real processes). */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-template-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const out = (name: string) => path.join(tmp, name);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The template's header row: the row whose first cell is "Kode". */
function headerRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "Kode") return r;
  throw new Error("no header row");
}

const headers = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

test("the template has the period's columns, Arah/Sifat dropdowns on the data rows and instructions", async () => {
  const r = runCli(["template", "--out", out("isian.xlsx"), "--first-year", "2025", "--years", "5"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  expect(r.stdout).toContain("2025–2029");
  const ws = (await load(out("isian.xlsx"))).worksheets[0];
  const h = headerRow(ws);
  const cols = headers(ws, h);
  expect(cols).toEqual(expect.arrayContaining(["Kode", "Indikator Kinerja", "Satuan", "Baseline 2024", "Target 2025", "Rp 2029", "Arah", "Sifat"]));
  expect(cols.filter((c) => /^Target \d{4}$/.test(String(c)))).toHaveLength(5);
  const arah = cols.indexOf("Arah") + 1;
  const sifat = cols.indexOf("Sifat") + 1;
  for (const row of [h + 1, h + 200]) {
    expect(ws.getCell(row, arah).dataValidation).toMatchObject({ type: "list", formulae: ['"positif,negatif"'] });
    expect(ws.getCell(row, sifat).dataValidation).toMatchObject({ type: "list", formulae: ['"kumulatif,nilai akhir"'] });
  }
  expect(ws.getCell(h, 1).note).toBeTruthy();
  const texts = Array.from({ length: h - 1 }, (_, i) => String(ws.getCell(i + 1, 1).value ?? ""));
  expect(texts.some((t) => t.startsWith("Petunjuk pengisian"))).toBe(true);
  expect(texts.some((t) => t.includes("tc27 generate"))).toBe(true);
});

test("a filled template generates a T-C.27 with live sums, and generating again gives the same table", async () => {
  expect(runCli(["template", "--out", out("kosong.xlsx"), "--first-year", "2025", "--years", "5"]).code).toBe(0);
  const wb = await load(out("kosong.xlsx"));
  const ws = wb.worksheets[0];
  const h = headerRow(ws);
  const col = (name: string) => headers(ws, h).indexOf(name) + 1;
  const fill = (row: number, values: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(values)) ws.getCell(row, col(k)).value = v;
  };
  const targets = (v: number) => Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [`Target ${y}`, v]));
  const pagu = (v: number) => Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [`Rp ${y}`, v]));
  fill(h + 1, { Kode: "1.06.01", "Uraian Program/Kegiatan/Sub Kegiatan": "Program Penunjang Urusan Pemerintahan Daerah", "Indikator Kinerja": "Nilai SAKIP", Satuan: "Nilai", ...targets(80), Arah: "positif", Sifat: "nilai akhir" });
  fill(h + 2, { Kode: "1.06.01.2.01", "Uraian Program/Kegiatan/Sub Kegiatan": "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Indikator Kinerja": "Dokumen perencanaan yang baik", Satuan: "%", ...targets(100) });
  fill(h + 3, { Kode: "1.06.01.2.01.0001", "Uraian Program/Kegiatan/Sub Kegiatan": "Penyusunan Dokumen Perencanaan", "Indikator Kinerja": "Jumlah dokumen", Satuan: "Dokumen", ...targets(2), ...pagu(50_000_000), Sifat: "kumulatif" });
  fill(h + 4, { Kode: "1.06.01.2.01.0002", "Uraian Program/Kegiatan/Sub Kegiatan": "Koordinasi Penyusunan Laporan", "Indikator Kinerja": "Jumlah laporan", Satuan: "Laporan", ...targets(4), ...pagu(25_000_000), Sifat: "kumulatif" });
  await wb.xlsx.writeFile(out("terisi.xlsx"));

  const r = runCli(["generate", out("terisi.xlsx"), "--out", out("dari-isian.xlsx")]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const generated = (await load(out("dari-isian.xlsx"))).worksheets[1];
  const [table] = readTables(worksheetToGrid(generated));
  expect(table.model.kind).toBe("renstra-program");
  expect(table.model.years).toEqual([2025, 2026, 2027, 2028, 2029]);
  expect(table.model.rows.map((x) => x.code?.key).filter(Boolean)).toEqual(["1.06.01", "1.06.01.2.01", "1.06.01.2.01.0001", "1.06.01.2.01.0002"]);
  const sums: string[] = [];
  generated.eachRow((row) => row.eachCell((c) => c.formula?.startsWith("SUM(") && sums.push(`${c.address}=${String(c.result)}`)));
  // Kegiatan and program per year (5 + 5), kondisi akhir of every row with amounts, the total.
  expect(sums.length).toBeGreaterThanOrEqual(10);
  expect(sums.some((s) => s.endsWith("=75000000"))).toBe(true);

  // The generated table, read back as a source, renders to the same table.
  expect(runCli(["generate", out("dari-isian.xlsx"), "--out", out("lagi.xlsx")]).code).toBe(0);
  const again = await load(out("lagi.xlsx"));
  const cells = (w: ExcelJS.Worksheet) => {
    const lines: string[] = [];
    w.eachRow((row, n) => row.eachCell((c, k) => lines.push(`${n},${k}: ${c.formula ? `=${c.formula}` : JSON.stringify(c.value)}`)));
    return lines;
  };
  expect(cells(again.worksheets[2])).toEqual(cells(again.worksheets[1]));
}, 60_000);
