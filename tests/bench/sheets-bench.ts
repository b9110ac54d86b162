import { workbookToGrids } from "../../cli/io/xlsx";
import * as menu from "../../sheets-addon/menu";
import { callsOf, spreadsheetWith } from "../hosts/fake-sheets";
import { generateTc27 } from "./generate-tc27";

/**
 * Apps Script service calls per command of the Sheets add-on (ARCHITECTURE.md §5 "sheets"), on
 * generated T-C.27 tables, each command run from the menu on the honest fake (tests/hosts/fake-sheets.ts)
 * in one session: Validasi, Hapus tanda, Hitung ulang capaian, Urungkan (of it), Rapikan angka, Buat tabel.
 * The counts do not grow with the rows (tests/hosts/sheets-calls.test.ts asserts it).
 */
export interface SheetsFigure {
  rows: number;
  command: "validate" | "clear" | "recalc" | "undo" | "normalize" | "generate";
  calls: number;
}

export function sheetsBench(sizes = [1_000, 10_000, 50_000]): SheetsFigure[] {
  return sizes.flatMap((rows) => {
    const [grid] = workbookToGrids(generateTc27(rows));
    const fake = spreadsheetWith(grid);
    const steps: [SheetsFigure["command"], () => void][] = [
      ["validate", menu.validasi],
      ["clear", menu.hapusTanda],
      ["recalc", menu.hitungUlangCapaian],
      ["undo", menu.urungkan],
      ["normalize", menu.rapikanAngka],
      ["generate", menu.buatTabel],
    ];
    return steps.map(([command, run]) => {
      const calls = callsOf(fake, run);
      // A command that refused (an alert) did not do its work: its count would mean nothing.
      if (fake.alerts.length > 0) throw new Error(`${command} at ${rows} rows refused: ${fake.alerts.join(" ")}`);
      return { rows, command, calls };
    });
  });
}
