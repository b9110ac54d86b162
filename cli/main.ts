#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from "commander";
import type { Lang } from "../core/i18n/messages";
import { message } from "../core/i18n/messages";
import { PREDIKAT_SCALES } from "../core/compute";
import { annotateFile } from "./commands/annotate";
import { GENERATE_KINDS, type GenerateSettings } from "../core/commands/generate";
import { generateFile } from "./commands/generate";
import { inspectFile, inspectText } from "./commands/inspect";
import { recalcFile, type RecalcSettings } from "./commands/recalc";
import { templateFile } from "./commands/template";
import { rulesFor, validateFile, validateText } from "./commands/validate";
import { WorkbookReadError } from "./io/read-workbook";

/**
 * tc27: the planning-table checker on the command line. Exit codes: 0 fine, 1 an error-severity
 * finding, 2 a file that cannot be read or holds no known table.
 */
const program = new Command();
program.name("tc27").description("Tabel Renstra: periksa tabel perencanaan (T-C.27, T-C.23, T-C.24, T-C.29, E.81, T-C.33, LKjIP)");

const nomenclatureOption = () =>
  new Option("--nomenclature <file>", "daftar kode dan nama (.csv/.xlsx) untuk aturan code-nomenclature / code list for code-nomenclature");

/** The rules with the user's nomenclature list; on an unreadable list, says so and sets exit code 2. */
async function nomenclatureRules(opts: { lang: Lang; nomenclature?: string }) {
  try {
    return await rulesFor(opts.nomenclature);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    process.stdout.write((opts.lang === "en" ? e.messageEn : e.message) + "\n");
    process.exitCode = 2;
    return null;
  }
}

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

program
  .command("validate")
  .description("periksa tabel dan laporkan temuan / check tables and report findings")
  .option("--json", "keluaran JSON / JSON output")
  .addOption(langOption())
  .addOption(nomenclatureOption())
  .argument("<files...>")
  .action(async (files: string[], opts: { json?: boolean; lang: Lang; nomenclature?: string }) => {
    const rules = await nomenclatureRules(opts);
    if (!rules) return;
    const results = [];
    const progress = process.stderr.isTTY && files.length > 1;
    for (const [i, f] of files.entries()) {
      if (progress) process.stderr.write(`\r${message("progress", opts.lang, { n: i + 1, total: files.length, file: f })}\x1b[K`);
      results.push(await validateFile(f, opts.lang, rules));
    }
    if (progress) process.stderr.write("\r\x1b[K");
    process.stdout.write((opts.json ? JSON.stringify({ files: results }, null, 1) : validateText(results, opts.lang)) + "\n");
    const hasError = results.some((r) => r.tables.some((t) => t.findings.some((x) => x.severity === "error")));
    process.exitCode = results.some((r) => r.error) ? 2 : hasError ? 1 : 0;
  });

program
  .command("annotate")
  .description("tulis salinan .xlsx dengan sel bertanda dan lembar Laporan Validasi / write a marked copy")
  .requiredOption("--out <file>", "berkas keluaran .xlsx / output .xlsx")
  .addOption(langOption())
  .addOption(nomenclatureOption())
  .argument("<file>")
  .action(async (file: string, opts: { out: string; lang: Lang; nomenclature?: string }) => {
    const rules = await nomenclatureRules(opts);
    if (!rules) return;
    const r = await annotateFile(file, opts.out, opts.lang, rules);
    process.stdout.write(r.message + "\n");
    process.exitCode = r.exitCode;
  });

program
  .command("recalc")
  .description("isi kolom hitungan (capaian, rasio, jumlah, predikat) dengan rumus / fill computed columns with formulas")
  .requiredOption("--out <file>", "berkas keluaran .xlsx / output .xlsx")
  .addOption(new Option("--negative <method>", "rumus indikator negatif: lan (2T−R)/T atau inverse T/R / negative-indicator formula").choices(["lan", "inverse"]))
  .addOption(new Option("--scale <name>", "skala predikat / predikat scale").choices(PREDIKAT_SCALES.map((s) => s.name)))
  .option("--normalize", "Rapikan angka: ubah teks angka menjadi angka sebelum menghitung / turn number texts into numbers first")
  .addOption(langOption())
  .argument("<file>")
  .action(async (file: string, opts: { out: string; lang: Lang; negative?: RecalcSettings["negative"]; scale?: string; normalize?: boolean }) => {
    const r = await recalcFile(file, opts.out, { negative: opts.negative, scale: opts.scale, normalize: !!opts.normalize }, opts.lang);
    process.stdout.write(r.message + "\n");
    process.exitCode = r.exitCode;
  });

/** A whole year for --year/--first-year, a count for --years: commander hands the text over. */
const integer = (name: string) => (text: string) => {
  if (!/^\d+$/.test(text.trim())) throw new InvalidArgumentError(`${name} harus bilangan bulat / must be a whole number`);
  return Number(text);
};
const periodOptions = (cmd: Command) =>
  cmd
    .option("--first-year <year>", "tahun pertama periode Renstra / first year of the period", integer("--first-year"))
    .option("--years <n>", "lama periode (tahun) / period length in years", integer("--years"));

periodOptions(
  program
    .command("generate")
    .description("buat tabel resmi berformat (T-C.27, T-C.29, E.81) dari T-C.27 atau templat isian / generate a formatted official table")
    .requiredOption("--out <file>", "berkas keluaran .xlsx / output .xlsx")
    .addOption(new Option("--kind <kind>", "jenis tabel / table kind").choices([...GENERATE_KINDS]).default("renstra-program"))
    .option("--year <year>", "tahun yang dievaluasi (T-C.29, E.81) / evaluated year", integer("--year")),
)
  .addOption(new Option("--paper <size>", "ukuran kertas / paper size").choices(["A4", "F4"]).default("A4"))
  .option("--pd <name>", 'nama Perangkat Daerah untuk judul, mis. "Dinas Kesehatan" / name for the title')
  .addOption(langOption())
  .argument("<file>")
  .action(async (file: string, opts: Omit<GenerateSettings, "kind"> & { kind: GenerateSettings["kind"]; out: string; lang: Lang }) => {
    const { out, lang, ...settings } = opts;
    const r = await generateFile(file, out, settings, lang);
    process.stdout.write(r.message + "\n");
    process.exitCode = r.exitCode;
  });

periodOptions(
  program
    .command("template")
    .description("tulis templat isian kosong untuk T-C.27 (daftar pilihan dan petunjuk) / write the empty input template")
    .requiredOption("--out <file>", "berkas keluaran .xlsx / output .xlsx"),
)
  .addOption(langOption())
  .action(async (opts: { out: string; firstYear?: number; years?: number; lang: Lang }) => {
    const r = await templateFile(opts.out, { firstYear: opts.firstYear, years: opts.years }, opts.lang);
    process.stdout.write(r.message + "\n");
    process.exitCode = r.exitCode;
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`tc27: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
