// A parsed JSON object → the fields of a paper record, shared by the JSON and JSON Lines readers.
// Accepted keys: id, title, abstract (alias summary), date (alias published), url (alias link),
// authors (array of names or of {name}, or one string), categories (array or one string).
import { splitList, type RawFields } from '../record';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function jsonFields(object: Record<string, unknown>): RawFields {
  return {
    id: scalar(object.id),
    title: scalar(object.title),
    abstract: scalar(object.abstract) ?? scalar(object.summary),
    date: scalar(object.date) ?? scalar(object.published),
    url: scalar(object.url) ?? scalar(object.link),
    authors: names(object.authors),
    categories: categories(object.categories),
  };
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function names(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitList(value);
  if (!Array.isArray(value)) return undefined;
  return value
    .map((item) => (isPlainObject(item) ? scalar(item.name) : scalar(item)))
    .filter((name): name is string => name !== undefined);
}

function categories(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(/[\s,;]+/).filter((c) => c !== '');
  if (!Array.isArray(value)) return undefined;
  return value.map(scalar).filter((c): c is string => c !== undefined);
}
