import type { Severity } from "../core/rules/types";
import type { Settings } from "./host-bridge";
import type { PaneState } from "./state";
import type { PaneCommand, Texts } from "./texts";

/** What every view draws from: the state, the words in the chosen language, and what a click may do. */
export interface ViewContext {
  state: PaneState;
  t: Texts;
  act: PaneActions;
}

export interface PaneActions {
  run(command: PaneCommand): void;
  cancel(): void;
  dismissOutcome(): void;
  /** Asks the host again what it holds (after a failed load). */
  retry(): void;
  changeRange(): void;
  automaticRange(): void;
  select(sheet: string, cell: string): void;
  toggleSeverity(severity: Severity): void;
  toggleGroup(rule: string): void;
  showMore(list: string): void;
  openGenerate(open: boolean): void;
  setGenerate(patch: Partial<PaneState["generate"]>): void;
  toggleSettings(): void;
  saveSettings(patch: Partial<Settings>): void;
}
