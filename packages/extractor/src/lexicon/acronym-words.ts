// Word sets for step 3 (`analyse/03-acronyms`), which pairs a short form with its long form
// ("Vision Transformer (ViT)"): the words a long form does not start with, and the nouns after
// the bracket that still belong to the defined phrase.

/**
 * Words a long form never starts with: determiners and the words that introduce a name, "the
 * proposed Vision Transformer (ViT)", "a novel … (X)", "a method called … (X)". Step 3 drops them
 * from the front of the long form.
 */
export const LONG_FORM_LEADING = new Set([
  'the',
  'a',
  'an',
  'our',
  'novel',
  'new',
  'this',
  'these',
  'its',
  'their',
  'proposed',
  'called',
  'named',
  'and',
  'or',
  'of',
  'with',
  'using',
  'via',
  'by',
]);

/**
 * Nouns that continue a defined acronym's phrase, beside the task and technique heads:
 * "key-value (KV) cache" ("KV cache" is the name the field uses).
 */
export const ACRONYM_CONTINUATIONS = new Set(['cache']);
