import type { Progress } from "../../core/commands/types";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { createSidebarBridge } from "../../sheets-addon/sidebar-bridge";
import { CancelledError } from "../../ui/host-bridge";
import { installScriptRun } from "../browser/sheets/script-run";

/** The sidebar's bridge over the test's google.script.run, whose server records the calls and answers them. */
function serve(answer: (name: string, args: unknown[]) => unknown): string[] {
  const calls: string[] = [];
  const callServer = async (name: string, args: string) => {
    calls.push(name);
    const result = answer(name, JSON.parse(args) as unknown[]);
    return result === undefined ? undefined : JSON.stringify(result);
  };
  Object.assign(globalThis, { __callServer: callServer });
  installScriptRun();
  return calls;
}

test("each method calls its server function and resolves with the answer", async () => {
  const calls = serve((name, args) => (name === "paneDescribe" ? { host: "sheets", table: { rows: 135 } } : { name, args }));
  const bridge = createSidebarBridge();
  expect(await bridge.describe()).toMatchObject({ table: { rows: 135 } });
  expect(await bridge.select("T-C.27", "M7")).toEqual({ name: "paneSelect", args: ["T-C.27", "M7"] });
  expect(calls).toEqual(["paneDescribe", "paneSelect"]);
});

test("a command shows its first phase with the table's rows, and can be cancelled only before the call", async () => {
  const written = { written: 3, host: { host: "sheets", sheet: "T-C.27", pickedRange: null, table: { rows: 140 }, undo: null, marked: 0 } };
  const answers: Record<string, unknown> = { paneDescribe: { table: { rows: 135 } }, paneClearMarks: { restored: 0, host: { host: "sheets", sheet: "T-C.27", pickedRange: null, undo: null, marked: 0 } } };
  const calls = serve((name) => answers[name] ?? written);
  const bridge = createSidebarBridge();
  await bridge.describe();
  const progress: Progress[] = [];
  await expect(bridge.recalc(DEFAULT_SETTINGS, { onProgress: (p) => progress.push(p), cancelled: () => true })).rejects.toBeInstanceOf(CancelledError);
  expect(calls).toEqual(["paneDescribe"]);
  expect(await bridge.recalc(DEFAULT_SETTINGS, { onProgress: (p) => progress.push(p), cancelled: () => false })).toEqual(written);
  // The rows of the table a command's answer carries; an answer without the table (Hapus tanda) leaves them.
  await bridge.clearMarks();
  await bridge.normalize(DEFAULT_SETTINGS, { onProgress: (p) => progress.push(p) });
  expect(progress).toEqual([
    { phase: "read", rows: 135 },
    { phase: "read", rows: 135 },
    { phase: "read", rows: 140 },
  ]);
  // One server call per command: no describe after it.
  expect(calls).toEqual(["paneDescribe", "paneRecalc", "paneClearMarks", "paneNormalize"]);
});

test("a server failure rejects with the server's message", async () => {
  serve(() => {
    throw new Error('Lembar "T-C.27" dilindungi; buka proteksinya lalu ulangi.');
  });
  await expect(createSidebarBridge().validate(DEFAULT_SETTINGS)).rejects.toThrow('Lembar "T-C.27" dilindungi; buka proteksinya lalu ulangi.');
});
