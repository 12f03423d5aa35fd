// Text helpers shared by the serialisers: XML and CSV escaping, and batching many small pieces
// into large chunks so that big graphs can be streamed to a file instead of held in one string.

// Characters XML 1.0 forbids even when escaped (controls other than tab, LF, CR; lone surrogates).
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_SPECIAL = /[&<>"'\t\n\r]/g;
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Escaped so attribute-value normalisation keeps them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const NEEDS_WORK = /[&<>"'\t\n\r\u0000-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Escapes text for an XML attribute value or element content, dropping forbidden characters. */
export function escapeXml(text: string): string {
  // Most labels need nothing: test once instead of running two replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(XML_FORBIDDEN, '').replace(XML_SPECIAL, (c) => XML_ENTITIES[c] ?? c);
}

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | readonly string[] | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'object' ? value.join('|') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins small pieces into chunks of about `size` characters. */
export function* batch(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/** Numbers as GEXF/GraphML/CSV write them: finite, no exponent surprises for ordinary values. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}
