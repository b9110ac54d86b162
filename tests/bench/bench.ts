/**
 * `npm run bench [-- --json]`: speed and memory of the core on generated T-C.27 tables of 1 000,
 * 10 000 and 50 000 rows, each measured in fresh processes so that peaks are their own:
 * - read_ms, read_peak_mb: ExcelJS reading the .xlsx into a Grid (what the CLI does first);
 * - validate_ms, peak_mb: detection + model + every rule, in a process that loads the same Grid from
 *   a JSON copy (so the peak is validation's, not ExcelJS's);
 * - ratio = validate_ms / read_ms;
 * each the median of three runs. Then the hosts, each in its own process (their fakes hold a whole
 * workbook): per command, Excel's sync() calls and largest payload (tests/bench/excel-bench.ts) and
 * Apps Script's service calls (tests/bench/sheets-bench.ts).
 * Run it with --expose-gc (the bench script does) so garbage is collected between measurements.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { readWorkbookFile } from "../../cli/io/read-workbook";
import type { Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";
import type { ExcelFigure } from "./excel-bench";
import { generateTc27 } from "./generate-tc27";
import type { SheetsFigure } from "./sheets-bench";

const SIZES = [1_000, 10_000, 50_000];

/** Available when the measuring child runs with --expose-gc (it does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface CoreFigure {
  rows: number;
  read_ms: number;
  validate_ms: number;
  ratio: number;
  peak_mb: number;
  read_peak_mb: number;
  findings: number;
}

/** Child 1: ExcelJS read; leaves the Grid as JSON for child 2. */
async function measureRead(file: string, gridFile: string) {
  const t0 = performance.now();
  const wb = await readWorkbookFile(file);
  const read_ms = performance.now() - t0;
  fs.writeFileSync(gridFile, JSON.stringify(wb.sheets[0]));
  return { read_ms, read_peak_mb: peakMb() };
}

/** Child 2: validation of the Grid. */
function measureValidate(gridFile: string) {
  const grid = JSON.parse(fs.readFileSync(gridFile, "utf8")) as Grid;
  collectGarbage();
  const t0 = performance.now();
  let findings = 0;
  for (const t of readTables(grid)) findings += validateTable(t).findings.length;
  return { validate_ms: performance.now() - t0, peak_mb: peakMb(), findings };
}

const RUNS = 3;

/** The run whose `key` is the median of RUNS runs (its other figures come with it). */
function medianRun(run: () => Record<string, number>, key: string): Record<string, number> {
  const runs = Array.from({ length: RUNS }, run).sort((a, b) => a[key] - b[key]);
  return runs[Math.floor(RUNS / 2)];
}

function child<T = Record<string, number>>(args: string[]): T {
  const out = execFileSync(process.execPath, ["--expose-gc", ...process.execArgv, __filename, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out) as T;
}

/**
 * `npm run bench -- --rules [ROWS]`: where validation time goes — the model and each rule, median of
 * five runs on one generated table (each rule timed alone after a full run, so analyses a rule shares
 * with others are counted in the full run only).
 */
async function ruleTimes(rows: number) {
  const { RULES } = await import("../../core/rules/registry");
  const wb = generateTc27(rows);
  const { readWorkbookBytes } = await import("../../cli/io/read-workbook");
  const grid = (await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), "bench.xlsx")).sheets[0];
  const times = new Map<string, number[]>();
  const time = (key: string, f: () => void) => {
    collectGarbage();
    const t = performance.now();
    f();
    times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
  };
  for (let i = 0; i < 5; i++) {
    let table!: ReturnType<typeof readTables>[number];
    time("model", () => ([table] = readTables(grid)));
    time("all rules", () => validateTable(table));
    for (const r of RULES) time(r.meta.id, () => validateTable(table, "id", [r]));
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  for (const [k, v] of times) process.stdout.write(`${k.padEnd(22)} ${String(Math.round(median(v))).padStart(6)} ms\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--rules") return ruleTimes(Number(args[1] ?? 50_000));
  if (args[0] === "--read") return void process.stdout.write(JSON.stringify(await measureRead(args[1], args[2])));
  if (args[0] === "--validate") return void process.stdout.write(JSON.stringify(measureValidate(args[1])));
  if (args[0] === "--excel") return void process.stdout.write(JSON.stringify(await (await import("./excel-bench")).excelBench(SIZES)));
  if (args[0] === "--sheets") return void process.stdout.write(JSON.stringify((await import("./sheets-bench")).sheetsBench(SIZES)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-bench-"));
  const core: CoreFigure[] = [];
  try {
    for (const rows of SIZES) {
      const file = path.join(dir, `tc27-${rows}.xlsx`);
      const gridFile = path.join(dir, `tc27-${rows}.json`);
      await generateTc27(rows).xlsx.writeFile(file);
      // Each figure is the median of three fresh processes: a shared 2-core machine is noisy.
      const r = medianRun(() => child(["--read", file, gridFile]), "read_ms");
      const v = medianRun(() => child(["--validate", gridFile]), "validate_ms");
      core.push({
        rows,
        read_ms: Math.round(r.read_ms),
        validate_ms: Math.round(v.validate_ms),
        ratio: Number((v.validate_ms / r.read_ms).toFixed(3)),
        peak_mb: v.peak_mb,
        read_peak_mb: r.read_peak_mb,
        findings: v.findings,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const excel = child<ExcelFigure[]>(["--excel"]);
  const sheets = child<SheetsFigure[]>(["--sheets"]);
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ core, excel, sheets }) + "\n");
    return;
  }
  process.stdout.write("rows      read_ms  validate_ms  ratio  peak_mb  read_peak_mb  findings\n");
  for (const c of core) {
    const cols = [String(c.rows).padEnd(9), String(c.read_ms).padStart(7), String(c.validate_ms).padStart(11), c.ratio.toFixed(2).padStart(5), String(c.peak_mb).padStart(7), String(c.read_peak_mb).padStart(12), String(c.findings).padStart(8)];
    process.stdout.write(cols.join("  ") + "\n");
  }
  process.stdout.write("\nExcel (fake host)  rows      command    syncs  max_payload_bytes  max_response_bytes\n");
  for (const e of excel) {
    const cols = [String(e.syncs).padStart(5), String(e.max_payload_bytes).padStart(17), String(e.max_response_bytes).padStart(18)];
    process.stdout.write(`                   ${String(e.rows).padEnd(9)} ${e.command.padEnd(10)} ${cols.join("  ")}\n`);
  }
  process.stdout.write("\nSheets (fake host) rows      command    calls\n");
  for (const c of sheets) process.stdout.write(`                   ${String(c.rows).padEnd(9)} ${c.command.padEnd(10)} ${String(c.calls).padStart(5)}\n`);
}

void main();
