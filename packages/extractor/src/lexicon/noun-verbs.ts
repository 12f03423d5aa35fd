// Verbs that are also nouns: compromise reads "code", "question", "track" as verbs, but as
// the modifier of a head they are nouns ("code generation", "question answering", "object
// tracking"). Steps 5 and 6b read it.
import { words } from './words';

/** Verbs that are also nouns, allowed as modifiers ("code generation", "question answering"). */
export const NOUN_VERBS = words(`
  code question object face answer point design query test search process plan program scene track
  link rank match edit image video speech text language motion pose depth flow view sound voice music
  graph node entity relation event action time series trajectory style color shape mask frame token
  model tensor layer weight temperature compound block channel head step stage reward value
`);
