// Each lexicon names a thing once: a second entry with the same canonical name is
// data written twice, and the two copies drift (one gains an alias, the other not).
// Entries that only add a condition (`after`, `requires`) to a name are allowed.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../types';
import { LEXICONS } from './index';

describe('lexicon entries', () => {
  it.each(ENTITY_TYPES)('%s: every unconditional canonical name appears once', (type) => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const entry of LEXICONS[type]) {
      if (entry.after !== undefined || entry.requires !== undefined) continue;
      const key = entry.name.toLowerCase();
      if (seen.has(key)) twice.push(entry.name);
      seen.add(key);
    }
    expect(twice).toEqual([]);
  });
});
