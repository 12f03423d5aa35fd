// Stable paper ids. A record keeps the id its input gives, exactly; without one, its id is
// derived from the normalised title so that the same paper read twice gets the same id.
//
// The rule, in order:
//   1. Unicode NFKD, combining marks dropped (accents folded: "Mélange" → "melange"), lower case;
//   2. every run of characters that are not letters or digits becomes one hyphen, and hyphens at
//      the ends are dropped ("MIMO Is All You Need : A Strong…" → "mimo-is-all-you-need-a-strong…");
//      letters of any script are kept, so a title in Chinese still has a readable id;
//   3. ids longer than 80 characters are cut to at most 71 (at a hyphen when one is near) and get
//      a hyphen and 8 hex digits of the FNV-1a hash of the whole normalised title, so two long
//      titles sharing a prefix still differ;
//   4. a title with no letter or digit at all gives `untitled-<hash>`.

const MAX_ID_LENGTH = 80;
const HASH_LENGTH = 8;

/** The normalised title: the key duplicates are matched on when no id is given. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The id derived from a title when the input gives none (rule in the header). */
export function titleId(title: string): string {
  const normalized = normalizeTitle(title);
  if (normalized === '') return `untitled-${fnv1a(title)}`;
  if (normalized.length <= MAX_ID_LENGTH) return normalized;
  const room = MAX_ID_LENGTH - HASH_LENGTH - 1;
  let prefix = normalized.slice(0, room);
  const lastHyphen = prefix.lastIndexOf('-');
  // Cut at a word boundary unless that would throw away most of the prefix.
  if (lastHyphen > room / 2) prefix = prefix.slice(0, lastHyphen);
  return `${prefix.replace(/-$/, '')}-${fnv1a(normalized)}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: small, pure and deterministic. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(HASH_LENGTH, '0');
}
