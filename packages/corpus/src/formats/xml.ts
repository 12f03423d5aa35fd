// A small XML reader, enough for Atom feeds: elements with attributes, text, CDATA, comments
// and processing instructions, entities decoded. Not validating; one linear pass.
import { decodeEntities } from '../text/xml-entities';

export interface XmlElement {
  /** The local name, namespace prefix dropped (`atom:entry` → `entry`). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside this element, decoded. */
  text: string;
  /** Offset of the `<` opening the element. */
  offset: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface XmlDocument {
  root: XmlElement;
  /** The first well-formedness error; reading stops there. */
  error?: XmlError;
  /** Elements still open when reading stopped: their content may be cut short. */
  unclosed: Set<XmlElement>;
}

export function parseXml(text: string): XmlDocument {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '', offset: 0 };
  const stack: XmlElement[] = [root];
  try {
    readInto(text, stack);
    return { root, unclosed: new Set() };
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { root, error, unclosed: new Set(stack.slice(1)) };
  }
}

function readInto(text: string, stack: XmlElement[]): void {
  let i = 0;
  while (i < text.length) {
    const top = stack[stack.length - 1] as XmlElement;
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    if (lt > i) top.text += decodeEntities(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      i = after(text, '-->', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end === -1) throw new XmlError('CDATA section is never closed', lt);
      top.text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text[lt + 1] === '?' || text[lt + 1] === '!') {
      i = after(text, '>', lt);
    } else if (text[lt + 1] === '/') {
      const gt = text.indexOf('>', lt);
      if (gt === -1) throw new XmlError('closing tag is never finished', lt);
      const name = localName(text.slice(lt + 2, gt).trim());
      if (name !== top.name) {
        throw new XmlError(`</${name}> closes <${top.name}>`, lt);
      }
      stack.pop();
      i = gt + 1;
    } else {
      const gt = tagEnd(text, lt);
      const selfClosing = text[gt - 1] === '/';
      const body = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = body.search(/[\s/]|$/);
      const element: XmlElement = {
        name: localName(body.slice(0, nameEnd)),
        attributes: attributes(body.slice(nameEnd)),
        children: [],
        text: '',
        offset: lt,
      };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
      i = gt + 1;
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1] as XmlElement;
    throw new XmlError(`<${open.name}> is never closed`, open.offset);
  }
}

/** The first child element named `name`. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** The element's text with the text of all its descendants (markup inside a title). */
export function textContent(element: XmlElement): string {
  return element.text + element.children.map(textContent).join('');
}

function after(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  if (end === -1) throw new XmlError(`"${text.slice(from, from + 9)}…" is never closed`, from);
  return end + marker.length;
}

/** The `>` ending the tag at `start`, skipping `>` inside quoted attribute values. */
function tagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new XmlError('tag is never finished', start);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function attributes(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    result[localName(match[1] ?? '')] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return result;
}
