// Lexicon: endings that make a capitalised word an English derived word, not a name.
// Step 4 reads a lone capitalised word that compromise does not list as a name, and its
// lexicon is small: "Openness", "Conservative" (personality labels, dev-q #4000, dev-r
// #47816), "Customization", "Association", "Hierarchical" (a title word or a dataset's
// subject, dev-p #70686, dev-q #9290, #22307) came out as methods. Names of methods
// coined from one English word rarely take these derivational endings; the ones the gold
// keeps end otherwise ("Mistral", "Kling", "Splitwise": "-al", "-ing", "-ise" are left out
// for them). Counted on the tune files: 5 false, 0 true one-word methods with an ending here.

/** Derivational endings of English nouns and adjectives (abstract nouns, -ive/-ous adjectives). */
export const DERIVED_WORD =
  /(?:ness|ation|ition|ity|ment|ance|ence|ship|ism|ive|ical|ous|able|ible|ful|less)$/;

/**
 * Nouns naming the kind of thing a capitalised word before them is, beyond the cue words of
 * `TYPE_AFTER`: "Nerfacto methods", "Splitwise technique", "Ollama library", "Sinkhorn
 * algorithms", "Retinex theory", "Sobel filter". A name before one of them is still a name,
 * so `analyse/07-method-word-gate` does not read it as a modifier (bench corpus, round 11).
 */
export const KIND_NOUNS = new Set([
  'methods', // plural of the cue "method"
  'approaches', // plural of the cue "approach"
  'algorithms', // plural of the cue "algorithm"
  'frameworks', // plural of the cue "framework"
  'technique', // "Splitwise technique" (dev-j #226)
  'techniques',
  'library', // software named as a library: "the Ollama library"
  'toolkit',
  'solver', // "the Gurobi solver" (GUIDELINES.md, fifth round: solvers are used methods)
  'system', // "the Clover system"
  'theory', // "Retinex theory": a named model of vision
  'filter', // "Sobel filter", "Kalman filter"
  'operator', // "Sobel operator", "Laplace operator"
  'transform', // "Hough transform"
]);
