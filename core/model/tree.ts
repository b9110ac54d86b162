import type { ModelRow, RowLevel } from "./schema";

/**
 * The tree in document order: each row's parent is the nearest row above it of a higher level
 * (tujuan > sasaran > urusan > bidang > program > kegiatan > sub kegiatan). Totals enclose the rows
 * of their block: a total sums the top rows with amounts since the previous total, and a
 * total that follows totals directly (or says "keseluruhan") sums those totals.
 */
const RANK: Partial<Record<RowLevel, number>> = {
  tujuan: 0,
  sasaran: 1,
  urusan: 2,
  bidang: 3,
  program: 4,
  other: 4.5,
  kegiatan: 5,
  subkegiatan: 6,
  indicator: 7,
};

export function buildTree(rows: ModelRow[]): void {
  let stack: ModelRow[] = [];
  let block: ModelRow[] = [];
  let totals: ModelRow[] = [];
  for (const row of rows) {
    if (row.continues !== null) continue;
    if (row.level === "total") {
      const grand = block.length === 0 || /keseluruhan/i.test(row.name);
      const members = grand ? totals : topRowsWithAmounts(block, rows);
      // A total's children are the rows it sums; they keep their own parent.
      row.children = members.map((m) => m.index);
      if (grand) totals = [];
      totals.push(row);
      stack = [];
      block = [];
      continue;
    }
    const rank = RANK[row.level] ?? 4.5;
    while (stack.length && (RANK[stack[stack.length - 1].level] ?? 4.5) >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      row.parent = parent.index;
      parent.children.push(row.index);
    }
    stack.push(row);
    block.push(row);
  }
}

/**
 * The rows a total adds up: each top row of its block that has amounts, and under a heading without
 * amounts ("Urusan …") the highest rows with amounts below it. A program printed before the first
 * urusan heading is summed beside the urusan rows, not dropped for being of a lower level.
 */
function topRowsWithAmounts(block: ModelRow[], rows: ModelRow[]): ModelRow[] {
  const members: ModelRow[] = [];
  const take = (row: ModelRow) => {
    if (row.values.length > 0) members.push(row);
    else for (const i of row.children) take(rows[i]);
  };
  for (const row of block) if (row.parent === null) take(row);
  return members;
}
