import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * A real spreadsheet engine for the tests: LibreOffice headless opens an .xlsx, recalculates every
 * formula (its profile forces recalculation on load — otherwise it would keep the cached values the
 * file carries) and saves it again, so the results can be read back with ExcelJS; or prints it to PDF.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts each file with LibreOffice in one run, in a fresh temp folder with its own profile (so a
 * running LibreOffice or the user's settings do not interfere); returns the converted files' paths in
 * order. The caller removes the folder: the tc27-lo- folder two levels above each result.
 */
function convert(files: string[], format: "xlsx" | "pdf"): string[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = path.join(work, "out");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", out, ...files],
    { stdio: "pipe", timeout: 180_000 },
  );
  return files.map((f) => {
    const result = path.join(out, `${path.basename(f, path.extname(f))}.${format}`);
    if (!fs.existsSync(result)) throw new Error(`LibreOffice did not write ${result}`);
    return result;
  });
}

/** Recalculates each file in LibreOffice; returns the paths of the recalculated copies (same order). */
export function recalculate(files: string[]): string[] {
  return convert(files, "xlsx");
}

/** Prints a workbook to PDF as LibreOffice lays it out (page setup, repeated rows, fit to width). */
export function toPdf(file: string): string {
  return convert([file], "pdf")[0];
}
