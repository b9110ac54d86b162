import type { Grid } from "../../core/grid";
import { FakeExcel } from "../hosts/fake-excel";

/**
 * Office.js for the browser test. The page's script tag for Microsoft's CDN is routed here, so the
 * built pane runs unchanged against the honest fake of Excel's object model, holding the fixture the
 * test put on the page (window.__fixture) before anything loaded. What the ribbon and the custom
 * functions registered is kept where the test can call it.
 */

type Callable = (...args: never[]) => unknown;

interface StubGlobals {
  __fixture?: Grid;
  /** While set, every Excel.run waits for it: the test holds a command still to cancel it. */
  __gate?: Promise<void>;
  __fake: FakeExcel;
  __ribbon: Record<string, Callable>;
  __functions: Record<string, Callable[]>;
  Office: unknown;
  Excel: unknown;
  CustomFunctions: unknown;
}

const page = globalThis as unknown as StubGlobals;
const fake = new FakeExcel();
if (page.__fixture) fake.addSheet(page.__fixture);
page.__fake = fake;
page.__ribbon = {};
page.__functions = {};

const info = { host: "Excel", platform: "OfficeOnline" };

page.Office = {
  HostType: { Excel: "Excel" },
  onReady: async (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return info;
  },
  context: { requirements: { isSetSupported: (name: string, version: string) => fake.isSetSupported(name, version) } },
  actions: {
    associate: (name: string, handler: Callable) => {
      page.__ribbon[name] = handler;
    },
  },
  addin: { showAsTaskpane: async () => undefined },
};

page.Excel = {
  run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
    await page.__gate;
    return fake.run(batch);
  },
};

class CustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

page.CustomFunctions = {
  associate: (id: string, fn: Callable) => {
    (page.__functions[id] ??= []).push(fn);
  },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!" },
};
