import { workbookToGrids } from "../../cli/io/xlsx";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { createExcelBridge } from "../../excel-addin/excel-bridge";
import { FakeExcel } from "../hosts/fake-excel";
import { generateTc27 } from "./generate-tc27";

/**
 * The Excel add-in's round trips on generated T-C.27 tables (ARCHITECTURE.md §5 bench): per size and
 * command, the sync() calls it makes on the fake workbook, the largest request among them and the
 * largest response (bytes of the JSON each carries; Excel on the web refuses either past 5 MB). The
 * commands run one after the other as a planner would: validate, clear (Hapus tanda), recalc,
 * normalize (of the recalculated table, so its formulas are read too; the generated table holds no
 * numbers as text, so it writes nothing), undo (of that recalc, the largest restore), generate (into
 * a new sheet).
 */
export const EXCEL_COMMANDS = ["validate", "clear", "recalc", "normalize", "undo", "generate"] as const;
export type ExcelCommand = (typeof EXCEL_COMMANDS)[number];

export interface ExcelFigure {
  rows: number;
  command: ExcelCommand;
  syncs: number;
  /** The largest request. */
  max_payload_bytes: number;
  max_response_bytes: number;
}

/** `commands` picks some of the commands (in their order), for a quicker look at one size. */
export async function excelBench(sizes = [1_000, 10_000, 50_000], commands: readonly ExcelCommand[] = EXCEL_COMMANDS): Promise<ExcelFigure[]> {
  const figures: ExcelFigure[] = [];
  for (const rows of sizes) {
    const [grid] = workbookToGrids(generateTc27(rows));
    const fake = new FakeExcel("1.18");
    fake.addSheet(grid);
    const bridge = createExcelBridge({ run: fake.run, capabilities: { notes: true } });
    const settings = DEFAULT_SETTINGS;
    const run: Record<ExcelCommand, () => Promise<unknown>> = {
      validate: () => bridge.validate(settings),
      clear: () => bridge.clearMarks(),
      recalc: () => bridge.recalc(settings),
      normalize: () => bridge.normalize(settings),
      undo: () => bridge.undo(),
      generate: () => bridge.generate({ kind: "renstra-program" }, settings),
    };
    for (const command of EXCEL_COMMANDS.filter((c) => commands.includes(c))) {
      const from = fake.syncs.length;
      await run[command]();
      const syncs = fake.syncs.slice(from);
      figures.push({ rows, command, syncs: syncs.length, max_payload_bytes: Math.max(0, ...syncs), max_response_bytes: Math.max(0, ...fake.responses.slice(from)) });
    }
  }
  return figures;
}
