// Text clean-up shared by every reader: the title and abstract we keep are the strings the
// extractor's offsets index, so they are normalised here, once, and never again downstream.

/** `\r\n` and lone `\r` become `\n`; a leading byte-order mark is dropped. */
export function normalizeNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

/** Runs of whitespace (newlines, tabs, no-break spaces…) become one space; ends are trimmed. */
export function collapseWhitespace(text: string): string {
  // Most abstracts are already clean: a char-code scan is ~10x cheaper than the replace.
  if (!needsCollapse(text)) return text;
  // `\s+` with the global flag is a single linear scan: no backtracking to fear.
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `text` has whitespace other than single inner spaces. */
function needsCollapse(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return true;
    } else if (c <= 13 || c === 0x85 || c === 0xa0 || c > 0x167f) {
      if (isOtherSpace(c)) return true;
    }
  }
  return false;
}

/** The characters `\s` matches besides the plain space. */
function isOtherSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
