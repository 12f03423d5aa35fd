// The compiled lexicon: the integer edge table of `childOf` is the character
// trie, and `mayStartMatch` passes every prefix (and plural) of every form.
import { describe, expect, it } from 'vitest';
import { childOf, compact, LEXICONS, mayStartMatch, trieNode, TRIE } from './index';

const KEYS = Object.values(LEXICONS)
  .flat()
  .flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
  .map(compact)
  .filter((key) => key.length > 0);

describe('compiled lexicon', () => {
  it('childOf follows the same edges as the trie', () => {
    const stack = [TRIE];
    let edges = 0;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      expect(trieNode(node.id)).toBe(node);
      for (const [ch, child] of node.next) {
        expect(childOf(node.id, ch.charCodeAt(0))).toBe(child.id);
        stack.push(child);
        edges++;
      }
      expect(childOf(node.id, '#'.charCodeAt(0))).toBe(node.next.get('#')?.id ?? -1);
    }
    expect(edges).toBeGreaterThan(1000);
  });

  it('mayStartMatch passes every prefix of every form, and its plural', () => {
    for (const key of KEYS) {
      for (let k = 1; k <= key.length; k++) expect(mayStartMatch(key.slice(0, k))).toBe(true);
      if (key.length >= 3) expect(mayStartMatch(`${key}s`)).toBe(true);
    }
  });

  it.each([
    ['qwen25', true], // a family glued to its version
    ['zzqx', false],
    ['', false],
  ])('mayStartMatch(%j) is %s', (key, expected) => {
    expect(mayStartMatch(key)).toBe(expected);
  });
});
