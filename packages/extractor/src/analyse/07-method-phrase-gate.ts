// Step 7d: technique phrases on a weak head. Step 5 builds lower-case method phrases
// on the technique heads of `lexicon/cues.ts` ("speculative decoding", "channel
// attention"). Some of those heads name a process far more often than a technique:
// "classical computation", "skip computation", "neural scaling", "uniform sampling",
// "matrix decomposition", "feature learning", "representation pretraining". Counted
// on dev … dev-h (every lower-case phrase method step 5 built on them, gold or not):
// computation 0 of 8 in the gold, decomposition 0 of 3, pretraining 0 of 2, scaling 1 of
// 7, sampling 1 of 6, learning 2 of 10. On these heads only the lexicon's phrases
// ("contrastive learning", "negative sampling", "adaptive computation") are methods;
// the other heads (decoding, attention, tuning …) stay open.
import { WEAK_METHOD_HEADS } from '../lexicon/weak-methods';
import type { Candidate } from './model';

/** False for a phrase-built method on a weak head. */
export function keepMethodPhrase(c: Candidate): boolean {
  if (c.source !== 'phrase' || c.type !== 'method') return true;
  const atom = c.doc.atoms[c.a1 - 1];
  return atom === undefined || !WEAK_METHOD_HEADS.has(atom.lower);
}
