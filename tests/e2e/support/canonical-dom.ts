import type { Locator } from '@playwright/test';

/**
 * What the page shows, text and attributes, as lines that compare equal when two pages look
 * and read the same: every element with its attributes (sorted) and its live state (a field's
 * value, a box's checked), every text node, and the window title.
 *
 * Two things are made canonical because they differ between two renders of the same screen:
 * React's generated ids (`«r1f»`, from a counter that grows with every mount) become `id1`,
 * `id2`… in order of appearance, in `id` and in the attributes that refer to ids; and the
 * subtrees matched by `masked` are replaced by one line naming the selector.
 */
export async function canonicalDom(root: Locator, masked: readonly string[] = []): Promise<string> {
  return root.evaluate(
    (element, maskedSelectors) => {
      const ID_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'list', 'form', 'headers', 'name']);
      const ids = new Map<string, string>();
      const canonicalId = (value: string) => {
        if (!ids.has(value)) ids.set(value, `id${ids.size + 1}`);
        return ids.get(value);
      };
      const lines: string[] = [`title: ${document.title}`];
      const walk = (node: Node, depth: number) => {
        const indent = '  '.repeat(depth);
        if (node.nodeType === Node.TEXT_NODE) {
          const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text !== '') lines.push(`${indent}"${text}"`);
          return;
        }
        if (!(node instanceof Element)) return;
        const mask = maskedSelectors.find((selector) => node.matches(selector));
        if (mask !== undefined) {
          lines.push(`${indent}[masked: ${mask}]`);
          return;
        }
        const attributes = [...node.attributes]
          .map((attribute) => {
            const value = ID_ATTRIBUTES.has(attribute.name) ? attribute.value.split(/\s+/).filter(Boolean).map(canonicalId).join(' ') : attribute.value;
            return `${attribute.name}=${JSON.stringify(value)}`;
          })
          .sort();
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) {
          attributes.push(`.value=${JSON.stringify(node.value)}`);
        }
        if (node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio')) attributes.push(`.checked=${node.checked}`);
        if (node instanceof HTMLDialogElement) attributes.push(`.open=${node.open}`);
        lines.push(`${indent}<${node.tagName.toLowerCase()} ${attributes.join(' ')}>`);
        for (const child of node.childNodes) walk(child, depth + 1);
      };
      walk(element, 0);
      return lines.join('\n');
    },
    [...masked],
  );
}
