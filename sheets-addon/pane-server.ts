import { CommandError } from "../core/commands/errors";
import type { GenerateRequest } from "../core/commands/types";
import { readSettings, type Settings } from "../core/settings";
import * as commands from "./commands";
import { loadSettings, saveSettings } from "./properties";
import { selectCell } from "./sheets-port";

/**
 * What the sidebar calls through google.script.run: one function per HostBridge method, named
 * "pane" + the method's name (sidebar-bridge.ts builds the names the same way). Arguments arrive as
 * JSON from the page, so settings are read as stored settings are, field by field.
 */

/** A command refused for a reason the planner can act on reaches the pane in their language. */
function run<T>(command: () => T): T {
  try {
    return command();
  } catch (e) {
    if (e instanceof CommandError) throw new Error(e.text[loadSettings().lang]);
    throw e;
  }
}

const settingsOf = (input: unknown): Settings => readSettings(JSON.stringify(input ?? {}));

export const paneDescribe = () => run(commands.describe);
export const paneUseSelection = () => run(commands.useSelection);
export const paneUseAutomaticRange = () => run(commands.useAutomaticRange);
export const paneValidate = (settings: unknown) => run(() => commands.validate(settingsOf(settings)));
export const paneClearMarks = () => run(commands.clearMarks);
export const paneRecalc = (settings: unknown) => run(() => commands.recalc(settingsOf(settings)));
export const paneNormalize = (settings: unknown) => run(() => commands.normalize(settingsOf(settings)));
export const paneGenerate = (request: GenerateRequest) => run(() => commands.generate(request));
export const paneUndo = () => run(commands.undo);
export const paneSelect = (sheet: string, cell: string) => run(() => selectCell(sheet, cell));
export const paneLoadSettings = () => run(loadSettings);
export const paneSaveSettings = (settings: unknown) => run(() => saveSettings(settingsOf(settings)));
