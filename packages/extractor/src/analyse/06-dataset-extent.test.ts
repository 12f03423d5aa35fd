import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const datasets = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'dataset')
    .map((e) => e.name);

// Named variants from dev-b abstracts ("CIFAR100-MTL", "SNLI-VE", "VTAB-1k").
describe('dataset variants', () => {
  it.each([
    ['a task suffix', 'We test on CIFAR100-MTL with five tasks.', 'CIFAR100-MTL'],
    ['an acronym suffix', 'Results on SNLI-VE improve.', 'SNLI-VE'],
    ['a size suffix', 'It adapts well on VTAB-1k tasks.', 'VTAB-1k'],
    ['not a lower-case word', 'We use SNLI-based probes.', 'SNLI'],
    ['not without a hyphen', 'We use SNLI VE probes.', 'SNLI'],
  ])('%s', (_label, abstract, name) => {
    expect(datasets(abstract)).toContain(name);
  });
});
