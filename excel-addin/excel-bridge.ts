import { CommandError } from "../core/commands/errors";
import type { Lang } from "../core/i18n/messages";
import type { Text } from "../core/rules/types";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { CancelledError, type CommandControl, type HostBridge } from "../ui/host-bridge";
import * as commands from "./commands";
import type { Capabilities } from "./excel-port";

/**
 * The pane's HostBridge in Excel: each call is one Excel.run over the commands. It knows the host
 * (which ExcelApi sets it has), keeps the range picked with "Ganti rentang" in memory — a choice
 * of this session, not of the document, so it is not saved for co-authors — and turns every failure
 * into one sentence in the pane's language, never an Office.js stack.
 */

export interface ExcelBridgeOptions {
  /** Runs one batch against the workbook: Excel.run in Office; tests pass a fake's. */
  run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** What this Excel supports; asked of Office at run time when not given. */
  capabilities?: Capabilities;
  /** Today, for the input template's next period (tests pin it). */
  today?: () => Date;
}

export function createExcelBridge(options: ExcelBridgeOptions = {}): HostBridge {
  const run = options.run ?? ((batch) => Excel.run(batch));
  const today = options.today ?? (() => new Date());
  let caps = options.capabilities;
  let picked: string | null = null;
  // The language of messages for calls that carry no settings: the last one the pane used.
  let lang: Lang = DEFAULT_SETTINGS.lang;

  /** One Excel.run; failures come back as a sentence for the pane. */
  async function call<T>(work: (context: Excel.RequestContext, env: commands.Env) => Promise<T>, control?: CommandControl): Promise<T> {
    caps ??= { notes: Office.context.requirements.isSetSupported("ExcelApi", "1.18") };
    const env: commands.Env = { caps, picked, steps: stepsOf(control) };
    try {
      return await run((context) => work(context, env));
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      if (picked && (e as { code?: string }).code === "ItemNotFound") {
        // The picked range's sheet was deleted or renamed: back to automatic.
        picked = null;
        throw new Error(RANGE_GONE[lang]);
      }
      throw new Error(messageOf(e, lang));
    }
  }

  /** A call that carries the pane's settings: their language is the messages' from now on. */
  function withSettings<T>(settings: Settings, work: (context: Excel.RequestContext, env: commands.Env) => Promise<T>, control?: CommandControl): Promise<T> {
    lang = settings.lang;
    return call(work, control);
  }

  const bridge: HostBridge = {
    host: "excel",
    describe: () => call(commands.describe),
    async useSelection() {
      picked = await call((context) => commands.selectedRange(context));
      return bridge.describe();
    },
    useAutomaticRange() {
      picked = null;
      return bridge.describe();
    },
    validate: (settings, control) => withSettings(settings, (context, env) => commands.validasi(context, env, settings), control),
    clearMarks: () => call(commands.hapusTanda),
    recalc: (settings, control) => withSettings(settings, (context, env) => commands.hitungUlang(context, env, settings), control),
    normalize: (settings, control) => withSettings(settings, (context, env) => commands.rapikanAngka(context, env, settings), control),
    generate: (request, settings, control) => withSettings(settings, (context, env) => commands.buatTabel(context, env, request, today().getFullYear()), control),
    undo: () => call(commands.urungkan),
    select: (sheet, cell) => call((context) => commands.select(context, sheet, cell)),
    async loadSettings() {
      const settings = await call((context) => commands.loadSettings(context));
      lang = settings.lang;
      return settings;
    },
    saveSettings: (settings) => withSettings(settings, (context) => commands.saveSettings(context, settings)),
  };
  return bridge;
}

/**
 * Progress for the pane, with a pause after each step so it can paint before the long work that
 * follows; cancelling is honoured up to the first write.
 */
function stepsOf(control: CommandControl | undefined): commands.Steps {
  const report = async (p: Parameters<NonNullable<CommandControl["onProgress"]>>[0]) => {
    if (!control?.onProgress) return;
    control.onProgress(p);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    read: (rows) => report({ phase: "read", rows }),
    check: () => report({ phase: "check" }),
    write: async (cells) => {
      if (control?.cancelled?.()) throw new CancelledError();
      await report({ phase: "write", cells });
    },
  };
}

const RANGE_GONE: Text = {
  id: "Rentang pilihan sudah tidak ada (lembarnya dihapus atau diganti nama); panel kembali memakai tabel di sekitar sel aktif.",
  en: "The picked range is gone (its sheet was deleted or renamed); the pane is back to the table around the active cell.",
};

/** Office.js error codes a planner can act on (OfficeExtension.ErrorCodes and Excel's). */
const OFFICE_ERRORS: Record<string, Text> = {
  InvalidOperationInCellEditMode: {
    id: "Excel sedang menyunting sel; tekan Enter atau Esc, lalu ulangi.",
    en: "Excel is editing a cell; press Enter or Esc, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    id: "Permintaan ke Excel terlalu besar; pilih bagian tabel yang lebih kecil dengan Ganti rentang, lalu ulangi.",
    en: "The request to Excel is too large; pick a smaller part of the table with Change range, then try again.",
  },
  AccessDenied: {
    id: "Excel menolak perubahan ini; lembar atau buku kerjanya mungkin dilindungi atau hanya-baca.",
    en: "Excel refused this change; the sheet or workbook may be protected or read-only.",
  },
  ItemNotFound: {
    id: "Lembar atau sel yang dituju tidak ada lagi; muat ulang panel, lalu ulangi.",
    en: "The sheet or cell is no longer there; reload the pane, then try again.",
  },
};

const UNKNOWN: Text = {
  id: "Excel tidak dapat menjalankan perintah ini; coba lagi, atau tutup dan buka lagi panel ini.",
  en: "Excel could not run this command; try again, or close and reopen this pane.",
};

/** The sentence the pane shows for a failure. */
function messageOf(e: unknown, lang: Lang): string {
  if (e instanceof CommandError) return e.text[lang];
  const code = (e as { code?: unknown })?.code;
  return (typeof code === "string" && OFFICE_ERRORS[code]?.[lang]) || UNKNOWN[lang];
}
