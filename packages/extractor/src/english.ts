// What compromise knows about English words, used without running its tagger:
// its lexicon (about 25k words with their part of speech) tells a function word,
// verb form or evaluative adjective ("novel", "robust", "proposed") from a
// content noun, so phrase boundaries and capitalised sentence starters are
// decided by a Map look-up instead of a tagger pass (see README: speed).
import nlp from 'compromise';

const lexicon: Record<string, string | string[]> = (
  nlp.model() as { one: { lexicon: Record<string, string | string[]> } }
).one.lexicon;

/** Tags that never start or continue a name of a task or technique. */
const NON_CONTENT = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'Adverb',
  'Adjective',
  'Comparative',
  'Superlative',
  'PastTense',
  'Gerund',
  'Modal',
  'Copula',
  'QuestionWord',
  'Value',
  'Ordinal',
  'Cardinal',
  'Negative',
  'Condition',
  'Reflexive',
  'Expression',
  'Participle',
]);

/** Tags of capitalised words that are places, people or dates, not entities. */
const PROPER_NON_ENTITY = new Set([
  'Demonym',
  'Country',
  'City',
  'Region',
  'Place',
  'Month',
  'WeekDay',
  'Currency',
  'Unit',
  'Date',
  'Honorific',
]);

function tagsOf(word: string): string[] {
  // Own keys only: "constructor" or "toString" must not reach Object.prototype.
  if (!Object.hasOwn(lexicon, word)) return [];
  const tag = lexicon[word];
  if (tag === undefined) return [];
  return typeof tag === 'string' ? tag.split(',') : tag;
}

const contentCache = new Map<string, boolean>();

/** False for words compromise knows as function words, verb forms, adverbs or adjectives. */
export function isContentWord(lower: string): boolean {
  let known = contentCache.get(lower);
  if (known === undefined) {
    known = !tagsOf(lower).some((t) => NON_CONTENT.has(t)) && !/ly$/.test(lower);
    contentCache.set(lower, known);
  }
  return known;
}

/** True when compromise knows the word as an ordinary English word (any tag). */
export function isKnownWord(lower: string): boolean {
  return Object.hasOwn(lexicon, lower);
}

/** True for places, nationalities, months and units. */
export function isProperNonEntity(lower: string): boolean {
  return tagsOf(lower).some((t) => PROPER_NON_ENTITY.has(t));
}

const VERB_TAGS = new Set([
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Verb',
  'PhrasalVerb',
]);

/** True for words compromise lists as verb forms ("enable", "improves"), also via a plain "-s". */
export function isVerb(lower: string): boolean {
  if (tagsOf(lower).some((t) => VERB_TAGS.has(t))) return true;
  return lower.endsWith('s') && tagsOf(lower.slice(0, -1)).includes('Infinitive');
}
