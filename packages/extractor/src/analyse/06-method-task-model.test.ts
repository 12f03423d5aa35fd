// Table tests for step 6g: a mapping compound before "model(s)" names a class of models.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typed = (abstract: string): string[] =>
  extract({ title: 'A study', abstract }).entities.map((e) => `${e.type}:${e.name}`);

describe('mapping models', () => {
  it.each([
    ['Recent text-to-image models render text poorly.', 'method:text-to-image model'],
    ['We fine-tune a text-to-image model on faces.', 'method:text-to-image model'],
    ['We study text-to-image generation at scale.', 'task:text-to-image generation'],
  ])('%s → %s', (abstract, entity) => {
    expect(typed(abstract)).toContain(entity);
  });

  it('leaves a mapping task without "model" a task', () => {
    expect(typed('We improve text-to-image with better captions.')).not.toContain(
      'method:text-to-image model',
    );
  });
});
