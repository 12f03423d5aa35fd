// Text clean-up shared by every reader: the title and abstract we keep are the strings the
// extractor's offsets index, so they are normalised here, once, and never again downstream.

/** `\r\n` and lone `\r` become `\n`; a leading byte-order mark is dropped. */
export function normalizeNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

/** Whitespace other than single inner spaces; fixed-length alternatives, so linear. */
const UNCLEAN = /[^\S ]| {2}|^ | $/;

/** Runs of whitespace (newlines, tabs, no-break spaces…) become one space; ends are trimmed. */
export function collapseWhitespace(text: string): string {
  // Most abstracts are already clean, and testing is ~3x cheaper than replacing.
  if (!UNCLEAN.test(text)) return text;
  // `\s+` with the global flag is a single linear scan: no backtracking to fear.
  return text.replace(/\s+/g, ' ').trim();
}
