import type { Convention, Finding, Text } from "../rules/types";

/**
 * What the host commands report, as plain JSON (Sheets' results cross google.script.run): the
 * pane shows these, the Excel and Sheets commands build them with the helpers of this folder.
 */

/** The table a command will work on, for the pane's header: "Tabel T-C.27 · Renstra 2021–2026 · 135 baris · A1:T139". */
export interface TableInfo {
  sheet: string;
  /** DOMAIN.md kind id, e.g. "renstra-program". */
  kind: string;
  /** Range of the table on its sheet, e.g. "A1:T139". */
  range: string;
  /** Data rows of the model (header block excluded). */
  rows: number;
  /** First and last year of the table's period, when it has years. */
  years: number[];
}

/** Where the commands look: the picked range (after "Ganti rentang"), else the table around the active cell, else the used range. */
export interface HostState {
  host: "excel" | "sheets";
  /** The sheet the commands use: the picked range's, else the active one (after "Buat tabel", the new sheet). */
  sheet: string;
  /** The first table found there, or null when none (the pane says so and offers "Buat tabel" from the template). */
  table: TableInfo | null;
  /** The range the commands use ("Sheet!A1:T139"), set by "Ganti rentang", or null for automatic. */
  pickedRange: string | null;
  /** What Urungkan would undo now: "Urungkan: Hitung ulang capaian (48 sel)". */
  undo: { label: Text; cells: number } | null;
  /** Cells carrying our marks on the active sheet (Hapus tanda shows when > 0). */
  marked: number;
}

/**
 * What a command knows of the state it leaves: where the commands look now, and every part it read
 * or changed — computed from its own reads and the undo records it staged, never read again. A part
 * it leaves out is one it neither read nor changed, so it is as it was: Hapus tanda and Urungkan do
 * not read the table and never change it (marks are fills and notes; Urungkan gives cells back as the
 * command it undoes read them, or deletes the sheet Buat tabel made), and Validasi without marks
 * writes nothing, so in Excel it does not read the undo sheet (one sync, not two). The pane takes such
 * a part from the state it last knew there (ui/known-state.ts), and asks describe() when it knows none.
 */
export type HostStatePart = Pick<HostState, "host" | "sheet" | "pickedRange"> & Partial<Pick<HostState, "table" | "undo" | "marked">>;

export interface ValidationReport {
  tables: TableInfo[];
  /** Finding.cell is A1 on `sheet`. */
  findings: (Finding & { sheet: string })[];
  /** The conventions inferred, per table, with their texts in both languages. */
  conventions: (Convention & { sheet: string })[];
  /** Cells marked with fills and notes (0 when settings.mark is off). */
  marked: number;
  /** The state the command leaves, for the pane's header (no describe() after a command). */
  host: HostStatePart;
}

/** A write the pane reports: how many cells, and values a person typed that were replaced. */
export interface WriteReport {
  /** The sheet written (a new one for "Buat tabel"). */
  sheet: string;
  /** Cells written. */
  written: number;
  /** Typed values that differed from the new result (UI.md: recalculation says so). */
  changed: { cell: string; previous: string; next: string }[];
  /** Cells deliberately left alone ("80,127" is ambiguous), with the reason code of Plan.skipped. */
  skipped: { cell: string; text: string; reason: string }[];
  /** The state the command leaves: what Urungkan will now undo in `host.undo`; after Buat tabel, the new sheet and its table. */
  host: HostState;
}

/** Hapus tanda: the cells whose marks came off, and the state it leaves (all but the table). */
export interface ClearReport {
  restored: number;
  host: HostStatePart;
}

/** Urungkan: the label of what was undone (null: there was nothing to undo), and the state it leaves (all but the table). */
export interface UndoReport {
  undone: Text | null;
  host: HostStatePart;
}

/** A phase of long work, shown as "Membaca 50.000 baris…", "Memeriksa…", "Menulis 1.240 sel…". */
export type Progress = { phase: "read"; rows: number } | { phase: "check" } | { phase: "write"; cells: number };

/** What "Buat tabel" makes: the official T-C.27, or the Renja evaluation (T-C.29 / E.81) of a year, or an empty input template. */
export type GenerateKind = "renstra-program" | "evaluasi-renja" | "evaluasi-renja-triwulan" | "template";

export interface GenerateRequest {
  kind: GenerateKind;
  /** The evaluated year (evaluasi kinds); default the table's first year. */
  year?: number;
}
