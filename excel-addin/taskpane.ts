// First: the page's CSP forbids eval, and zod must know before anything parses.
import "../ui/no-eval";
import { mountPane } from "../ui/pane";
import { createExcelBridge } from "./excel-bridge";
// The custom functions (CAPAIAN, PREDIKAT) register themselves: this page is also their runtime.
import "./functions";
import { registerRibbonActions } from "./ribbon";

/**
 * The one page of the add-in's shared runtime (manifest.xml): the task pane, the ribbon buttons'
 * functions and the custom functions all live here, so a ribbon button can open the pane and run
 * the command in it.
 */
Office.onReady(() => {
  const root = document.getElementById("pane");
  if (!root) throw new Error("taskpane.html has no #pane element");
  registerRibbonActions(mountPane(root, createExcelBridge()));
});
