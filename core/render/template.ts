import { a1 } from "../grid";
import type { Plan } from "../plan/types";
import { type CellContent, type Paper, SheetWriter } from "./sheet";

/**
 * The input sheet planners fill in ("tc27 template"): simple columns, one header row, as data. The
 * detector reads a filled one as a renstra-program table (its headers are template phrases), and
 * renderTc27 turns it into the official T-C.27. "{y}" in a header is the column's year.
 */
export interface TemplateColumn {
  key: "kode" | "uraian" | "indikator" | "satuan" | "baseline" | "target" | "rp" | "arah" | "sifat" | "unitPd" | "lokasi";
  header: string;
  /** Repeated for every year of the period (Target and Rp, side by side). */
  perYear?: boolean;
  width: number;
  /** What to write in the column (the header cell's note). */
  note: string;
  /** The values the column takes (a data validation list). */
  list?: readonly string[];
}

export const ARAH_LIST = ["positif", "negatif"] as const;
export const SIFAT_LIST = ["kumulatif", "nilai akhir"] as const;

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: "kode", header: "Kode", width: 18, note: "Kode lengkap dengan titik: 1.06.01 (program), 1.06.01.2.01 (kegiatan), 1.06.01.2.01.0001 (sub kegiatan)." },
  { key: "uraian", header: "Uraian Program/Kegiatan/Sub Kegiatan", width: 40, note: "Nama program, kegiatan atau sub kegiatan. Kosongkan pada baris indikator tambahan." },
  { key: "indikator", header: "Indikator Kinerja", width: 40, note: "Indikator kinerja (outcome program, output kegiatan dan sub kegiatan)." },
  { key: "satuan", header: "Satuan", width: 10, note: "Satuan target: %, Dokumen, Orang, Indeks, …" },
  { key: "baseline", header: "Baseline {y}", width: 12, note: "Data capaian pada tahun awal perencanaan." },
  { key: "target", header: "Target {y}", perYear: true, width: 10, note: "Target tahun ini: angka (persen boleh ditulis 75%), atau teks bila targetnya bukan angka." },
  { key: "rp", header: "Rp {y}", perYear: true, width: 17, note: "Pagu tahun ini dalam rupiah, diisi pada sub kegiatan. Pagu kegiatan, program dan total dijumlahkan otomatis." },
  { key: "arah", header: "Arah", width: 10, note: "positif: semakin tinggi semakin baik; negatif: semakin rendah semakin baik.", list: ARAH_LIST },
  { key: "sifat", header: "Sifat", width: 12, note: "kumulatif: target kondisi akhir = jumlah target tahunan; nilai akhir: target tahun terakhir.", list: SIFAT_LIST },
  { key: "unitPd", header: "Unit Kerja Penanggung Jawab", width: 20, note: "Unit kerja perangkat daerah penanggung jawab." },
  { key: "lokasi", header: "Lokasi", width: 14, note: "Lokasi kegiatan." },
];

export const TEMPLATE_INSTRUCTIONS: readonly string[] = [
  "Petunjuk pengisian:",
  "1. Satu baris untuk setiap program, kegiatan dan sub kegiatan, berurutan: program, lalu kegiatannya, lalu sub kegiatan di bawah setiap kegiatan.",
  "2. Kode ditulis lengkap dengan titik, misalnya 1.06.01 untuk program dan 1.06.01.2.01.0001 untuk sub kegiatan.",
  "3. Indikator kedua dan seterusnya ditulis pada baris baru tepat di bawahnya, dengan Kode dan Uraian dikosongkan.",
  "4. Target diisi angka dengan satuannya di kolom Satuan; Rp diisi pada sub kegiatan, jumlah kegiatan, program dan total dihitung dengan rumus.",
  "5. Pilih Arah (positif/negatif) dan Sifat (kumulatif/nilai akhir) dari daftar; bila kosong, ditebak dari nama indikator.",
  "6. Setelah terisi, buat tabel resmi dengan perintah: tc27 generate BERKAS --out HASIL.xlsx",
];

export interface TemplateOptions {
  firstYear: number;
  /** Length of the period in years. */
  years: number;
  /** Rows offered for input (with the Arah/Sifat lists); default 500. */
  rows?: number;
  sheet?: string;
  paper?: Paper;
}

const HEADER: CellContent = { bold: true, border: true, wrap: true, align: "center", valign: "middle", fill: "DDEBF7" };

/** The template's columns for a period, each with its header text and year. */
export function templateColumns(firstYear: number, years: number): { column: TemplateColumn; header: string; year: number }[] {
  const period = Array.from({ length: years }, (_, i) => firstYear + i);
  const out: { column: TemplateColumn; header: string; year: number }[] = [];
  const add = (column: TemplateColumn, year: number) => out.push({ column, header: column.header.replace("{y}", String(year)), year });
  for (const column of TEMPLATE_COLUMNS) {
    if (column.key === "rp") continue; // beside its year's target
    if (column.key === "target") {
      const rp = TEMPLATE_COLUMNS.find((c) => c.key === "rp")!;
      for (const y of period) {
        add(column, y);
        add(rp, y);
      }
    } else add(column, column.key === "baseline" ? firstYear - 1 : firstYear);
  }
  return out;
}

/** The empty input sheet: title, instructions, the header row with notes, lists for Arah and Sifat. */
export function templatePlan(options: TemplateOptions): Plan {
  const columns = templateColumns(options.firstYear, options.years);
  const last = options.firstYear + options.years - 1;
  const out = new SheetWriter();
  const lines = [`ISIAN RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN (TABEL T-C.27) PERIODE ${options.firstYear}–${last}`, ...TEMPLATE_INSTRUCTIONS];
  lines.forEach((text, i) => {
    out.put(i + 1, 1, { value: text, ...(i === 0 ? { bold: true } : {}) });
    out.merge(i + 1, 1, i + 1, columns.length);
  });
  const headerRow = lines.length + 2;
  columns.forEach(({ column, header }, i) => out.put(headerRow, i + 1, { value: header, note: column.note, ...HEADER }));
  const rows = options.rows ?? 500;
  const validations = columns.flatMap(({ column }, i) =>
    column.list ? [{ range: `${a1(headerRow + 1, i + 1)}:${a1(headerRow + rows, i + 1)}`, list: [...column.list], prompt: column.note }] : [],
  );
  const plan = out.plan(options.sheet ?? "Isian T-C.27", { id: "Buat templat isian T-C.27", en: "Create T-C.27 input template" }, columns.map(({ column }) => ({ path: [], width: column.width })), { top: headerRow, bottom: headerRow, freezeCols: 2 }, options.paper ?? "A4", { validations });
  return plan;
}
