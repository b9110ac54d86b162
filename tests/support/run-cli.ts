import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Runs `tc27 …` as a user would (a real process), returning its exit code and output. */
export function runCli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [path.join(ROOT, "cli", "main.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
