import type { Element, Node } from '@xmldom/xmldom';

// Element lookups by local name, so prefixed and default-namespace documents read alike.

const ELEMENT_NODE = 1;

/** The element children of `parent`, optionally only those with one of the local names. */
export function elements(parent: Element | null | undefined, ...names: string[]): Element[] {
  const found: Element[] = [];
  for (let node: Node | null = parent?.firstChild ?? null; node; node = node.nextSibling)
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!names.length || names.includes(localName(element))) found.push(element);
    }
  return found;
}

/** The first element child with this local name (or a path of them: 'docdata', 'doc-id'). */
export function child(parent: Element | null | undefined, ...path: string[]): Element | null {
  let current: Element | null = parent ?? null;
  for (const name of path) current = firstChild(current, name);
  return current;
}

// Field lookups run dozens of times per item: no array of the other children is built.
function firstChild(parent: Element | null, name: string): Element | null {
  for (let node: Node | null = parent?.firstChild ?? null; node; node = node.nextSibling)
    if (node.nodeType === ELEMENT_NODE && localName(node as Element) === name)
      return node as Element;
  return null;
}

/** Every descendant element with this local name, in document order (iterative: depth is no risk). */
export function descendants(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (parent: Element) => {
    for (let node: Node | null = parent.lastChild; node; node = node.previousSibling)
      if (node.nodeType === ELEMENT_NODE) stack.push(node as Element);
  };
  pushChildren(root);
  while (stack.length) {
    const element = stack.pop()!;
    if (localName(element) === name) found.push(element);
    pushChildren(element);
  }
  return found;
}

export function localName(element: Element): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, '');
}

/** The language an element declares (`xml:lang`), or '' when it declares none. */
export function xmlLang(element: Element | null | undefined): string {
  return (
    element?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ||
    element?.getAttribute('xml:lang') ||
    ''
  ).trim();
}

/**
 * The element's text as the DOM's `textContent` gives it (comments and processing instructions
 * left out), read without the frame objects and closure xmldom's getter allocates per node.
 */
export function textContent(element: Element | null | undefined): string {
  if (!element) return '';
  let kept = '';
  let node: Node | null = element.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (type !== ELEMENT_NODE && type !== 7 && type !== 8) kept += node.nodeValue ?? '';
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === element) return kept;
    }
    node = node.nextSibling;
  }
  return kept;
}

// Runs of white space other than a lone space, which folding would only replace with itself.
const foldable = /[^\S ]\s*| \s+/g;

/** The element's text with runs of white space folded to one space, trimmed. */
export function text(element: Element | null | undefined): string {
  return textContent(element).replace(foldable, ' ').trim();
}

/** The element's text as `text` gives it, leaving out the child elements `leave` picks. */
export function textWithout(
  element: Element | null | undefined,
  leave: (child: Element) => boolean,
): string {
  let kept = '';
  for (let node: Node | null = element?.firstChild ?? null; node; node = node.nextSibling)
    if (
      node.nodeType === 3 ||
      node.nodeType === 4 ||
      (node.nodeType === 1 && !leave(node as Element))
    )
      kept += node.nodeType === 1 ? textContent(node as Element) : (node.nodeValue ?? '');
  return kept.replace(foldable, ' ').trim();
}

/** An attribute's value, trimmed ('' when absent). */
export function attr(element: Element | null | undefined, name: string): string {
  return (element?.getAttribute(name) ?? '').trim();
}
