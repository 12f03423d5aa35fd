// `pnpm eval`: scores the extractor. Runs `extractCorpus` over every paper of
// data/ (as the CLI would) and over the gold papers from elsewhere (the bench corpus
// samples), finds the gold papers by normalised title, and
// prints paper-level P/R/F1 per type on dev and test, role accuracy, result
// tuples, relations (on the papers with relation gold in data/gold/relations/), offset
// validity, and relaxed mention-level scores on the public sets.
// `--json` prints the same figures as JSON; `--errors dev` lists misses on dev;
// `--hold-out dev-t,dev-u` leaves those dev files out of every figure and listing (they are
// still extracted, so the other files' figures do not move), for tuning runs that must not
// see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '@papergraph/corpus/node';
import { extractCorpus } from '../src/index';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type Extraction,
  type PaperText,
  type RelationType,
} from '../src/types';
import {
  addCounts,
  emptyCounts,
  normaliseTitle,
  offsetValidity,
  overlapCounts,
  prf,
  scorePaper,
  scoreRelations,
  scoreResults,
  total,
  type Counts,
  type GoldPaper,
  type GoldRelation,
  type GoldRelationLine,
  RELATION_TARGET,
  type Prf,
  type SpanGold,
} from './score';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const goldDir = join(root, 'data/gold');

/** A split's gold files: `dev.jsonl` and any `dev-<part>.jsonl` beside it. */
function goldFiles(split: string): string[] {
  const pattern = new RegExp(`^${split}(-[a-z0-9]+)?\\.jsonl$`);
  return readdirSync(goldDir)
    .filter((f) => pattern.test(f))
    .sort();
}
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const errorsFor = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
const heldOut = new Set(
  args.includes('--hold-out') ? (args[args.indexOf('--hold-out') + 1] ?? '').split(',') : [],
);
if (errorsFor !== undefined && heldOut.has(errorsFor.replace(/\.jsonl$/, ''))) {
  console.error(`eval: ${errorsFor} is held out (--hold-out); its errors are not listed.`);
  process.exit(2);
}

interface SplitReport {
  papers: number;
  types: Record<EntityType, Prf>;
  overall: Prf;
  roleAccuracy: number;
  roleMatched: number;
  results: Prf;
  relations: RelationReport;
}

interface RelationReport {
  /** Papers of the split that have relation gold. */
  papers: number;
  types: Record<RelationType, Prf>;
  overall: Prf;
  /** Gold relations whose source and target entities were both extracted: the recall ceiling. */
  reachable: number;
  /** Each relation rule's predictions on these papers and how many match a gold relation. */
  byRule: Record<string, { predicted: number; correct: number }>;
}

/**
 * The relation gold of one entity file, by normalised title; each line must be the same paper,
 * in the same order, as the entity file's line (a slipped line would score the wrong paper).
 */
function relationGold(file: string, papers: GoldPaper[]): Map<string, GoldRelation[]> {
  const path = join(goldDir, 'relations', file);
  const out = new Map<string, GoldRelation[]>();
  if (!existsSync(path)) return out;
  readJsonl<GoldRelationLine>(path).forEach((line, i) => {
    const paper = papers[i];
    if (paper === undefined || paper.n !== line.n || paper.title !== line.title) {
      throw new Error(
        `eval: data/gold/relations/${file}:${i + 1}: paper n=${line.n} is not line ${i + 1} of ` +
          `data/gold/${file} (n=${paper?.n ?? 'none'}); keep one line per paper, in the same order`,
      );
    }
    out.set(normaliseTitle(line.title), line.relations);
  });
  return out;
}

async function main(): Promise<void> {
  const corpus = await readCorpus([join(root, 'data')]);
  const papers: PaperText[] = corpus.papers.map((p) => ({ title: p.title, abstract: p.abstract }));
  // Gold papers from outside data/ (the dev files sampled from the bench corpus) are
  // extracted as a corpus of their own, so data/'s corpus-level resolution is unchanged.
  const inData = new Set(papers.map((p) => normaliseTitle(p.title)));
  // Every gold file, read once: split → file → papers.
  const gold = new Map(
    (['dev', 'test'] as const).map((split) => [
      split,
      new Map(goldFiles(split).map((f) => [f, readJsonl<GoldPaper>(join(goldDir, f))])),
    ]),
  );
  const outside = [...gold.values()]
    .flatMap((files) => [...files.values()].flat())
    .filter((g) => !inData.has(normaliseTitle(g.title)))
    .map((g) => ({ title: g.title, abstract: g.abstract }));
  const extractions = [...extractCorpus(papers), ...extractCorpus(outside)];
  const corpusPapers = papers.length;
  papers.push(...outside);
  const byTitle = new Map(papers.map((p, i) => [normaliseTitle(p.title), i]));
  const validity = offsetValidity(papers, extractions);
  const relationsByTitle = new Map(
    [...gold.values()].flatMap((files) =>
      [...files].flatMap(([f, filePapers]) => [...relationGold(f, filePapers)]),
    ),
  );

  const score = (gold: GoldPaper[], printErrors: boolean): SplitReport => {
    const counts = emptyCounts();
    const results: Counts = { tp: 0, fp: 0, goldTp: 0, fn: 0 };
    let roleCorrect = 0;
    let roleTotal = 0;
    let found = 0;
    const relationCounts = Object.fromEntries(
      RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, goldTp: 0, fn: 0 }]),
    ) as Record<RelationType, Counts>;
    let relationPapers = 0;
    let reachable = 0;
    const byRule: Record<string, { predicted: number; correct: number }> = {};
    for (const g of gold) {
      const i = byTitle.get(normaliseTitle(g.title));
      const x: Extraction | undefined = i === undefined ? undefined : extractions[i];
      if (x === undefined) continue;
      found++;
      const s = scorePaper(x.entities, g.entities);
      addCounts(counts, s.byType);
      roleCorrect += s.roleCorrect;
      roleTotal += s.roleTotal;
      const r = scoreResults(x, g);
      results.tp += r.tp;
      results.fp += r.fp;
      results.goldTp += r.goldTp;
      results.fn += r.fn;
      const goldRelations = relationsByTitle.get(normaliseTitle(g.title));
      if (goldRelations !== undefined) {
        relationPapers++;
        const byType = scoreRelations(x, g, goldRelations);
        for (const t of RELATION_TYPES) addInto(relationCounts[t], byType[t]);
        reachable += goldRelations.filter((r) => bothExtracted(x, g, r)).length;
        for (const r of x.relations) {
          const rule = (byRule[r.rule] ??= { predicted: 0, correct: 0 });
          rule.predicted++;
          if (scoreRelations({ ...x, relations: [r] }, g, goldRelations)[r.type].tp > 0)
            rule.correct++;
        }
      }
      if (printErrors) {
        console.log(`\n#${g.n} ${g.title}`);
        for (const m of s.missed)
          console.log(`  MISS ${m.type} ${m.name} ${JSON.stringify(m.aliases)}`);
        for (const p of s.spurious)
          console.log(
            `  FP   ${p.type} ${p.name} ${JSON.stringify(p.mentions.map((m) => m.text))}`,
          );
        printResultErrors(x, g);
        if (goldRelations !== undefined) printRelationErrors(x, g, goldRelations);
      }
    }
    const types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts[t])])) as Record<
      EntityType,
      Prf
    >;
    return {
      papers: found,
      types,
      overall: prf(total(counts, [...ENTITY_TYPES])),
      roleAccuracy: roleTotal === 0 ? 0 : roleCorrect / roleTotal,
      roleMatched: roleTotal,
      results: prf(results),
      relations: {
        papers: relationPapers,
        types: Object.fromEntries(RELATION_TYPES.map((t) => [t, prf(relationCounts[t])])) as Record<
          RelationType,
          Prf
        >,
        overall: prf(
          RELATION_TYPES.reduce<Counts>((sum, t) => (addInto(sum, relationCounts[t]), sum), {
            tp: 0,
            fp: 0,
            goldTp: 0,
            fn: 0,
          }),
        ),
        reachable,
        byRule,
      },
    };
  };

  const splits: Record<string, SplitReport> = {};
  // Dev only: each gold file on its own too, so papers annotated after tuning
  // (dev-b, dev-c …) show whether the rules generalise. `--errors dev-b` (or
  // `--errors dev.jsonl`) lists one file's misses; test is never broken down or listed.
  const devFiles: Record<string, SplitReport> = {};
  for (const split of ['dev', 'test'] as const) {
    const files = new Map(
      [...(gold.get(split) ?? [])].filter(([f]) => !heldOut.has(f.replace(/\.jsonl$/, ''))),
    );
    splits[split] = score([...files.values()].flat(), split === 'dev' && errorsFor === 'dev');
    if (split !== 'dev') continue;
    for (const [f, filePapers] of files) {
      const name = f.replace(/\.jsonl$/, '');
      const listErrors = errorsFor === f || (name !== 'dev' && errorsFor === name);
      devFiles[name] = score(filePapers, listErrors);
    }
  }

  const publicSets = {
    scirex: publicScores(join(root, '../shared/eval-public/scirex-train.jsonl')),
    tdmsci: publicScores(join(root, '../shared/eval-public/tdmsci-train.jsonl')),
  };
  const report = {
    corpusPapers,
    outsidePapers: outside.length,
    offsetValidity: validity,
    splits,
    devFiles,
    publicSets,
  };
  if (asJson) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

interface PublicLine {
  title: string | null;
  text: string;
  entities: { mapped_type: string | null; start: number; end: number }[];
}

function publicScores(path: string): {
  units: number;
  types: Partial<Record<EntityType, Prf>>;
  overall: Prf;
} {
  const lines = readJsonl<PublicLine>(path);
  const extractions = extractCorpus(lines.map((l) => ({ title: l.title ?? '', abstract: l.text })));
  const counts = emptyCounts();
  const present = new Set<EntityType>();
  lines.forEach((line, i) => {
    const gold: SpanGold[] = [];
    for (const e of line.entities) {
      const type = e.mapped_type?.toLowerCase() as EntityType | undefined;
      if (type === undefined || !ENTITY_TYPES.includes(type)) continue;
      present.add(type);
      gold.push({ type, start: e.start, end: e.end });
    }
    const predicted: SpanGold[] = (extractions[i]?.entities ?? []).flatMap((e) =>
      e.mentions
        .filter((m) => m.field === 'abstract')
        .map((m) => ({ type: e.type, start: m.start, end: m.end })),
    );
    addCounts(counts, overlapCounts(predicted, gold));
  });
  // Types the set does not annotate (TDMSci has no Method) are left out.
  const types = [...present].sort((a, b) => ENTITY_TYPES.indexOf(a) - ENTITY_TYPES.indexOf(b));
  return {
    units: lines.length,
    types: Object.fromEntries(types.map((t) => [t, prf(counts[t])])),
    overall: prf(total(counts, types)),
  };
}

/**
 * Printing only: the gold results no prediction matched (with the entity names that were
 * not predicted, the ceiling of that miss) and the predicted results that match no gold.
 */
function printResultErrors(x: Extraction, g: GoldPaper): void {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  for (const gr of g.results) {
    if (scoreResults(x, { ...g, results: [gr] }).goldTp > 0) continue;
    const absent = (['method', 'dataset', 'metric'] as const).filter(
      (t) => !extracted(x, g, t, gr[t]),
    );
    const cap = absent.length === 0 ? '' : `  [not extracted: ${absent.join(', ')}]`;
    console.log(`  MISS result ${gr.method} | ${gr.dataset} | ${gr.metric} | ${gr.value}${cap}`);
  }
  for (const r of x.results) {
    if (scoreResults({ ...x, results: [r] }, g).tp > 0) continue;
    const n = (id: string): string => names.get(id) ?? id;
    console.log(`  FP   result ${n(r.method)} | ${n(r.dataset)} | ${n(r.metric)} | ${r.value}`);
  }
}

/** Printing only: the gold relations no prediction matched, and predicted ones that match no gold. */
function printRelationErrors(x: Extraction, g: GoldPaper, relations: GoldRelation[]): void {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  for (const r of relations) {
    const hit = scoreRelations(x, g, [r])[r.type].goldTp > 0;
    if (hit) continue;
    const cap = bothExtracted(x, g, r) ? '' : '  [not extracted: an entity]';
    console.log(`  MISS relation ${r.source} ${r.type} ${r.target}${cap}`);
  }
  for (const r of x.relations) {
    if (scoreRelations({ ...x, relations: [r] }, g, relations)[r.type].tp > 0) continue;
    const n = (id: string): string => names.get(id) ?? id;
    console.log(`  FP   relation ${n(r.source)} ${r.type} ${n(r.target)}  (${r.rule})`);
  }
}

/** Both entities of a gold relation are among the extracted ones (of their types). */
function bothExtracted(x: Extraction, g: GoldPaper, r: GoldRelation): boolean {
  return extracted(x, g, 'method', r.source) && extracted(x, g, RELATION_TARGET[r.type], r.target);
}

/** The gold entity of this type and canonical name is among the extracted entities. */
function extracted(x: Extraction, g: GoldPaper, type: EntityType, name: string): boolean {
  const entity = g.entities.find((e) => e.type === type && e.name === name) ?? {
    type,
    name,
    aliases: [name],
  };
  return scorePaper(x.entities, [entity]).byType[type].goldTp > 0;
}

function addInto(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.goldTp += b.goldTp;
  a.fn += b.fn;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const pct = (x: number): string => x.toFixed(3);

function row(label: string, p: Prf): string {
  return `  ${label.padEnd(9)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (pred ${p.predicted}, gold ${p.gold})`;
}

function printReport(report: {
  corpusPapers: number;
  outsidePapers: number;
  offsetValidity: { valid: number; total: number };
  splits: Record<string, SplitReport>;
  devFiles: Record<string, SplitReport>;
  publicSets: Record<
    string,
    { units: number; types: Partial<Record<EntityType, Prf>>; overall: Prf }
  >;
}): void {
  console.log(
    `papergraph extractor eval — ${report.corpusPapers} papers extracted from data/, ` +
      `${report.outsidePapers} gold papers from the bench corpus`,
  );
  const v = report.offsetValidity;
  console.log(
    `mention offsets valid: ${v.valid}/${v.total} (${((100 * v.valid) / Math.max(1, v.total)).toFixed(2)}%)`,
  );
  for (const [split, s] of Object.entries(report.splits)) {
    console.log(`\n${split} split (${s.papers} papers), paper-level entities:`);
    for (const t of ENTITY_TYPES) console.log(row(t, s.types[t]));
    console.log(row('overall', s.overall));
    console.log(
      `  role accuracy on matched methods: ${pct(s.roleAccuracy)} (${s.roleMatched} methods)`,
    );
    console.log(row('results', s.results));
    const r = s.relations;
    if (r.papers === 0) continue;
    console.log(
      `  relations (${r.papers} papers with relation gold; both entities extracted for ` +
        `${r.reachable} of ${r.overall.gold}):`,
    );
    for (const t of RELATION_TYPES) console.log(row(`  ${t}`.padEnd(15), r.types[t]));
    console.log(row('  overall'.padEnd(15), r.overall));
  }
  console.log('\ndev by gold file (overall / per-type F1):');
  for (const [name, s] of Object.entries(report.devFiles)) {
    const t = ENTITY_TYPES.map((k) => `${k} ${pct(s.types[k].f1)}`).join('  ');
    console.log(
      `  ${name.padEnd(7)} ${String(s.papers).padStart(3)} papers  F1 ${pct(s.overall.f1)}  ${t}`,
    );
  }
  for (const [name, p] of Object.entries(report.publicSets)) {
    console.log(`\n${name} (${p.units} units), relaxed overlap mention-level:`);
    for (const [t, s] of Object.entries(p.types)) if (s !== undefined) console.log(row(t, s));
    console.log(row('overall', p.overall));
  }
}

await main();
