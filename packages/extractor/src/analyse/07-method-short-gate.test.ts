import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);

// Undefined two-letter acronyms are quantities or fields; defined and known ones stay.
describe('two-letter acronyms', () => {
  it.each([
    ['a tensor', 'We recompute the KV for preceding tokens.', 'KV'],
    ['a field', 'It matters for AR and VR headsets alike.', 'AR'],
  ])('drops %s', (_, abstract, token) => {
    expect(methods(abstract)).not.toContain(token);
  });

  it('keeps one the paper defines', () => {
    const found = methods('We add a scale estimator (SE) and train SE end to end.');
    expect(found).toContain('scale estimator');
  });

  it('keeps a longer acronym', () => {
    expect(methods('We compare with FCOS and ATSS detectors.')).toContain('FCOS');
  });
});
