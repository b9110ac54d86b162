import { groupFindings } from "./group-findings";
import type { CommandControl, HostBridge, HostStatePart } from "./host-bridge";
import type { PaneState } from "./state";
import type { PaneCommand } from "./texts";

/**
 * What each command asks of the host, and how its answer changes what the pane shows; returns the
 * host state the command left (the header's: pane.ts completes it, no describe() after a command).
 */
export async function perform(command: PaneCommand, bridge: HostBridge, state: PaneState, control: CommandControl): Promise<HostStatePart> {
  const settings = state.settings;
  switch (command) {
    case "validate": {
      const data = await bridge.validate(settings, control);
      state.report = { data, lang: settings.lang, staleAfter: null };
      state.shown.clear();
      state.hidden.clear();
      // The largest group opens by itself: the planner sees findings at once.
      const largest = groupFindings(data.findings, state.hidden)[0];
      state.expanded = new Set(largest ? [largest.rule] : []);
      state.outcome = { kind: "validated", marked: data.marked };
      return data.host;
    }
    case "clearMarks": {
      const { restored, host } = await bridge.clearMarks();
      state.outcome = { kind: "cleared", restored };
      return host;
    }
    case "recalc":
    case "normalize": {
      const report = await bridge[command](settings, control);
      state.shown.clear();
      state.outcome = { kind: "written", command, report };
      markStale(state, command);
      return report.host;
    }
    case "generate": {
      const { kind, year } = state.generate;
      const report = await bridge.generate({ kind, year: year ?? undefined }, settings, control);
      state.shown.clear();
      state.generate.open = false;
      state.outcome = { kind: "generated", report };
      // The new sheet is the active one now: the header shows its table (or the picked range's).
      return report.host;
    }
    case "undo": {
      const { undone, host } = await bridge.undo();
      state.outcome = { kind: "undone", label: undone };
      if (undone !== null) markStale(state, command);
      return host;
    }
  }
}

function markStale(state: PaneState, command: PaneCommand): void {
  if (state.report) state.report.staleAfter = command;
}
