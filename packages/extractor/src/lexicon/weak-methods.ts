// Method terms the gold rarely keeps as they are found: technique heads whose free phrases
// are processes more often than techniques (step 7d, `07-method-phrase-gate`), and lexicon
// names that are umbrella terms when written bare (step 7c, `07-method-gate`).

/**
 * Technique heads whose free phrases the gold almost never keeps (step 7d). Counted on dev …
 * dev-h, every lower-case phrase method step 5 built on them, gold or not: computation 0 of 8,
 * decomposition 0 of 3, pretraining 0 of 2, scaling 1 of 7, sampling 1 of 6, learning 2 of 10.
 */
export const WEAK_METHOD_HEADS = new Set([
  'computation',
  'computations',
  'decomposition',
  'decompositions',
  'pretraining',
  'scaling',
  'sampling',
  'learning',
]);

/**
 * Lexicon names (canonical, lower case) that are umbrella terms when written bare (step 7c):
 * "language model" (231 dev papers: kept in 5 of the 23 it was predicted in), "adapter" (kept
 * in 1 of 5). "convolution" was tried: scirex method F1 0.601 → 0.594, so it is not here.
 */
export const UMBRELLA_METHODS = new Set(['language model', 'adapter']);
