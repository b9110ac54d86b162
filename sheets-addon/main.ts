import { CAPAIAN, PREDIKAT } from "./custom-functions";
import { buatTabel, bukaPanel, hapusTanda, hitungUlangCapaian, onOpen, rapikanAngka, urungkan, validasi } from "./menu";
import * as pane from "./pane-server";

/**
 * The server entry of the Apps Script bundle (Code.js). Apps Script calls only top-level functions:
 * gas-webpack-plugin turns each `global.name = …` below into one, with the comment above it — which
 * is how Sheets finds the custom functions (@customfunction) and their help.
 */
declare const global: Record<string, unknown>;

/**
 * Adds the "Tabel Renstra" menu (Extensions > Tabel Renstra) when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
global.onOpen = onOpen;

/**
 * Adds the menu right after the add-on is installed, without reloading the spreadsheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
global.onInstall = onOpen;

/** Menu Validasi: checks the table and marks the cells of its findings. */
global.validasi = validasi;

/** Menu Hapus tanda: removes the latest marks; the cells' own fills and notes come back. */
global.hapusTanda = hapusTanda;

/** Menu Hitung ulang capaian: fills the computed columns with live formulas. */
global.hitungUlangCapaian = hitungUlangCapaian;

/** Menu Rapikan angka: numbers written as text become numbers that look the same. */
global.rapikanAngka = rapikanAngka;

/** Menu Buat tabel: the official T-C.27 of the table, or the input template, on a new sheet. */
global.buatTabel = buatTabel;

/** Menu Urungkan: undoes the latest command of the add-on. */
global.urungkan = urungkan;

/** Menu Buka panel: opens the sidebar. */
global.bukaPanel = bukaPanel;

/** Sidebar: the table the commands would use, and what can be cleared or undone. */
global.paneDescribe = pane.paneDescribe;

/** Sidebar "Ganti rentang": the selection becomes the range the commands use. */
global.paneUseSelection = pane.paneUseSelection;

/** Sidebar: back to the table around the active cell. */
global.paneUseAutomaticRange = pane.paneUseAutomaticRange;

/** Sidebar Validasi. @param {Object} settings The pane's settings. */
global.paneValidate = pane.paneValidate;

/** Sidebar Hapus tanda. */
global.paneClearMarks = pane.paneClearMarks;

/** Sidebar Hitung ulang capaian. @param {Object} settings The pane's settings. */
global.paneRecalc = pane.paneRecalc;

/** Sidebar Rapikan angka. @param {Object} settings The pane's settings. */
global.paneNormalize = pane.paneNormalize;

/** Sidebar Buat tabel. @param {Object} request The table kind and year. */
global.paneGenerate = pane.paneGenerate;

/** Sidebar Urungkan. */
global.paneUndo = pane.paneUndo;

/** Sidebar: selects a finding's cell. @param {string} sheet The sheet. @param {string} cell The cell, e.g. "M7". */
global.paneSelect = pane.paneSelect;

/** Sidebar: the document's settings. */
global.paneLoadSettings = pane.paneLoadSettings;

/** Sidebar: saves the document's settings. @param {Object} settings The settings. */
global.paneSaveSettings = pane.paneSaveSettings;

/**
 * Capaian kinerja dalam persen: R/T × 100; untuk indikator negatif (2T − R)/T × 100 ("lan") atau
 * T/R × 100 ("inverse"). Kosong bila target 0 atau ada masukan yang kosong.
 *
 * @param {number|string} target Target kinerja: angka, atau teks seperti "35,12%" atau "3 Dokumen".
 * @param {number|string} realisasi Realisasi kinerja.
 * @param {string} arah "positif" (bawaan) atau "negatif".
 * @param {string} metode Untuk indikator negatif: "lan" (bawaan) atau "inverse".
 * @return {number} Capaian dalam persen, tanpa pembulatan.
 * @customfunction
 */
global.CAPAIAN = CAPAIAN;

/**
 * Predikat kinerja dari capaian dalam persen: skala Permendagri (bawaan), "berhasil" atau "baik".
 *
 * @param {number|string} nilai Capaian dalam persen, mis. 87,25 atau "87,25%".
 * @param {string} skala "permendagri" (bawaan), "berhasil" atau "baik".
 * @return {string} Predikat, mis. "Tinggi".
 * @customfunction
 */
global.PREDIKAT = PREDIKAT;
