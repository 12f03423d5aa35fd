// `analyse`: the per-paper half of the extractor, as numbered steps. Pure and
// deterministic; its output is plain JSON that `resolve` turns into the
// corpus-wide `Extraction`.
import type { PaperText } from '../types';
import { prepare } from './01-prepare';
import { lexiconCandidates } from './02-lexicon';
import { acronymDefinitions } from './03-acronyms';
import { shapeCandidates, titleName } from './04-shape';
import { phraseCandidates } from './05-phrases';
import { gateTaskPhrases } from './05-task-gate';
import { typeByContext } from './06-context';
import { alignTitleDatasets } from './06-dataset-named';
import { modalityModels } from './06-task-model';
import { extendTitleTasks } from './06-task-title';
import { titleEchoTasks } from './06-task-title-echo';
import { groupEntities } from './07-entities';
import { measurePhrases } from './06-metric-phrase';
import { withMetricsAtK } from './06-metric-at-k';
import { assignRoles } from './08-roles';
import { findRelations, placeBySentence } from './09-relations';
import { findResults } from './10-results';
import type { Candidate, FieldDoc, PaperAnalysis } from './model';

export function analyse(paper: PaperText): PaperAnalysis {
  const docs = prepare(paper);
  const perField = docs.map((doc) => fieldCandidates(doc, docs));
  const gated = titleEchoTasks(
    perField.map((own) => gateTaskPhrases(own, docs)),
    docs,
  );
  const candidates: Candidate[] = [];
  const everyField = gated.flat();
  alignTitleDatasets(everyField);
  docs.forEach((doc, k) => {
    const own = gated[k] ?? [];
    const echoes = echoCandidates(doc, own, everyField);
    candidates.push(...(echoes.length === 0 ? own : [...own, ...echoes].sort(byPosition)));
  });
  const { entities, entityOf } = groupEntities(candidates);
  assignRoles(docs, candidates, entityOf, entities);
  const bySentence = placeBySentence(docs, candidates, entityOf);
  const relations = findRelations(docs, bySentence, entities);
  const results = findResults(docs, bySentence, entities);
  return { entities, relations, results };
}

function fieldCandidates(doc: FieldDoc, docs: readonly FieldDoc[]): Candidate[] {
  const lexical = lexiconCandidates(doc);
  const covered = new Uint8Array(doc.atoms.length);
  const definitions = acronymDefinitions(doc, lexical);
  // A continued long form ("key-value (KV) cache") already covers its short form.
  const fromDefinitions = definitions.flatMap((d) =>
    d.long.start <= d.short.start && d.long.end >= d.short.end ? [d.long] : [d.long, d.short],
  );
  // Definitions replace the lexicon spans they overlap (they carry the lexicon name).
  const kept = lexical.filter(
    (c) => !fromDefinitions.some((d) => d.start < c.end && c.start < d.end),
  );
  let found: Candidate[] = [...withMetricsAtK(doc, kept), ...fromDefinitions];
  mark(covered, found);
  const title = titleName(doc, docs);
  if (title !== null) {
    const overlapping = found.filter((c) => c.start < title.end && title.start < c.end);
    // A one-token compound ("Duo-LLM", "MoE-LLaVA") is the paper's name even if the
    // lexicon knows a part of it; a multi-word head with known terms is left to them.
    const oneToken = !/\s/.test(title.name);
    const exact = overlapping.some((c) => c.start === title.start && c.end === title.end);
    if (overlapping.length === 0 || (oneToken && !exact)) {
      found = found.filter((c) => !overlapping.includes(c));
      found.push(title);
      covered.fill(0);
      mark(covered, found);
    }
  }
  const shapes = shapeCandidates(doc, covered);
  mark(covered, shapes);
  const phrases = phraseCandidates(doc, covered);
  mark(covered, phrases);
  const measures = measurePhrases(doc, covered);
  const all = [...found, ...shapes, ...phrases, ...measures].sort(byPosition);
  typeByContext(all);
  const typed = modalityModels(all);
  return doc.field === 'title' ? extendTitleTasks(typed) : typed;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Names found elsewhere in the paper, repeated where shape alone could not see
 * them: at the start of a sentence ("Zipper, a novel decoder, …") or in the title.
 */
function echoCandidates(doc: FieldDoc, own: Candidate[], all: Candidate[]): Candidate[] {
  const named = new Map<string, Candidate>();
  for (const c of all) {
    if (c.source === 'shape' || c.source === 'title' || c.source === 'acronym') {
      if (c.a1 - c.a0 === 1) named.set(c.doc.text.slice(c.start, c.end), c);
    }
  }
  if (named.size === 0) return [];
  const covered = new Uint8Array(doc.atoms.length);
  mark(covered, own);
  const out: Candidate[] = [];
  // A handful of names: comparing each atom with them beats hashing every atom's text.
  const few = named.size <= 8 ? [...named] : null;
  doc.atoms.forEach((atom, i) => {
    if (covered[i] === 1) return;
    const c = few === null ? named.get(atom.text) : few.find(([text]) => text === atom.text)?.[1];
    if (c === undefined) return;
    const echo: Candidate = {
      ...c,
      doc,
      a0: i,
      a1: i + 1,
      start: atom.start,
      end: atom.end,
      source: 'shape',
    };
    delete echo.short;
    out.push(echo);
  });
  return out;
}

function mark(covered: Uint8Array, candidates: Candidate[]): void {
  for (const c of candidates) covered.fill(1, c.a0, c.a1);
}

export type { PaperAnalysis, LocalEntity, LocalRelation, LocalResult } from './model';
