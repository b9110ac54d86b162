import { capaianFunction, type CellArgument, predikatFunction } from "../core/functions/custom-functions";

/**
 * CAPAIAN and PREDIKAT as Sheets custom functions: the core's functions (core/functions), so a cell
 * computes exactly what the Excel add-in and the recalculation compute. Sheets hands a range as a
 * 2-D array (also under ARRAYFORMULA): the function then answers cell by cell, a single value
 * standing for every cell; ranges of different shapes are an error. An invalid input throws, and
 * the cell shows #ERROR! with the Indonesian message.
 */

/** A cell as Sheets hands it over (a date cell arrives as a Date). */
type Cell = CellArgument | Date;
type Argument = Cell | Cell[][];

export function CAPAIAN(target: Argument, realisasi: Argument, arah?: Argument, metode?: Argument): unknown {
  return cellwise([target, realisasi, arah, metode], ([t, r, a, m]) => capaianFunction(t, r, a, m));
}

export function PREDIKAT(nilai: Argument, skala?: Argument): unknown {
  return cellwise([nilai, skala], ([n, s]) => predikatFunction(n, s));
}

function cellwise(args: Argument[], f: (cells: CellArgument[]) => unknown): unknown {
  const arrays = args.filter((a): a is Cell[][] => Array.isArray(a));
  if (arrays.length === 0) return f((args as Cell[]).map(scalar));
  const [rows, cols] = [arrays[0].length, arrays[0][0]?.length ?? 0];
  for (const a of arrays) {
    if (a.length !== rows || a.some((r) => r.length !== cols)) throw new Error("Rentang-rentang argumen harus berukuran sama.");
  }
  return arrays[0].map((row, r) => row.map((_, c) => f(args.map((a) => scalar(Array.isArray(a) ? a[r][c] : a)))));
}

/** A date is no capaian input: it reaches the core as text, which the core refuses as not a number. */
function scalar(cell: Cell): CellArgument {
  return cell instanceof Date ? cell.toISOString() : cell;
}
