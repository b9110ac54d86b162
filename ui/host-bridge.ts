import type { Settings } from "../core/settings";
import type { ClearReport, GenerateRequest, HostState, Progress, UndoReport, ValidationReport, WriteReport } from "../core/commands/types";

/**
 * What the pane asks of its host (ARCHITECTURE.md §2). Excel's bridge calls the port directly;
 * Sheets' bridge goes through google.script.run, so every argument and result is plain JSON (no
 * Decimal, no functions, no Date). The pane knows nothing else of the host.
 *
 * Every command that succeeds answers with the host state it leaves (`host`: where the commands
 * look, the table, the undo label, the marks — each part it read or changed, equal to what describe()
 * would say right after); the pane describes when it opens, when the range changes, after a command
 * that failed or was cancelled, and when a part a command left out was never seen where it now looks.
 */

/**
 * Cancelling is honoured up to the moment writing starts (UI.md §7); after that the batch goes out
 * whole, so a sheet is never left half written.
 */
export interface CommandControl {
  onProgress?: (p: Progress) => void;
  cancelled?: () => boolean;
}

/** Thrown (or rejected) by a bridge when the user cancelled before writing: nothing was changed. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export interface HostBridge {
  readonly host: "excel" | "sheets";
  /** The table the commands would use now, and what can be cleared or undone (reads the range: costly on large tables). */
  describe(): Promise<HostState>;
  /** "Ganti rentang": the current selection becomes the range the commands use. */
  useSelection(): Promise<HostState>;
  /** Back to automatic (the table around the active cell / the used range). */
  useAutomaticRange(): Promise<HostState>;
  validate(settings: Settings, control?: CommandControl): Promise<ValidationReport>;
  clearMarks(): Promise<ClearReport>;
  recalc(settings: Settings, control?: CommandControl): Promise<WriteReport>;
  /** "Rapikan angka": numbers written as text become numbers, nothing else changes. */
  normalize(settings: Settings, control?: CommandControl): Promise<WriteReport>;
  /** "Buat tabel" into a new sheet. */
  generate(request: GenerateRequest, settings: Settings, control?: CommandControl): Promise<WriteReport>;
  /** Urungkan the last command: its label, or null when there was nothing to undo. */
  undo(): Promise<UndoReport>;
  /** Selects a cell (click on a finding). */
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

export type { Settings };
export type {
  ClearReport,
  GenerateKind,
  GenerateRequest,
  HostState,
  HostStatePart,
  Progress,
  TableInfo,
  UndoReport,
  ValidationReport,
  WriteReport,
} from "../core/commands/types";
