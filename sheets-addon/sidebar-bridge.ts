import type { ClearReport, GenerateRequest, HostState, HostStatePart, UndoReport, ValidationReport, WriteReport } from "../core/commands/types";
import type { Settings } from "../core/settings";
import { CancelledError, type CommandControl, type HostBridge } from "../ui/host-bridge";

/**
 * The pane's bridge in the Sheets sidebar: every method is one call of a server function (named in
 * sheets-addon/pane-server.ts) through google.script.run, as a Promise. The server does a command in
 * one call, so the sidebar shows its first phase while it runs, and can cancel only before the call.
 */

/** The part of HtmlService's client API the bridge uses. */
interface ScriptRun {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun } };

/** One server function call; a failure arrives as an Error whose message is the server's. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((result) => resolve(result as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (run as unknown as Record<string, (...a: unknown[]) => void>)[name](...args);
  });
}

export function createSidebarBridge(): HostBridge {
  /** Rows of the table last seen (by describe or a command that read it), for "Membaca 50.000 baris…". */
  let rows = 0;
  const described = <S extends HostStatePart>(state: S) => {
    if (state.table !== undefined) rows = state.table?.rows ?? 0;
    return state;
  };
  const command = <T extends { host: HostStatePart }>(name: string, control: CommandControl | undefined, ...args: unknown[]): Promise<T> => {
    control?.onProgress?.({ phase: "read", rows });
    if (control?.cancelled?.()) return Promise.reject(new CancelledError());
    return call<T>(name, ...args).then((result) => {
      described(result.host);
      return result;
    });
  };
  return {
    host: "sheets",
    describe: () => call<HostState>("paneDescribe").then(described),
    useSelection: () => call<HostState>("paneUseSelection").then(described),
    useAutomaticRange: () => call<HostState>("paneUseAutomaticRange").then(described),
    validate: (settings: Settings, control?: CommandControl) => command<ValidationReport>("paneValidate", control, settings),
    clearMarks: () => call<ClearReport>("paneClearMarks"),
    recalc: (settings: Settings, control?: CommandControl) => command<WriteReport>("paneRecalc", control, settings),
    normalize: (settings: Settings, control?: CommandControl) => command<WriteReport>("paneNormalize", control, settings),
    generate: (request: GenerateRequest, _settings: Settings, control?: CommandControl) => command<WriteReport>("paneGenerate", control, request),
    undo: () => call<UndoReport>("paneUndo"),
    select: (sheet: string, cell: string) => call<void>("paneSelect", sheet, cell),
    loadSettings: () => call<Settings>("paneLoadSettings"),
    saveSettings: (settings: Settings) => call<void>("paneSaveSettings", settings),
  };
}
