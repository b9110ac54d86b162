/**
 * The ribbon's buttons (manifest.xml: Validasi, Hitung Capaian, Buat Tabel) in the shared runtime:
 * each opens the task pane and runs its command there, so the findings and the progress show
 * where the planner can act on them.
 */
export type RibbonAction = "validate" | "recalc" | "generate";

/** The manifest's FunctionName of each button. */
const BUTTONS: Record<string, RibbonAction> = { validasi: "validate", hitungCapaian: "recalc", buatTabel: "generate" };

export function registerRibbonActions(pane: { run(action: RibbonAction): unknown }): void {
  for (const [name, action] of Object.entries(BUTTONS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void Office.addin.showAsTaskpane();
      pane.run(action);
      // The pane reports the outcome; the button is free again at once.
      event.completed();
    });
  }
}
