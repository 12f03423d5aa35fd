// Name normalisation shared by every step: the fold key that decides when two
// surface forms are "the same name" (case, accents, hyphens, spaces, plural),
// and the slug that turns a canonical name into a stable entity id.
import type { EntityType } from './types';

/** Lower case, accents folded (NFKD without combining marks). */
export function foldCase(text: string): string {
  // Plain ASCII (almost every name) needs no Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The singular of a lower-case word, by the plural rules that matter for names
 * in abstracts ("ViTs" → "vit", "strategies" → "strategy"); words that only
 * look plural ("loss", "corpus", "analysis", "bias") are kept.
 */
export function singular(word: string): string {
  if (word.length < 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (
    word.endsWith('ches') ||
    word.endsWith('shes') ||
    word.endsWith('sses') ||
    word.endsWith('xes')
  )
    return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The key under which surface forms fold together: "Mixture-of-Experts",
 * "mixture of experts" and "Mixtures of Experts" share one key; so do "ViT" and
 * "ViTs". Only the last word is singularised; everything but letters and digits goes.
 */
export function foldKey(text: string): string {
  const ascii = foldKeyAscii(text);
  if (ascii !== null) return ascii;
  const words = foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const last = words.length - 1;
  if (last < 0) return '';
  words[last] = singular(words[last] ?? '');
  return words.join('');
}

/**
 * `foldKey` for plain ASCII text in one pass, without splitting (it runs several times per
 * candidate span); null when the text has a character outside ASCII.
 */
function foldKeyAscii(text: string): string | null {
  let lastStart = -1;
  let lastEnd = -1;
  let inWord = false;
  let upper = false;
  // Some character other than a letter or digit before the last word.
  let cut = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return null;
    if (c >= 65 && c <= 90) upper = true;
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (alnum && !inWord) {
      if (k > 0) cut = true;
      lastStart = k;
    }
    if (alnum) lastEnd = k + 1;
    inWord = alnum;
  }
  if (lastStart < 0) return '';
  const lower = upper ? text.toLowerCase() : text;
  const head = lastStart === 0 ? '' : lower.slice(0, lastStart);
  return (cut ? head.replace(/[^a-z0-9]+/g, '') : head) + singular(lower.slice(lastStart, lastEnd));
}

/** `Vision Transformer` → `vision-transformer`: lower case, accents folded, runs of other characters → `-`. */
export function slugify(name: string): string {
  return foldCase(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The canonical id of an entity: `${type}:${slug}`, e.g. `method:vision-transformer`. */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${slugify(name)}`;
}
