/// <reference types="google-apps-script" />
import { CommandError } from "../core/commands/errors";
import type { ValidationReport } from "../core/commands/types";
import type { Severity } from "../core/rules/types";
import type { Settings } from "../core/settings";
import { type PaneCommand, type Texts, texts } from "../ui/texts";
import * as commands from "./commands";
import { loadSettings } from "./properties";
import { addMenu, alert, showSidebar, toast } from "./sheets-port";

/**
 * The add-on menu "Tabel Renstra". Each item runs its command on the table around the active cell
 * (or the range picked in the panel) with the document's settings, and reports in a toast, in the
 * pane's own words (ui/texts.ts); a refusal comes as an alert that says what to do.
 */

/** Captions are Indonesian: onOpen may run before the add-on may read the document's settings. */
const ID = texts("id");
const MENU: { caption: string; fn: string }[] = [
  { caption: ID.command.validate, fn: "validasi" },
  { caption: ID.command.clearMarks, fn: "hapusTanda" },
  { caption: "", fn: "" },
  { caption: ID.command.recalc, fn: "hitungUlangCapaian" },
  { caption: ID.command.normalize, fn: "rapikanAngka" },
  { caption: ID.command.generate, fn: "buatTabel" },
  { caption: "", fn: "" },
  { caption: ID.command.undo, fn: "urungkan" },
  { caption: "Buka panel", fn: "bukaPanel" },
];

export function onOpen(): void {
  addMenu(MENU);
}

export function bukaPanel(): void {
  showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ID.product));
}

/** Runs a command with the document's settings and toasts what it did; a refusal becomes an alert. */
function report(command: PaneCommand, run: (t: Texts, settings: Settings) => string): void {
  const settings = loadSettings();
  const t = texts(settings.lang);
  try {
    toast(run(t, settings), t.product);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    alert(t.failed(command, e.text[settings.lang]));
  }
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function validated(t: Texts, r: ValidationReport): string {
  const counts = SEVERITIES.map((s) => t.severityCount(s, r.findings.filter((f) => f.severity === s).length));
  return `${t.validated(r.marked)} ${counts.join(" · ")}`;
}

export const validasi = () => report("validate", (t, settings) => validated(t, commands.validate(settings)));
export const hapusTanda = () => report("clearMarks", (t) => t.cleared(commands.clearMarks().restored));
export const hitungUlangCapaian = () => report("recalc", (t, settings) => t.written("recalc", commands.recalc(settings).written));
export const rapikanAngka = () => report("normalize", (t, settings) => t.written("normalize", commands.normalize(settings).written));
export const buatTabel = () =>
  report("generate", (t) => {
    const r = commands.generateDefault();
    return t.generated(r.sheet, r.written);
  });
export const urungkan = () =>
  report("undo", (t) => {
    const { undone } = commands.undo();
    return undone === null ? t.nothingToUndo : t.undone(undone);
  });
