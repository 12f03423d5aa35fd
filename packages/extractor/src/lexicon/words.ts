// Helper for the lexicon files that write a long word list as one whitespace-separated string.

/** A set from whitespace-separated words (keeps long word lists readable). */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}
