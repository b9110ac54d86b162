import { registerRibbonActions, type RibbonAction } from "../../excel-addin/ribbon";

/** The ribbon's buttons (manifest.xml FunctionName) open the pane and run their command there. */

test("each button shows the task pane, runs its command in it and frees the button", () => {
  const actions = new Map<string, (event: { completed(): void }) => void>();
  const calls: string[] = [];
  (globalThis as { Office?: unknown }).Office = {
    actions: { associate: (name: string, fn: (event: { completed(): void }) => void) => actions.set(name, fn) },
    addin: { showAsTaskpane: async () => void calls.push("show") },
  };
  try {
    registerRibbonActions({ run: (action: RibbonAction) => calls.push(`run ${action}`) });
    expect([...actions.keys()]).toEqual(["validasi", "hitungCapaian", "buatTabel"]);
    for (const fn of actions.values()) fn({ completed: () => calls.push("completed") });
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
  expect(calls).toEqual(["show", "run validate", "completed", "show", "run recalc", "completed", "show", "run generate", "completed"]);
});
