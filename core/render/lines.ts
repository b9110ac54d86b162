import type { ModelRow, Table, ValueCell } from "../model";
import { paguAnalysis, type Slot } from "../rules/support/pagu";

/**
 * The rows of a T-C.27 in the order a generated table prints them: the tree (tujuan > sasaran >
 * program > kegiatan > sub kegiatan) depth first, each row followed by the rows carrying its further
 * indicators. A pagu continuation row (amounts printed on the line below a row) is folded into its
 * row; the source's total rows are left to the generated "JUMLAH". Amounts are read where the
 * validator's pagu analysis finds them (on the row, on its pagu row, or in the Target columns).
 */
export interface Line {
  row: ModelRow;
  /** A row carrying a further indicator of the main row above it. */
  continuation: boolean;
  /** Main rows under this one (the rows its amounts sum). */
  children: ModelRow[];
}

export interface Lines {
  lines: Line[];
  /** The row's amount in a year's Rp column (or the kondisi akhir Rp: year "final"), wherever it is printed. */
  amount(row: ModelRow, year: number | "final"): ValueCell | undefined;
  /** Source rows left out: totals, and pagu rows folded into their row. */
  folded: ModelRow[];
}

export function tc27Lines(table: Table): Lines {
  const rows = table.model.rows;
  const a = paguAnalysis(table);
  const slotOf = (year: number | "final"): Slot | undefined =>
    a.slots.find((s) => (year === "final" ? s.final : !s.final && s.col.role === "rp" && s.col.year === year));
  // A continuation row whose amounts the analysis reads as its row's own.
  const carries = (r: ModelRow) => r.continues !== null && a.carrier(rows[r.continues]) === r;
  const amount = (row: ModelRow, year: number | "final") => {
    // A continuation row prints only its own Rp cells: its Target cells are its indicator's targets.
    if (row.continues !== null) {
      return carries(row) ? undefined : row.values.find((v) => (year === "final" ? v.role === "finalRp" : v.role === "rp" && v.year === year));
    }
    const slot = slotOf(year);
    const at = slot && a.place(row, slot);
    return at?.row.values.find((v) => v.col === at.col.col);
  };
  const folded = rows.filter((r) => r.level === "total" || (r.level === "pagu" && carries(r)));
  const foldedSet = new Set(folded);
  const continuations = new Map<number, ModelRow[]>();
  for (const r of rows) {
    if (r.continues === null || foldedSet.has(r)) continue;
    const list = continuations.get(r.continues) ?? [];
    list.push(r);
    continuations.set(r.continues, list);
  }
  const lines: Line[] = [];
  const visit = (row: ModelRow) => {
    const children = row.children.map((i) => rows[i]);
    lines.push({ row, continuation: false, children });
    for (const c of continuations.get(row.index) ?? []) lines.push({ row: c, continuation: true, children: [] });
    children.forEach(visit);
  };
  for (const r of rows) if (r.parent === null && r.continues === null && r.level !== "total") visit(r);
  // Continuation rows whose row is not printed (a total's) still appear once.
  const printed = new Set(lines.map((l) => l.row));
  for (const r of rows) if (!printed.has(r) && !foldedSet.has(r)) lines.push({ row: r, continuation: r.continues !== null, children: [] });
  return { lines, amount, folded: [...foldedSet] };
}
