/** A tiny DOM builder: the pane is small enough not to need a framework. */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Creates an element: attributes ("class", "for", "data-x"…), boolean properties
 * (checked, disabled), listeners ("onclick"), then children.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'checked' || name === 'disabled' || name === 'selected' || name === 'value') (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces an element's children. */
export function fill(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new TypeError(`taskpane: no element #${id}`);
  return el as T;
}

/** A small color square (CSSOM styles are allowed by the page's Content-Security-Policy). */
export function chip(fill: string | null, border: string | null): HTMLElement {
  const el = h('span', { class: 'chip', 'aria-hidden': 'true' });
  el.style.backgroundColor = fill ?? '#FFFFFF';
  el.style.borderColor = border ?? '#A6A6A6';
  return el;
}

/** Fills every [data-label="a.b"] element with the string at that path of `labels`. */
export function applyLabels(labels: object, root: ParentNode = document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-label]'))) {
    const value = (el.dataset.label ?? '').split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], labels);
    if (typeof value === 'string') el.textContent = value;
  }
}
