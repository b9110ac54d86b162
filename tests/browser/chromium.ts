import * as fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (ARCHITECTURE.md §5): installed by .ci/run, never downloaded. */
const CHROMIUM = "/usr/bin/chromium";

/** Headless, offline, with a fresh temporary profile (playwright's default launch makes one). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium). The browser tests never download a browser.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
