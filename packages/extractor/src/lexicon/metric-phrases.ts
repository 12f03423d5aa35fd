// Lexicon: lower-case measures no lexicon lists, read by their head in a measurement
// context (`analyse/06-metric-phrase`). A paper that "reduces refusal rates by 12%",
// reports "a conservation error of 1e-3" or compares methods "in terms of alignment
// rate" names a measure (dev-p #36298, #51876, dev-q #73422; GUIDELINES.md: metrics are
// what is measured). The bench-corpus papers (medicine, robotics, remote sensing) name
// many such domain measures; the lexicon cannot list them.

/** Heads of a measure phrase (plural too). */
export const MEASURE_PHRASE_HEADS = new Set([
  'rate',
  'rates',
  'error',
  'errors',
  'score',
  'scores',
]);

/**
 * Qualifiers that make the phrase a setting or a quantity, not a measure: "learning rate",
 * "sampling rate", "frame rate" (a speed the lexicon lists already), "bit rate", "dropout
 * rate", "mask(ing) rate", "compression rate" (lexicon), "firing rate" (spiking networks),
 * "attention scores", "confidence scores", "importance scores" (quantities a method
 * computes), "quantization error", "approximation error", "reconstruction error" (what a
 * method minimises; the gold keeps them as measures only when reported, rarely).
 */
export const NON_MEASURE_QUALIFIERS = new Set([
  'learning',
  'sampling',
  'frame',
  'bit',
  'dropout',
  'mask',
  'masking',
  'compression',
  'firing',
  'attention',
  'confidence',
  'importance',
  'similarity',
  'relevance',
  'quantization',
  'approximation',
  'reconstruction',
  'rounding',
  'truncation',
  'discretization',
  'growth',
  'interest',
  'token',
  'data',
  'feedback', // "local feedback error": a training signal (dev-g #331)
  'maximum', // "the maximum rate that can be served": a bound, not the measure (dev-i #53)
  'minimum',
]);
