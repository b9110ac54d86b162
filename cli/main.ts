#!/usr/bin/env node
import { Command, Option } from "commander";
import type { Lang } from "../core/i18n/messages";
import { inspectFile, inspectText } from "./commands/inspect";

/**
 * tc27: the planning-table checker on the command line. Exit codes: 0 fine, 1 an error-severity
 * finding, 2 a file that cannot be read or holds no known table.
 */
const program = new Command();
program.name("tc27").description("Tabel Renstra: periksa tabel perencanaan (T-C.27, T-C.23, T-C.24, T-C.29, E.81, T-C.33, LKjIP)");

const langOption = () => new Option("--lang <lang>", "bahasa pesan / message language").choices(["id", "en"]).default("id");

program
  .command("inspect")
  .description("tampilkan tabel yang dikenali: jenis, rentang, tahun, tingkat baris / show detected tables")
  .option("--json", "keluaran JSON / JSON output")
  .addOption(langOption())
  .argument("<files...>")
  .action(async (files: string[], opts: { json?: boolean; lang: Lang }) => {
    const results = [];
    for (const f of files) results.push(await inspectFile(f, opts.lang));
    process.stdout.write((opts.json ? JSON.stringify({ files: results }, null, 1) : inspectText(results, opts.lang)) + "\n");
    if (results.some((r) => r.error)) process.exitCode = 2;
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`tc27: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
