// Reader for arXiv API responses (Atom XML): each <entry> is a record. The id is the arXiv id
// taken from the abs URL without its version (`http://arxiv.org/abs/2404.01234v2` → `2404.01234`,
// `…/abs/hep-th/9901001v1` → `hep-th/9901001`); any other <id> is kept exactly.
import { isReject, toRecord } from '../record';
import { reject } from '../reject';
import { lineIndex } from '../text/line-index';
import type { ParsedFile, ParseOptions } from '../types';
import { child, parseXml, textContent, type XmlElement } from './xml';

const ARXIV_ABS = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/(.+?)(?:v\d+)?$/;

export function parseAtom(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'atom', records: [], rejects: [] };
  const lines = lineIndex(text);
  const { root, error, unclosed } = parseXml(text);
  for (const entry of entries(root)) {
    const line = lines.lineAt(entry.offset);
    if (unclosed.has(entry)) continue; // Reported below with the XML error.
    const id = child(entry, 'id')?.text.trim();
    if (id?.includes('arxiv.org/api/errors')) {
      const message = textContent(child(entry, 'summary') ?? entry).trim();
      result.rejects.push(
        reject(file, line, 'API_ERROR', `arXiv API error: ${message}; fix the query`),
      );
      continue;
    }
    const published = child(entry, 'published') ?? child(entry, 'updated');
    const record = toRecord(
      {
        id: id === undefined ? undefined : arxivId(id),
        title: textOf(entry, 'title'),
        abstract: textOf(entry, 'summary') ?? textOf(entry, 'abstract'),
        date: published?.text,
        url: alternateLink(entry) ?? (id?.startsWith('http') ? id : undefined),
        authors: entry.children
          .filter((c) => c.name === 'author')
          .map((author) =>
            child(author, 'name') ? textContent(child(author, 'name') as XmlElement) : '',
          ),
        categories: entry.children
          .filter((c) => c.name === 'category' && c.attributes.term !== undefined)
          .map((c) => c.attributes.term as string),
      },
      { file, list, line },
      options,
    );
    if (isReject(record)) result.rejects.push(record);
    else result.records.push(record);
  }
  if (error) {
    result.rejects.push(
      reject(
        file,
        lines.lineAt(error.offset),
        'MALFORMED',
        `XML is not well-formed (${error.message}); entries from here on are not read`,
      ),
    );
  }
  return result;
}

/** The arXiv id without version for an arXiv abs URL, else the id as written. */
export function arxivId(id: string): string {
  const match = ARXIV_ABS.exec(id);
  return match?.[1] ?? id;
}

/** <entry> elements of a <feed>, or a lone <entry> document. */
function entries(root: XmlElement): XmlElement[] {
  const top = root.children.find((c) => c.name === 'feed' || c.name === 'entry');
  if (top === undefined) return [];
  return top.name === 'entry' ? [top] : top.children.filter((c) => c.name === 'entry');
}

function textOf(entry: XmlElement, name: string): string | undefined {
  const element = child(entry, name);
  return element === undefined ? undefined : textContent(element);
}

function alternateLink(entry: XmlElement): string | undefined {
  const link = entry.children.find(
    (c) =>
      c.name === 'link' &&
      (c.attributes.rel ?? 'alternate') === 'alternate' &&
      c.attributes.type !== 'application/pdf',
  );
  return link?.attributes.href;
}
