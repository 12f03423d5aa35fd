// Experiment: a lexicon learned from the other gold files. For each fold, every gold name of
// the training files becomes a term, kept only when it is gold in at least two training papers
// and in at least half of the training papers whose text contains it but whose extraction
// lacks it (its precision as an addition); kept terms found in a held-out paper's text are
// added to its extraction. Question: do the gold names recur enough across papers to pay?
//
//   tsx eval/experiments/gold-lexicon.ts [--rate=0.5] [--min=2]
//
// Measured 2026-11-23 (extractor at dbf910f, before round 11) on 691 dev papers (5 folds): 25–38 of ~2,700 terms kept per fold;
// overall F1 0.789 → 0.789 (P 0.796 → 0.792, R 0.782 → 0.787). Not kept.
import type { Entity, EntityType } from '../../src/types';
import { addCounts, emptyCounts, normaliseSurface, scorePaper, type Counts } from '../score';
import { asEntities, devPapers, f1, foldOf, scoreLine, type DevPaper } from './common';

const args = process.argv.slice(2);
const minRate = Number(args.find((a) => a.startsWith('--rate='))?.slice(7) ?? 0.5);
const minGold = Number(args.find((a) => a.startsWith('--min='))?.slice(6) ?? 2);

interface Term {
  type: EntityType;
  /** Normalised surface, as the eval matches. */
  key: string;
  forms: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();
/** A form as a whole word (plural "s" allowed); lower-case forms match any case. */
function pattern(form: string): RegExp {
  let re = patterns.get(form);
  if (re === undefined) {
    const flags = form === form.toLowerCase() ? 'iu' : 'u';
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}s?(?![\\p{L}\\p{N}])`, flags);
    patterns.set(form, re);
  }
  return re;
}

function has(entities: { type: EntityType; name: string; aliases: string[] }[], t: Term): boolean {
  return entities.some(
    (e) => e.type === t.type && [e.name, ...e.aliases].some((a) => normaliseSurface(a) === t.key),
  );
}

function terms(train: DevPaper[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const { paper } of train)
    for (const g of paper.entities)
      for (const form of [g.name, ...g.aliases]) {
        // Capitalised single words are names the shape rules already see.
        if (form.length < 3 || (/^\p{Lu}\p{Ll}/u.test(form) && !/\s/.test(form))) continue;
        const key = normaliseSurface(form);
        const t = byKey.get(`${g.type}|${key}`) ?? { type: g.type, key, forms: [] };
        if (!t.forms.includes(form)) t.forms.push(form);
        byKey.set(`${g.type}|${key}`, t);
      }
  return [...byKey.values()];
}

const papers = devPapers();
const text = new Map(papers.map((p) => [p, `${p.paper.title}\n${p.paper.abstract}`]));
const predicted = new Map(papers.map((p) => [p, asEntities(p.local)]));
const K = 5;
const fold = foldOf(K);
const before = emptyCounts();
const after = emptyCounts();
const perFile = new Map<string, [Record<EntityType, Counts>, Record<EntityType, Counts>]>();
for (let k = 0; k < K; k++) {
  const train = papers.filter((p) => fold(p.file) !== k);
  const kept = terms(train).filter((t) => {
    let appear = 0;
    let gold = 0;
    for (const p of train) {
      if (has(predicted.get(p) ?? [], t)) continue;
      if (!t.forms.some((f) => pattern(f).test(text.get(p) ?? ''))) continue;
      appear++;
      if (has(p.paper.entities, t)) gold++;
    }
    return gold >= minGold && gold / appear >= minRate;
  });
  console.log(`fold ${k}: ${kept.length} terms kept`);
  for (const p of papers.filter((q) => fold(q.file) === k)) {
    const base = predicted.get(p) ?? [];
    const extra: Entity[] = [];
    for (const t of kept) {
      const form = t.forms.find((f) => pattern(f).test(text.get(p) ?? ''));
      if (form === undefined || has(base, t)) continue;
      extra.push({
        id: t.key,
        type: t.type,
        name: form,
        aliases: [form],
        mentions: [],
        confidence: 0.5,
      });
    }
    const b = scorePaper(base, p.paper.entities).byType;
    const a = scorePaper([...base, ...extra], p.paper.entities).byType;
    addCounts(before, b);
    addCounts(after, a);
    const pf = perFile.get(p.file) ?? [emptyCounts(), emptyCounts()];
    addCounts(pf[0], b);
    addCounts(pf[1], a);
    perFile.set(p.file, pf);
  }
}
console.log(`rules           ${scoreLine(before)}`);
console.log(`+ gold lexicon  ${scoreLine(after)}`);
for (const [file, [b, a]] of perFile) console.log(`  ${file.padEnd(12)} ${f1(b)} → ${f1(a)}`);
