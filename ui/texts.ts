import type { Lang } from "../core/i18n/messages";
import type { Severity, Text } from "../core/rules/types";
import type { GenerateKind, Progress } from "./host-bridge";

/**
 * Every word the pane shows, in Bahasa Indonesia and English, with UI.md's glossary. Counts are
 * written the way the reader writes them: "50.000" in Indonesian, "50,000" in English.
 */

/** What the pane can be asked to do; names the command in buttons, progress and errors. */
export type PaneCommand = "validate" | "clearMarks" | "recalc" | "normalize" | "generate" | "undo";
/** Everything that can fail, for "… gagal: …". */
export type Action = PaneCommand | "load" | "changeRange" | "automaticRange" | "select" | "saveSettings";
export type SkipReason = "ambiguous" | "compound" | "prefix" | "unsure-tree";

export interface Texts {
  product: string;
  loading: string;
  retry: string;
  kind(kind: string): string;
  period(kind: string, years: number[]): string;
  rows(n: number): string;
  sheet(name: string): string;
  noTable: string;
  noTableHint: string;
  changeRange: string;
  pickedRange(range: string): string;
  automaticRange: string;
  command: Record<PaneCommand, string>;
  clearMarksCount(cells: number): string;
  /** A record with no cells (a sheet Buat tabel made) is named without a count. */
  undoLabel(label: Text, cells: number): string;
  generateKinds: Record<GenerateKind, string>;
  generateKindLabel: string;
  year: string;
  generateNow: string;
  close: string;
  starting: string;
  progress(p: Progress): string;
  cancel: string;
  cancelling: string;
  cancelled: string;
  failed(action: Action, message: string): string;
  unknownError: string;
  validated(marked: number): string;
  written(command: "recalc" | "normalize", cells: number): string;
  generated(sheet: string, cells: number): string;
  changedHeading(n: number): string;
  skippedHeading(n: number): string;
  skipReason(reason: string): string;
  cleared(cells: number): string;
  undone(label: Text): string;
  nothingToUndo: string;
  severity: Record<Severity, string>;
  severityCount(severity: Severity, n: number): string;
  showSeverity(severity: Severity, shown: boolean): string;
  findings: string;
  noFindings: string;
  allFiltered: string;
  staleFindings(command: PaneCommand): string;
  otherLanguage: string;
  expected: string;
  actual: string;
  selectCell(cell: string): string;
  showMore(n: number): string;
  conventions: string;
  noConventions: string;
  settings: string;
  negative: string;
  negativeOptions: Record<"auto" | "lan" | "inverse", string>;
  scale: string;
  decimals: string;
  decimalsAuto: string;
  language: string;
  mark: string;
}

/** 1240 → "1.240" (id) or "1,240" (en). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "id" ? "." : ",");
  return n < 0 ? `-${grouped}` : grouped;
}

const KINDS: Record<string, Record<Lang, string>> = {
  "renstra-program": { id: "Tabel T-C.27", en: "Table T-C.27" },
  "kinerja-pelayanan": { id: "Tabel T-C.23/T-C.30", en: "Table T-C.23/T-C.30" },
  "anggaran-realisasi": { id: "Tabel T-C.24", en: "Table T-C.24" },
  "evaluasi-renja": { id: "Tabel T-C.29", en: "Table T-C.29" },
  "evaluasi-renja-triwulan": { id: "Formulir E.81", en: "Form E.81" },
  "rumusan-renja": { id: "Tabel T-C.33", en: "Table T-C.33" },
  "pengukuran-kinerja": { id: "Pengukuran Kinerja (LKjIP)", en: "Performance measurement (LKjIP)" },
};

/** "2021–2026", or the one year. */
function span(years: number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? "");
}

const ID: Texts = {
  product: "Tabel Renstra",
  loading: "Memuat…",
  retry: "Coba lagi",
  kind: (kind) => KINDS[kind]?.id ?? kind,
  period: (kind, years) => (years.length === 0 ? "" : kind === "renstra-program" ? `Renstra ${span(years)}` : years.length === 1 ? `Tahun ${years[0]}` : span(years)),
  rows: (n) => `${formatCount(n, "id")} baris`,
  sheet: (name) => `Lembar ${name}`,
  noTable: "Tidak ada tabel yang dikenali di sini.",
  noTableHint: "Pilih sel-sel tabelnya lalu klik Ganti rentang, atau buat templat isian dengan Buat tabel.",
  changeRange: "Ganti rentang",
  pickedRange: (range) => `Rentang pilihan: ${range}`,
  automaticRange: "Kembali otomatis",
  command: {
    validate: "Validasi",
    clearMarks: "Hapus tanda",
    recalc: "Hitung ulang capaian",
    normalize: "Rapikan angka",
    generate: "Buat tabel",
    undo: "Urungkan",
  },
  clearMarksCount: (cells) => `Hapus tanda (${formatCount(cells, "id")} sel)`,
  undoLabel: (label, cells) => (cells === 0 ? `Urungkan: ${label.id}` : `Urungkan: ${label.id} (${formatCount(cells, "id")} sel)`),
  generateKinds: {
    "renstra-program": "T-C.27 resmi",
    "evaluasi-renja": "Evaluasi Renja T-C.29",
    "evaluasi-renja-triwulan": "E.81 triwulan",
    template: "Templat isian",
  },
  generateKindLabel: "Jenis tabel",
  year: "Tahun",
  generateNow: "Buat",
  close: "Tutup",
  starting: "Memulai…",
  progress: (p) =>
    p.phase === "read" ? `Membaca ${formatCount(p.rows, "id")} baris…` : p.phase === "check" ? "Memeriksa…" : `Menulis ${formatCount(p.cells, "id")} sel…`,
  cancel: "Batal",
  cancelling: "Membatalkan…",
  cancelled: "Dibatalkan; tidak ada yang diubah.",
  failed: (action, message) => `${ID_ACTIONS[action]} gagal: ${message}`,
  unknownError: "terjadi galat yang tidak dikenal; coba lagi, atau tutup dan buka lagi panel ini.",
  validated: (marked) => (marked > 0 ? `Validasi selesai; ${formatCount(marked, "id")} sel diberi warna dan catatan.` : "Validasi selesai."),
  written: (command, cells) => `${ID.command[command]}: ${formatCount(cells, "id")} sel ditulis.`,
  generated: (sheet, cells) => `Tabel dibuat di lembar baru "${sheet}" (${formatCount(cells, "id")} sel).`,
  changedHeading: (n) => `Nilai ketikan diganti (${formatCount(n, "id")}):`,
  skippedHeading: (n) => `Dibiarkan seperti semula (${formatCount(n, "id")}):`,
  skipReason: (reason) =>
    ({
      ambiguous: "angkanya bisa dibaca dua cara",
      compound: "berisi lebih dari satu angka",
      prefix: "ada keterangan di depan angkanya",
      "unsure-tree": "susunan kodenya tidak pasti",
    })[reason] ?? reason,
  cleared: (cells) => `Tanda dihapus dari ${formatCount(cells, "id")} sel; warna dan catatan semula kembali.`,
  undone: (label) => `Diurungkan: ${label.id}.`,
  nothingToUndo: "Tidak ada yang bisa diurungkan.",
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  severityCount: (severity, n) => `${formatCount(n, "id")} ${ID.severity[severity]}`,
  showSeverity: (severity, shown) => `${shown ? "Sembunyikan" : "Tampilkan"} temuan ${ID.severity[severity]}`,
  findings: "Temuan",
  noFindings: "Tidak ada temuan: tabel ini lolos semua pemeriksaan.",
  allFiltered: "Semua temuan sedang disembunyikan; aktifkan lagi jenisnya di atas.",
  staleFindings: (command) => `Temuan ini dari sebelum ${ID.command[command]}; klik Validasi untuk memeriksa lagi.`,
  otherLanguage: "Pesan temuan masih dalam bahasa Inggris; klik Validasi untuk menampilkannya dalam bahasa Indonesia.",
  expected: "Seharusnya",
  actual: "Tertulis",
  selectCell: (cell) => `Pilih sel ${cell}`,
  showMore: (n) => `Tampilkan ${formatCount(n, "id")} lagi`,
  conventions: "Konvensi tabel ini",
  noConventions: "Klik Validasi untuk melihat konvensi yang diikuti tabel ini.",
  settings: "Pengaturan",
  negative: "Rumus capaian indikator negatif",
  negativeOptions: { auto: "Ikuti tabel", lan: "(2T − R)/T × 100 (LAN)", inverse: "T/R × 100" },
  scale: "Skala predikat",
  decimals: "Desimal capaian",
  decimalsAuto: "Ikuti tabel",
  language: "Bahasa",
  mark: "Tandai sel dengan warna dan catatan saat Validasi",
};

const ID_ACTIONS: Record<Action, string> = {
  ...ID.command,
  load: "Memuat panel",
  changeRange: "Ganti rentang",
  automaticRange: "Kembali ke rentang otomatis",
  select: "Memilih sel",
  saveSettings: "Menyimpan pengaturan",
};

const EN: Texts = {
  product: "Tabel Renstra",
  loading: "Loading…",
  retry: "Try again",
  kind: (kind) => KINDS[kind]?.en ?? kind,
  period: (kind, years) => (years.length === 0 ? "" : kind === "renstra-program" ? `Renstra ${span(years)}` : years.length === 1 ? `Year ${years[0]}` : span(years)),
  rows: (n) => `${formatCount(n, "en")} ${n === 1 ? "row" : "rows"}`,
  sheet: (name) => `Sheet ${name}`,
  noTable: "No known table here.",
  noTableHint: "Select the table's cells and click Change range, or make an input template with Generate table.",
  changeRange: "Change range",
  pickedRange: (range) => `Selected range: ${range}`,
  automaticRange: "Back to automatic",
  command: {
    validate: "Validate",
    clearMarks: "Clear marks",
    recalc: "Recalculate achievement",
    normalize: "Tidy numbers",
    generate: "Generate table",
    undo: "Undo",
  },
  clearMarksCount: (cells) => `Clear marks (${formatCount(cells, "en")} ${cells === 1 ? "cell" : "cells"})`,
  undoLabel: (label, cells) => (cells === 0 ? `Undo: ${label.en}` : `Undo: ${label.en} (${formatCount(cells, "en")} ${cells === 1 ? "cell" : "cells"})`),
  generateKinds: {
    "renstra-program": "Official T-C.27",
    "evaluasi-renja": "Renja evaluation T-C.29",
    "evaluasi-renja-triwulan": "Quarterly E.81",
    template: "Input template",
  },
  generateKindLabel: "Table kind",
  year: "Year",
  generateNow: "Generate",
  close: "Close",
  starting: "Starting…",
  progress: (p) =>
    p.phase === "read" ? `Reading ${formatCount(p.rows, "en")} rows…` : p.phase === "check" ? "Checking…" : `Writing ${formatCount(p.cells, "en")} cells…`,
  cancel: "Cancel",
  cancelling: "Cancelling…",
  cancelled: "Cancelled; nothing was changed.",
  failed: (action, message) => `${EN_ACTIONS[action]} failed: ${message}`,
  unknownError: "an unknown error occurred; try again, or close and reopen this pane.",
  validated: (marked) => (marked > 0 ? `Validation done; ${formatCount(marked, "en")} ${marked === 1 ? "cell" : "cells"} got a fill and a note.` : "Validation done."),
  written: (command, cells) => `${EN.command[command]}: ${formatCount(cells, "en")} ${cells === 1 ? "cell" : "cells"} written.`,
  generated: (sheet, cells) => `Table generated on the new sheet "${sheet}" (${formatCount(cells, "en")} cells).`,
  changedHeading: (n) => `Typed values replaced (${formatCount(n, "en")}):`,
  skippedHeading: (n) => `Left as they were (${formatCount(n, "en")}):`,
  skipReason: (reason) =>
    ({
      ambiguous: "the number reads two ways",
      compound: "it holds more than one number",
      prefix: "a qualifier precedes the number",
      "unsure-tree": "its code tree is unsure",
    })[reason] ?? reason,
  cleared: (cells) => `Marks removed from ${formatCount(cells, "en")} ${cells === 1 ? "cell" : "cells"}; their earlier fills and notes are back.`,
  undone: (label) => `Undone: ${label.en}.`,
  nothingToUndo: "Nothing to undo.",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: (severity, n) => `${formatCount(n, "en")} ${severity === "info" ? "Info" : n === 1 ? EN.severity[severity] : `${EN.severity[severity]}s`}`,
  showSeverity: (severity, shown) => `${shown ? "Hide" : "Show"} ${EN.severity[severity].toLowerCase()} findings`,
  findings: "Findings",
  noFindings: "No findings: the table passes every check.",
  allFiltered: "Every finding is hidden; turn a severity back on above.",
  staleFindings: (command) => `These findings are from before ${EN.command[command]}; click Validate to check again.`,
  otherLanguage: "The findings are still in Indonesian; click Validate to show them in English.",
  expected: "Expected",
  actual: "Actual",
  selectCell: (cell) => `Select cell ${cell}`,
  showMore: (n) => `Show ${formatCount(n, "en")} more`,
  conventions: "This table's conventions",
  noConventions: "Click Validate to see the conventions this table follows.",
  settings: "Settings",
  negative: "Achievement formula for negative indicators",
  negativeOptions: { auto: "Follow the table", lan: "(2T − R)/T × 100 (LAN)", inverse: "T/R × 100" },
  scale: "Rating scale",
  decimals: "Achievement decimals",
  decimalsAuto: "Follow the table",
  language: "Language",
  mark: "Mark cells with a fill and a note on Validate",
};

const EN_ACTIONS: Record<Action, string> = {
  ...EN.command,
  load: "Loading the pane",
  changeRange: "Change range",
  automaticRange: "Back to the automatic range",
  select: "Selecting the cell",
  saveSettings: "Saving the settings",
};

export const LANGUAGE_NAMES: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };

export function texts(lang: Lang): Texts {
  return lang === "en" ? EN : ID;
}
