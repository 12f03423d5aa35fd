// Regression: words that are Object.prototype keys ("constructor", "toString") once reached
// compromise's lexicon object through a plain index and threw on 4 of the 75k bench abstracts.
import { describe, expect, it } from 'vitest';
import { extract } from './index';

describe('extract on words that are Object.prototype keys', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'Constructor'])(
    '%s does not throw and keeps offsets valid',
    (word) => {
      const paper = {
        title: `${word} ${word}`,
        abstract: `The ${word} of ResNet-50 on ImageNet. ${word}s.`,
      };
      const result = extract(paper);
      expect(result.entities.some((e) => e.id === 'dataset:imagenet')).toBe(true);
      for (const entity of result.entities) {
        for (const m of entity.mentions) expect(paper[m.field].slice(m.start, m.end)).toBe(m.text);
      }
    },
  );
});
