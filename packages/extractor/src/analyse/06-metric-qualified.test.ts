import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const metrics = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'metric')
    .map((e) => e.name);

// A noun before a bare measure names the narrower measure (dev-p #67745, #70686, dev-s #62412).
describe('qualified measure', () => {
  it.each([
    ['a task noun', 'It improves both pose accuracy and identity consistency.', 'pose accuracy'],
    ['a hyphen compound', 'It wins in both lip-sync accuracy and fidelity.', 'lip-sync accuracy'],
    ['after a value', 'It attains a 61.06% execution accuracy on BIRD.', 'execution accuracy'],
    [
      'a success rate',
      'It raises the impersonation success rate to 52%.',
      'impersonation success rate',
    ],
    ['an adjective', 'It reaches high accuracy on two sets.', 'accuracy'],
    ['a verb', 'Pruning can preserve accuracy under compression.', 'accuracy'],
    ['a generic noun', 'It keeps model accuracy within 1%.', 'accuracy'],
    ['an unknown word', 'It keeps downstream accuracy within 1%.', 'accuracy'],
    ['a longer compound', 'It improves question answer accuracy by 3%.', 'accuracy'],
    ['a sentence start', 'We win. Accuracy rises by 3%.', 'accuracy'],
  ])('%s', (_label, abstract, name) => {
    expect(metrics(abstract)).toContain(name);
  });
});
