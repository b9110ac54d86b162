/** A code split into its digit groups and the separator runs between them, kept for diagnosis. */
export interface CodeTokens {
  tokens: string[];
  /** separators[i] sits between tokens[i] and tokens[i + 1]. */
  separators: string[];
  /** Separator run after the last token ("" when none). */
  trailing: string;
}

const SEPARATOR_RUN = /([.,\s]+)/;

/** Null when the text is empty or starts with a separator (".5" is a number, not a code). */
export function tokenize(text: string): CodeTokens | null {
  const parts = text.split(SEPARATOR_RUN);
  if (parts[0] === "") return null;
  const tokens: string[] = [];
  const separators: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === "") break;
    tokens.push(parts[i]);
    if (i + 2 < parts.length && parts[i + 2] !== "") separators.push(parts[i + 1]);
  }
  const last = parts[parts.length - 1];
  const trailing = last === "" && parts.length > 1 ? parts[parts.length - 2] : "";
  return { tokens, separators, trailing };
}
