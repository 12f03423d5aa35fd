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
