/// <reference types="google-apps-script" />
import { readSettings, type Settings, SETTINGS_KEY } from "../core/settings";

/**
 * What the add-on keeps between runs (PropertiesService needs no extra OAuth scope). The settings are
 * the document's, so a team sharing a spreadsheet shares them (UI.md §6); the range picked with
 * "Ganti rentang" is the user's own, per document: a colleague's pick does not move theirs.
 */

export function loadSettings(): Settings {
  return readSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY));
}

export function saveSettings(settings: Settings): void {
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

const rangeKey = (documentId: string) => `tabelRenstra.range.${documentId}`;

export function pickedRange(documentId: string): string | null {
  return PropertiesService.getUserProperties().getProperty(rangeKey(documentId));
}

export function setPickedRange(documentId: string, range: string | null): void {
  const props = PropertiesService.getUserProperties();
  if (range === null) props.deleteProperty(rangeKey(documentId));
  else props.setProperty(rangeKey(documentId), range);
}
