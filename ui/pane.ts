import { DEFAULT_SETTINGS } from "../core/settings";
import { actionsView } from "./actions-view";
import { PAGE } from "./capped-list";
import { perform } from "./commands";
import { conventionsView } from "./conventions-view";
import { type Child, h, replace } from "./dom";
import { findingsView } from "./findings-view";
import { keepFocus } from "./focus";
import { headerView } from "./header-view";
import { CancelledError, type CommandControl, type HostBridge, type HostState, type HostStatePart } from "./host-bridge";
import { knownState } from "./known-state";
import { settingsView } from "./settings-view";
import { type Busy, initialState } from "./state";
import { statusView } from "./status-view";
import { type Action, type PaneCommand, texts } from "./texts";
import type { PaneActions, ViewContext } from "./view-context";

/** What the ribbon can ask of a mounted pane. "generate" opens the Buat tabel choice (kind and year). */
export type PaneRequest = "validate" | "recalc" | "generate";

export interface PaneHandle {
  /** Resolves when the command is done (or at once when another is running). */
  run(request: PaneRequest): Promise<void>;
}

type Section = "header" | "actions" | "status" | "findings" | "conventions" | "settings";

const VIEWS: Record<Section, (ctx: ViewContext) => Child | Child[]> = {
  header: headerView,
  actions: actionsView,
  status: statusView,
  findings: findingsView,
  conventions: conventionsView,
  settings: settingsView,
};

/**
 * The pane shared by Excel's task pane and Sheets' sidebar (UI.md): it keeps one state, redraws
 * from it after every change, and talks to the workbook only through the bridge.
 */
export function mountPane(root: HTMLElement, bridge: HostBridge): PaneHandle {
  const state = initialState();
  /** The parts of the host state a command leaves out come from here (ui/known-state.ts). */
  const known = knownState();
  const sections = {} as Record<Section, HTMLElement>;
  for (const name of Object.keys(VIEWS) as Section[]) sections[name] = h(name === "header" ? "div" : "section", { class: `section section-${name}` });
  // Progress and outcomes are announced to screen readers as they change.
  sections.status.setAttribute("role", "status");
  sections.status.setAttribute("aria-live", "polite");
  replace(root, ...Object.values(sections));
  root.classList.add("pane");
  const focus = keepFocus(root);

  const render = (...only: Section[]) => {
    const ctx: ViewContext = { state, t: texts(state.settings.lang), act: actions };
    document.documentElement.lang = state.settings.lang;
    for (const name of only.length > 0 ? only : (Object.keys(VIEWS) as Section[])) {
      const content = VIEWS[name](ctx);
      replace(sections[name], ...(Array.isArray(content) ? content : [content]));
    }
    focus.restore();
  };

  const fail = (action: Action, err: unknown) => {
    state.outcome = { kind: "failed", action, message: err instanceof Error ? err.message : typeof err === "string" ? err : "" };
  };

  /** Asks the host something that changes the header (range, undo, marks); errors are shown, not thrown. */
  const hostCall = async (action: Action, call: () => Promise<HostState>) => {
    try {
      state.host = known.seen(await call());
    } catch (err) {
      fail(action, err);
    }
    render();
  };

  const loaded = (async () => {
    const [settings, host] = await Promise.allSettled([bridge.loadSettings(), bridge.describe()]);
    state.settings = settings.status === "fulfilled" ? settings.value : DEFAULT_SETTINGS;
    if (host.status === "fulfilled") state.host = known.seen(host.value);
    const failure = [settings, host].find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failure) fail("load", failure.reason);
    render();
  })();

  /**
   * After a command that failed or was cancelled (it brought no state, and may have got part way: a
   * write the host refused), or left out a part never seen where it now looks: ask the host.
   */
  const refreshHost = async () => {
    try {
      state.host = known.seen(await bridge.describe());
    } catch (err) {
      // The command's own failure says more than this one.
      if (state.outcome?.kind !== "failed") fail("load", err);
    }
  };

  const runCommand = async (command: PaneCommand) => {
    await loaded;
    if (state.busy) return;
    const busy: Busy = { command, progress: null, cancelRequested: false };
    const control: CommandControl = {
      onProgress: (progress) => {
        busy.progress = progress;
        if (state.busy === busy) render("status");
      },
      cancelled: () => busy.cancelRequested,
    };
    state.busy = busy;
    state.outcome = null;
    render();
    let left: HostStatePart | null = null;
    try {
      left = await perform(command, bridge, state, control);
    } catch (err) {
      if (err instanceof CancelledError || (err instanceof Error && err.name === "CancelledError")) state.outcome = { kind: "cancelled" };
      else fail(command, err);
    }
    state.busy = null;
    // The command's answer carries the state it left; only what it could not say is asked for.
    const host = left && known.after(left);
    if (host) state.host = host;
    else await refreshHost();
    render();
  };

  const actions: PaneActions = {
    run: (command) => void runCommand(command),
    cancel: () => {
      if (!state.busy) return;
      state.busy.cancelRequested = true;
      render("status");
    },
    dismissOutcome: () => {
      state.outcome = null;
      render();
    },
    retry: () => {
      state.outcome = null;
      render();
      void hostCall("load", () => bridge.describe());
    },
    changeRange: () => void hostCall("changeRange", () => bridge.useSelection()),
    automaticRange: () => void hostCall("automaticRange", () => bridge.useAutomaticRange()),
    select: (sheet, cell) =>
      void bridge.select(sheet, cell).catch((err: unknown) => {
        fail("select", err);
        render();
      }),
    toggleSeverity: (severity) => {
      if (!state.hidden.delete(severity)) state.hidden.add(severity);
      render("findings");
    },
    toggleGroup: (rule) => {
      if (!state.expanded.delete(rule)) state.expanded.add(rule);
      render("findings");
    },
    showMore: (list) => {
      state.shown.set(list, (state.shown.get(list) ?? PAGE) + PAGE);
      render();
    },
    openGenerate: (open) => {
      // Without a table only the input template can be made.
      if (open && !state.host?.table) state.generate.kind = "template";
      state.generate.open = open;
      render("actions");
      if (open) focus.request("generate-kind");
    },
    setGenerate: (patch) => {
      Object.assign(state.generate, patch);
      render("actions");
    },
    toggleSettings: () => {
      state.settingsOpen = !state.settingsOpen;
      render("settings");
    },
    saveSettings: (patch) => {
      state.settings = { ...state.settings, ...patch };
      // A language switch re-words the whole pane at once.
      render();
      bridge.saveSettings(state.settings).catch((err: unknown) => {
        fail("saveSettings", err);
        render("status");
      });
    },
  };

  render();
  return {
    async run(request) {
      if (request !== "generate") return runCommand(request);
      await loaded;
      actions.openGenerate(true);
    },
  };
}
