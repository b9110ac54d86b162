import type { Rule } from "./types";

/** A spreadsheet error (#DIV/0!, #REF!, …) printed in a value cell: the formula behind it broke. */
export const valueError: Rule = {
  meta: {
    id: "value-error",
    severity: "error",
    kinds: "all",
    docs: {
      id: "Sel nilai berisi galat spreadsheet (#DIV/0!, #REF!, #VALUE!, #N/A, …).",
      en: "A value cell holds a spreadsheet error (#DIV/0!, #REF!, #VALUE!, #N/A, …).",
    },
    messages: {
      error: {
        id: "Sel berisi galat spreadsheet {galat}.",
        en: "The cell holds a spreadsheet error {error}.",
      },
    },
  },
  check(ctx) {
    for (const row of ctx.rows) {
      for (const v of row.values) {
        if (v.cell.kind !== "error") continue;
        const error = v.cell.error ?? v.cell.text;
        ctx.report({ messageId: "error", row: v.row, col: v.col, params: { galat: error, error }, actual: v.cell.text });
      }
    }
  },
};
