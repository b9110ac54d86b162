import ExcelJS from "exceljs";

/**
 * A realistic generated T-C.27 of about `rows` data rows: programs → kegiatan → sub kegiatan with
 * real-looking codes, names, indicators, units, typed targets and rupiah with Indonesian formats,
 * parents and kondisi akhir summed exactly — plus one error in every 200 rows so the rules have
 * something to find.
 */
const YEARS = [2025, 2026, 2027, 2028, 2029];
const UNITS = ["Dokumen", "Orang", "Desa", "Kegiatan", "Laporan", "%"];
const NAMES = ["Penyusunan Dokumen Perencanaan", "Fasilitasi Pemberdayaan Masyarakat", "Koordinasi dan Sinkronisasi", "Pengadaan Sarana dan Prasarana", "Peningkatan Kapasitas Aparatur"];

interface GenRow {
  code: string;
  name: string;
  indicator: string;
  unit: string;
  targets: number[];
  rp: number[];
}

export function generateTc27(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T-C.27");
  ws.addRow(["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2024", "Target Kinerja Program dan Kerangka Pendanaan", ...Array(9).fill(null), "Kondisi Kinerja pada Akhir Periode Renstra", null]);
  ws.addRow([null, null, null, null, null, ...YEARS.flatMap((y) => [`Tahun ${y}`, null]), "Target", "Rp"]);
  ws.addRow([null, null, null, null, null, ...YEARS.flatMap(() => ["Target", "Rp"])]);
  ws.addRow(Array.from({ length: 17 }, (_, i) => `(${i + 1})`));
  let seq = 0;
  const out: GenRow[] = [];
  let program = 0;
  // Whole programs only (a program of 4 kegiatan of 8 sub kegiatan is 37 rows), so none is cut short.
  while (out.length + 37 <= Math.max(rows, 37)) {
    program++;
    // 99 programs per bidang, 30 bidang per urusan: every code stays unique however large the table.
    const p = program - 1;
    const pCode = `${1 + Math.floor(p / (99 * 30))}.${String(1 + (Math.floor(p / 99) % 30)).padStart(2, "0")}.${String(1 + (p % 99)).padStart(2, "0")}`;
    const pIndex = out.length;
    out.push({ code: pCode, name: `PROGRAM ${NAMES[program % NAMES.length].toUpperCase()} ${program}`, indicator: "Persentase capaian program", unit: "%", targets: YEARS.map(() => 100), rp: YEARS.map(() => 0) });
    for (let k = 1; k <= 4 && out.length < rows; k++) {
      const kCode = `${pCode}.2.${String(k).padStart(2, "0")}`;
      const kIndex = out.length;
      out.push({ code: kCode, name: `${NAMES[k % NAMES.length]} ${k}`, indicator: "Jumlah kegiatan terlaksana", unit: "Kegiatan", targets: YEARS.map(() => 4), rp: YEARS.map(() => 0) });
      for (let s = 1; s <= 8 && out.length < rows; s++) {
        seq++;
        const rp = YEARS.map((_, y) => 10_000_000 + ((seq * 7919 + y * 104729) % 90_000_000) * 10);
        out.push({ code: `${kCode}.${String(s).padStart(4, "0")}`, name: `${NAMES[(s + k) % NAMES.length]} sub ${s}`, indicator: `Jumlah ${UNITS[s % UNITS.length].toLowerCase()} yang dihasilkan`, unit: UNITS[s % UNITS.length], targets: YEARS.map((_, y) => 2 + ((seq + y) % 5)), rp });
        for (let y = 0; y < YEARS.length; y++) {
          out[kIndex].rp[y] += rp[y];
          out[pIndex].rp[y] += rp[y];
        }
      }
    }
  }
  out.forEach((r, i) => {
    const wrong = i % 200 === 199 ? 1_000_000 : 0;
    const cells: (string | number)[] = [r.code, r.name, r.indicator, r.unit, r.unit === "%" ? 1 : 10];
    r.targets.forEach((t, y) => cells.push(r.unit === "%" ? t / 100 : t, r.rp[y] + (y === 2 ? wrong : 0)));
    const last = r.targets[r.targets.length - 1];
    cells.push(r.unit === "%" ? last / 100 : r.targets.reduce((a, b) => a + b, 0), r.rp.reduce((a, b) => a + b, 0));
    const row = ws.addRow(cells);
    for (let y = 0; y < YEARS.length; y++) {
      row.getCell(7 + 2 * y).numFmt = '"Rp "#,##0';
      if (r.unit === "%") row.getCell(6 + 2 * y).numFmt = "0%";
    }
    row.getCell(17).numFmt = '"Rp "#,##0';
    if (r.unit === "%") row.getCell(16).numFmt = "0%";
  });
  return wb;
}
