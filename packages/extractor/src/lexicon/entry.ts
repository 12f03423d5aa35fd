// The shape of one lexicon entry. Lexicons are data: each entry names a thing,
// lists the other ways it is written, and says why it is there (a source or a
// reason), so a reviewer can challenge any single line.

export interface LexiconEntry {
  /** Canonical name, written the way the field writes it. */
  name: string;
  /** Other surface forms (acronyms, spellings). Case, hyphen, space and plural variants need not be listed. */
  aliases?: string[];
  /** Why this is an entity of this type: source, definition or example. */
  note: string;
  /**
   * Match only when the text has an upper-case letter in it: for names that
   * are also common words ("Adam", "CLIP", "Dice", "GLUE", "Pile").
   */
  cased?: boolean;
  /** Match only when the same text also matches this ("precision" needs "recall" nearby to be a metric). */
  requires?: RegExp;
  /**
   * Match only when the text just before the match (a few words) matches this:
   * "parameters" is a measure after "3.7M" or "fewer", not in "the parameters of".
   */
  after?: RegExp;
  /** A family whose numbered variants ("ResNet-50", "Llama-2-7B") are their own entities linked to it. */
  family?: boolean;
}

/** Compact entry constructor: `e('ImageNet', 'Deng et al. 2009', ['ILSVRC'])`. */
export function e(
  name: string,
  note: string,
  aliases?: string[],
  options?: { cased?: boolean; family?: boolean; requires?: RegExp; after?: RegExp },
): LexiconEntry {
  return { name, note, ...(aliases ? { aliases } : {}), ...options };
}

/** A family entry: its variants ("GPT-4", "ResNet-50") become entities linked to it. */
export function f(name: string, note: string, aliases?: string[], cased = false): LexiconEntry {
  return e(name, note, aliases, { family: true, ...(cased ? { cased } : {}) });
}

/** A name that is also an English word: matched only when written with a capital. */
export function c(name: string, note: string, aliases?: string[], family = false): LexiconEntry {
  return e(name, note, aliases, { cased: true, ...(family ? { family } : {}) });
}
