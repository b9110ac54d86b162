import type { Page } from "playwright-core";

/**
 * HtmlService's google.script.run for the built sidebar in Chromium: each call of a server function
 * crosses to Node, where it runs the real function of the vm-loaded Code.js on the fake spreadsheet.
 * Arguments and results go through JSON as they do between the sidebar and Apps Script; a thrown
 * error reaches the failure handler as an Error with the server's message.
 */
export async function stubScriptRun(page: Page, server: Record<string, unknown>): Promise<void> {
  await page.exposeFunction("__callServer", (name: string, args: string) => {
    const fn = server[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    const result = fn(...(JSON.parse(args) as unknown[]));
    return result === undefined ? undefined : JSON.stringify(result);
  });
  await page.addInitScript({ content: `(${installScriptRun.toString()})()` });
}

/**
 * Defines `google.script.run` over a global `__callServer(name, argsJson)` that answers with JSON:
 * a fresh runner per `google.script.run`, as HtmlService gives. Runs in the page before its own
 * script (and in Node for the bridge's unit test).
 */
export function installScriptRun(): void {
  type Call = (name: string, args: string) => Promise<string | undefined>;
  const call = (globalThis as unknown as { __callServer: Call }).__callServer;
  const runner = (): object => {
    let onSuccess = (_: unknown) => undefined as unknown;
    let onFailure = (_: unknown) => undefined as unknown;
    const self: object = new Proxy(
      {},
      {
        get: (_, prop: string) => {
          if (prop === "withSuccessHandler") return (f: typeof onSuccess) => ((onSuccess = f), self);
          if (prop === "withFailureHandler") return (f: typeof onFailure) => ((onFailure = f), self);
          return (...args: unknown[]) =>
            void call(prop, JSON.stringify(args)).then(
              (r) => onSuccess(r === undefined ? undefined : JSON.parse(r)),
              (e: Error) => onFailure(new Error(e.message)),
            );
        },
      },
    );
    return self;
  };
  Object.defineProperty(globalThis, "google", { value: { script: { get run() { return runner(); } } }, configurable: true });
}
