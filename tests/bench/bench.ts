/**
 * `npm run bench [-- --json]`: speed and memory of the core on generated T-C.27 tables of 1 000,
 * 10 000 and 50 000 rows. Each size runs in its own process so its peak memory is its own:
 * read_ms is ExcelJS reading the .xlsx into a Grid, validate_ms is detection + model + every rule,
 * ratio = validate_ms / read_ms, peak_mb the process's peak resident memory (read and validate).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { readWorkbookFile } from "../../cli/io/read-workbook";
import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";
import { generateTc27 } from "./generate-tc27";

const SIZES = [1_000, 10_000, 50_000];

/** Available when the measuring child runs with --expose-gc (it does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface CoreFigure {
  rows: number;
  read_ms: number;
  validate_ms: number;
  ratio: number;
  peak_mb: number;
  findings: number;
}

async function measure(file: string, rows: number): Promise<CoreFigure> {
  const t0 = performance.now();
  const wb = await readWorkbookFile(file);
  const read = performance.now() - t0;
  // ExcelJS leaves its parse garbage behind; collect it so validate_ms is validation's own work.
  collectGarbage();
  const t1 = performance.now();
  let findings = 0;
  for (const t of readTables(wb.sheets[0])) findings += validateTable(t).findings.length;
  const validate = performance.now() - t1;
  return { rows, read_ms: Math.round(read), validate_ms: Math.round(validate), ratio: Number((validate / read).toFixed(3)), peak_mb: Math.round(process.resourceUsage().maxRSS / 1024), findings };
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--measure") {
    process.stdout.write(JSON.stringify(await measure(args[1], Number(args[2]))));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-bench-"));
  const core: CoreFigure[] = [];
  try {
    for (const rows of SIZES) {
      const file = path.join(dir, `tc27-${rows}.xlsx`);
      await generateTc27(rows).xlsx.writeFile(file);
      const out = execFileSync(process.execPath, ["--expose-gc", ...process.execArgv, __filename, "--measure", file, String(rows)], { encoding: "utf8", maxBuffer: 1 << 20 });
      core.push(JSON.parse(out));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ core, excel: [], sheets: [] }) + "\n");
    return;
  }
  process.stdout.write("rows      read_ms  validate_ms  ratio  peak_mb  findings\n");
  for (const c of core) process.stdout.write(`${String(c.rows).padEnd(9)} ${String(c.read_ms).padStart(7)}  ${String(c.validate_ms).padStart(11)}  ${c.ratio.toFixed(2).padStart(5)}  ${String(c.peak_mb).padStart(7)}  ${String(c.findings).padStart(8)}\n`);
}

void main();
