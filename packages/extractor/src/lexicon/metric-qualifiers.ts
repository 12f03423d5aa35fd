// Lexicon: what may qualify a bare measure head (`analyse/06-metric-qualified`). A
// task or object noun before "accuracy" names the narrower measure the paper reports,
// and the annotators list it so: "lip-sync accuracy", "pose accuracy" (dev-p), "execution
// accuracy", "diagnostic accuracy" (dev-s), "forecast accuracy" (dev-c), "clustering
// accuracy" (dev-j), "detection accuracy" (dev-q). Generic qualifiers are not a narrower
// measure: "model accuracy", "downstream accuracy", "overall accuracy", "final accuracy"
// are the bare measure in the gold (dev-b, dev-c, dev-d, dev-e).

/** Lexicon names of the measures a noun before them narrows. */
export const QUALIFIED_MEASURES = new Set(['accuracy', 'success rate', 'error rate']);

/**
 * Nouns before a measure that do not narrow it (each: the gold keeps the bare measure, or
 * the word names the model or the setting, not what is measured).
 */
export const GENERIC_QUALIFIERS = new Set([
  'model', // "maintaining model accuracy" (dev-c #187, dev-e #449: bare)
  'models',
  'downstream', // "degrading the downstream accuracy" (dev #230: bare)
  'overall', // dev-b #2: bare
  'final', // dev-d #174: bare
  'general', // dev #410: bare
  'baseline', // the compared system, not the measure
  'system',
  'network',
  'method',
  'performance', // "performance accuracy": a restatement
  'level', // "human level accuracy": a bar, not a measure
  'percent', // "95 percent accuracy": the value's unit
  'percentage',
  'point', // "2 point accuracy gain"
  'points',
  'state', // "state-of-the-art" split by the tokenizer
  'art',
  // Verbs compromise lists as nouns only: "can preserve accuracy" (dev-s #57604).
  'preserve',
  'retain',
  'boost',
  'increase',
  'decrease',
  'drop',
]);

/**
 * Endings of nouns compromise does not list: "execution", "alignment", "refusal",
 * "diagnostic", "consistency". An unknown word without one ("downstream", "demonstrate",
 * "achievable") is not read as a qualifier, nor is one in "-ing", a verb far more often
 * ("maximizing accuracy", dev-d #274) than a noun ("clustering accuracy").
 */
export const NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ity|ness|al|ic|sis|cy|ure)$/;
