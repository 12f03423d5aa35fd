// Step 6: type the shape-found names by their context: the word after ("the
// LiTS benchmark", "BLEU score"), the words before ("evaluated on X", "in terms
// of X"), and coordination with typed names ("ImageNet, COCO and X" → dataset).
// Known tasks and techniques first take their modifiers (`06-task-extent`: "medication
// recommendation"; `06-method-extent`: "iterative pruning"; `06-dataset-extent`: "SNLI-VE";
// `06-metric-extent`: "inference speedup"); names introduced as datasets are typed
// (`06-dataset-named`: "DAWN (Dataset for …)", "TT4D: A Pipeline and Dataset for …"); last,
// "GLUE score" becomes a metric beside its dataset (`06-dataset-score`).
import {
  APPOSITIVE_DATASET,
  DATASET_NAME,
  MODEL_SIZE_NAME,
  ON_NOT_DATASET,
  TYPE_AFTER,
  TYPE_BEFORE,
} from '../lexicon/cues';
import type { Candidate } from './model';
import { gap } from './01-prepare';
import { addDatasetScores } from './06-dataset-score';
import { extendDatasets } from './06-dataset-extent';
import { typeNamedDatasets } from './06-dataset-named';
import { extendMethods } from './06-method-extent';
import { extendMetrics } from './06-metric-extent';
import { extendTasks } from './06-task-extent';

export function typeByContext(candidates: Candidate[]): void {
  extendTasks(candidates);
  extendMethods(candidates);
  extendDatasets(candidates);
  extendMetrics(candidates);
  typeNamedDatasets(candidates);
  for (const c of candidates) {
    if (c.typed) continue;
    const { atoms } = c.doc;
    const after = atoms[c.a1];
    if (after !== undefined && /^[\s-]$/.test(gap(c.doc, c.a1))) {
      const t = TYPE_AFTER[after.lower];
      if (t !== undefined) {
        c.type = t;
        c.typed = true;
        continue;
      }
    }
    // A model size in the name ("Baichuan-Small", "UL2-20B", "NViT-Base") makes it a model,
    // whatever "on X" or a list says about it.
    if (MODEL_SIZE_NAME.test(c.name)) {
      c.typed = true;
      continue;
    }
    if (DATASET_NAME.test(c.name) && c.a1 - c.a0 <= 3) {
      c.type = 'dataset';
      c.typed = true;
      continue;
    }
    for (const cue of TYPE_BEFORE) {
      if (matchesBefore(c, cue.words)) {
        c.type = cue.type;
        c.typed = true;
        break;
      }
    }
    if (c.typed) continue;
    if (
      (c.source === 'shape' && afterOn(c)) ||
      APPOSITIVE_DATASET.test(c.doc.text.slice(c.end, c.end + 80))
    ) {
      c.type = 'dataset';
      c.typed = true;
    }
  }
  // Coordination: "on ImageNet, COCO and X" gives X the type of its neighbours.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c === undefined || c.typed) continue;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      for (const other of [prev, next]) {
        if (other === undefined || other.doc !== c.doc || !other.typed) continue;
        const between =
          other.end <= c.start
            ? c.doc.text.slice(other.end, c.start)
            : c.doc.text.slice(c.end, other.start);
        // A value in brackets may sit between: "MSU-MFSD (3.12%), Replay-Attack (11.19%)"; so
        // may further sizes of a variant ("Kinetics-400/600/700, Moments-in-Time") and the end
        // of a bracketed sub-list ("RewardBench (incl. AlpacaEval and LLMBar), RewardMath").
        if (/^(?:\/\d+)*\)?\s*(?:\([^()]{1,20}\))?\s*(?:,|,?\s*and|,?\s*or|\/)\s*$/.test(between)) {
          // "… Challenge (LPCVC), DSP classification track": a bracket that defines a short
          // form closes no sub-list (dev-d #24).
          if (/^\/?\d*\)/.test(between) && other.source === 'acronym') continue;
          // "On ImageNet-1K, NViT-Base achieves …": a comma ending an opening phrase, then
          // the subject of a verb, is no list.
          if (other.end <= c.start && /^\s*,\s*$/.test(between) && subjectOfVerb(c)) continue;
          c.type = other.type;
          c.typed = true;
          break;
        }
      }
    }
  }
  addDatasetScores(candidates);
}

/** True when the atoms just before the candidate (skipping "the") are `words`. */
function matchesBefore(c: Candidate, words: string[]): boolean {
  // "… STEM benchmarks, SwiReasoning improves": a comma ends the cue's phrase (dev-p #31538);
  // a colon introduces it ("benchmarks: CMB, CMExam").
  if (!/^[\s(:]*$/.test(gap(c.doc, c.a0))) return false;
  let k = c.a0 - 1;
  if (c.doc.atoms[k]?.lower === 'the') k--;
  for (let w = words.length - 1; w >= 0; w--, k--) {
    if (c.doc.atoms[k]?.lower !== words[w]) return false;
    if (k < c.a0 - 1 && gap(c.doc, k + 1).trim() !== '') return false;
  }
  return true;
}

/** "on X" (optionally "on the X"), where the word before "on" is not "based", "built" …. */
function afterOn(c: Candidate): boolean {
  let k = c.a0 - 1;
  if (c.doc.atoms[k]?.lower === 'the') k--;
  if (c.doc.atoms[k]?.lower !== 'on') return false;
  const before = c.doc.atoms[k - 1];
  return before === undefined || !ON_NOT_DATASET.has(before.lower);
}

/** The candidate is followed by a verb form ("X achieves", "X outperforms"). */
function subjectOfVerb(c: Candidate): boolean {
  let k = c.a1;
  // An adverb may come first: "…, SwiReasoning consistently improves" (dev-p #31538).
  if (c.doc.atoms[k]?.lower.endsWith('ly') === true && gap(c.doc, k) === ' ') k++;
  const next = c.doc.atoms[k];
  if (next === undefined || gap(c.doc, k) !== ' ') return false;
  return /^(?:achieves|outperforms|improves|reaches|obtains|attains|surpasses|yields|gets|is|was|has|sets|runs|reduces|delivers)$/.test(
    next.lower,
  );
}
