import type { Lang } from "../core/i18n/messages";
import type { Severity, Text } from "../core/rules/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { GenerateKind, HostState, Progress, Settings, ValidationReport, WriteReport } from "./host-bridge";
import type { Action, PaneCommand } from "./texts";

/**
 * Everything the pane shows, in one plain object: the controller (pane.ts) changes it, the views
 * draw it. Outcomes are kept as data, not sentences, so a language switch re-words them too.
 */

export type Outcome =
  | { kind: "validated"; marked: number }
  | { kind: "written"; command: "recalc" | "normalize"; report: WriteReport }
  | { kind: "generated"; report: WriteReport }
  | { kind: "cleared"; restored: number }
  | { kind: "undone"; label: Text | null }
  | { kind: "cancelled" }
  | { kind: "failed"; action: Action; message: string };

export interface Busy {
  command: PaneCommand;
  progress: Progress | null;
  cancelRequested: boolean;
}

export interface ShownReport {
  data: ValidationReport;
  /** The language its messages were written in (they come from the host already worded). */
  lang: Lang;
  /** The command that changed the sheet since, if any: the findings may be out of date. */
  staleAfter: PaneCommand | null;
}

export interface PaneState {
  settings: Settings;
  /** null until the host has described itself. */
  host: HostState | null;
  report: ShownReport | null;
  outcome: Outcome | null;
  busy: Busy | null;
  /** Severities the summary toggles hide. */
  hidden: Set<Severity>;
  /** Rule groups that are open. */
  expanded: Set<string>;
  /** How many items a long list shows ("tampilkan lagi" raises it), by list name. */
  shown: Map<string, number>;
  generate: { open: boolean; kind: GenerateKind; year: number | null };
  settingsOpen: boolean;
}

export function initialState(): PaneState {
  return {
    settings: DEFAULT_SETTINGS,
    host: null,
    report: null,
    outcome: null,
    busy: null,
    hidden: new Set(),
    expanded: new Set(),
    shown: new Map(),
    generate: { open: false, kind: "renstra-program", year: null },
    settingsOpen: false,
  };
}
