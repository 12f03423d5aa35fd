// Step 6f: names a paper gives a dataset by how it introduces them, not by their
// shape. An acronym whose long form is a dataset ("Dataset for Automated Workflows
// and Numerical Modeling (DAWN)", "Bird-Bench (BIRD) benchmark") is typed method by
// its head word in step 3; and the name before a title's colon is the paper's dataset
// when the description after the colon is one ("TT4D: A Pipeline and Dataset for …",
// "SPM-Bench: Benchmarking Large Language Models for …"): 8 of 8 such titles in the
// tune files are annotated datasets (dev-e, dev-g, dev-p … dev-s).
import { DATASET_DESCRIPTION, DATASET_LONG_FORM, TYPE_AFTER } from '../lexicon/cues';
import { lookup } from '../lexicon';
import type { Candidate } from './model';

/** Retypes dataset definitions and a dataset title name in one field, in place. */
export function typeNamedDatasets(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'method') continue;
    if (c.source === 'title' && DATASET_DESCRIPTION.test(c.doc.text.slice(c.end, c.end + 120))) {
      c.type = 'dataset';
      c.typed = true;
    } else if (c.source === 'acronym' && c.short !== undefined && datasetDefinition(c)) {
      for (const o of candidates) {
        if (o.source === 'acronym' && o.short === c.short && o.name === c.name) o.type = 'dataset';
      }
    }
  }
}

/** The long form reads as a dataset, or a dataset word follows the definition. */
function datasetDefinition(c: Candidate): boolean {
  if (lookup(c.name) !== undefined) return false;
  if (DATASET_LONG_FORM.test(c.name)) return true;
  // "Bird-Bench (BIRD) benchmark": the word after the closing bracket.
  const after = /^\s*\)\s+([a-z]+)/.exec(c.doc.text.slice(c.end, c.end + 40));
  const word = after?.[1];
  return word !== undefined && TYPE_AFTER[word] === 'dataset';
}

/**
 * A shape guess elsewhere in the paper with the surface of a dataset title name takes its
 * type ("TT4D" in the abstract of "TT4D: A Pipeline and Dataset for …"). Across fields, after
 * each field is typed.
 */
export function alignTitleDatasets(candidates: Candidate[]): void {
  const names = new Set<string>();
  for (const c of candidates) if (c.source === 'title' && c.type === 'dataset') names.add(c.name);
  if (names.size === 0) return;
  for (const c of candidates) {
    if (c.source === 'shape' && c.type === 'method' && names.has(c.name)) {
      c.type = 'dataset';
      c.typed = true;
    }
  }
}
