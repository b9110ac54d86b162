/**
 * The pane redraws a section by building it anew, which would drop the keyboard focus (and a
 * disabled button loses it anyway while a command runs). Elements that can take focus carry a
 * data-key; the last one focused gets the focus back once it is there and enabled again.
 */
export function keepFocus(root: HTMLElement): { restore(): void; request(key: string): void } {
  let wanted: string | null = null;
  root.addEventListener("focusin", (e) => {
    wanted = (e.target as HTMLElement).getAttribute("data-key") ?? wanted;
  });
  const restore = () => {
    const active = document.activeElement;
    // Only when the focus was lost to the page, never taking it from another control or from the sheet.
    if (!wanted || !document.hasFocus() || (active && active !== document.body && root.contains(active))) return;
    const target = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(wanted)}"]`);
    if (target && !target.hasAttribute("disabled")) target.focus();
  };
  return {
    restore,
    request(key: string) {
      wanted = key;
      root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    },
  };
}
