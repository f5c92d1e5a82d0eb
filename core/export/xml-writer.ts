import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

// Characters XML 1.0 cannot carry even as references: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF.
const notXmlChars =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML 1.0 can carry it in element content: characters it cannot hold are dropped, CR becomes LF. */
export function xmlText(value: string): string {
  // A parser turns a raw CR (and CR LF) into LF anyway; writing LF makes the export say what it reads as.
  return value.replace(notXmlChars, '').replace(/\r\n?/g, '\n');
}

/** An attribute value as XML 1.0 can carry it (the serializer writes tab, LF and CR as references). */
export function xmlAttribute(value: string): string {
  return value.replace(notXmlChars, '');
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

/**
 * Builds an XML document through a DOM (xmldom) and serializes it, so no field's text can become
 * markup: every value is a text node or an attribute value, escaped by the serializer.
 */
export class XmlWriter {
  readonly document: Document;
  readonly root: Element;

  constructor(namespace: string, rootName: string, attributes: XmlAttributes = {}) {
    this.document = new DOMImplementation().createDocument(namespace, rootName, null);
    this.root = this.document.documentElement!;
    this.attributes(this.root, attributes);
  }

  /** Appends an element in the parent's namespace (or `namespace`); empty or missing attributes are left out. */
  element(
    parent: Element,
    name: string,
    attributes: XmlAttributes = {},
    text?: string,
    namespace: string | null = parent.namespaceURI,
  ): Element {
    const element = this.document.createElementNS(namespace, name);
    this.attributes(element, attributes);
    if (text) this.text(element, text);
    parent.appendChild(element);
    return element;
  }

  /** Appends an element only when its text is not empty. */
  textElement(parent: Element, name: string, text: string, attributes: XmlAttributes = {}): void {
    if (text) this.element(parent, name, attributes, text);
  }

  text(parent: Element, value: string): void {
    const safe = xmlText(value);
    if (safe) parent.appendChild(this.document.createTextNode(safe));
  }

  /** Sets `xml:lang` (the XML namespace's lang attribute). */
  language(element: Element, tag: string): void {
    if (tag)
      element.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', xmlAttribute(tag));
  }

  private attributes(element: Element, attributes: XmlAttributes): void {
    for (const [name, value] of Object.entries(attributes))
      if (value !== null && value !== undefined && value !== '')
        element.setAttribute(name, xmlAttribute(String(value)));
  }

  /** The document with an XML declaration and a final newline. */
  serialize(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      new XMLSerializer().serializeToString(this.document) +
      '\n'
    );
  }
}
