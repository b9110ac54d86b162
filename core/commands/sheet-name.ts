/** Excel's longest sheet name (Sheets allows more: the shorter limit keeps workbooks portable). */
const MAX_LENGTH = 31;

/**
 * The name of a sheet the add-in adds ("Buat tabel"): `base` made valid (no : \ / ? * [ ], at most
 * 31 characters), or "base (2)", "base (3)", … when a sheet has that name. Both hosts compare
 * sheet names without case.
 */
export function uniqueSheetName(base: string, taken: string[]): string {
  const valid = base.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim() || "Tabel";
  const names = new Set(taken.map((n) => n.toLowerCase()));
  const fit = (suffix: string) => valid.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
  let name = fit("");
  for (let i = 2; names.has(name.toLowerCase()); i++) name = fit(` (${i})`);
  return name;
}
