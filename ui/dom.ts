/**
 * The pane's only way to build DOM. Cell text, messages and sheet names come from the workbook, so
 * they must reach the page as text, never as markup: this builder only creates elements, sets
 * attributes and appends text nodes — there is no HTML parsing anywhere in the pane.
 */

export type Child = Node | string | null | undefined | false;
type Attr = string | number | boolean | null | undefined;

export interface Props {
  class?: string;
  /** `true` sets a boolean attribute ("disabled"), `false`/null/undefined leaves it out. */
  attrs?: Record<string, Attr>;
  /** Names the element across re-renders, so focus can come back to it (see focus.ts). */
  key?: string;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.setAttribute("class", props.class);
  if (props.key) el.setAttribute("data-key", props.key);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) el.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) el.addEventListener(type, listener as EventListener);
  append(el, children);
  return el;
}

/** A text-only element: the shortest way to show a string. */
export function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.setAttribute("class", className);
  el.textContent = content;
  return el;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces what a container shows. */
export function replace(container: Element, ...children: Child[]): void {
  while (container.firstChild) container.removeChild(container.firstChild);
  append(container, children);
}
