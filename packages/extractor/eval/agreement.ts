// Inter-annotator agreement on the gold set: scores one annotator's file
// against another's with the same paper-level matching `pnpm eval` uses (same
// type, a surface form in common after normalising case, punctuation and a
// plural "s"). F1 between two annotators is symmetric, so it reads as the
// ceiling an extractor can be measured against.
//
//   tsx eval/agreement.ts A.jsonl B.jsonl [--diff]
//
// Relation files (`data/gold/relations/…`, lines of `{n, title, relations}`) are compared
// the same way: a relation agrees when both annotators give its type, source and target
// (the canonical names of the entity file both read).
//
// `--diff` lists, per paper, the entities only one of the two has: the work
// list for adjudication. It never runs the extractor.
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type EntityType } from '../src/types';
import {
  addCounts,
  emptyCounts,
  prf,
  scorePaper,
  total,
  type Counts,
  type GoldEntity,
  type GoldPaper,
  type GoldRelation,
  type GoldRelationLine,
  type Prf,
} from './score';

class AgreementError extends Error {
  readonly code = 'AGREEMENT_INPUT';
}

function readGold<T = GoldPaper>(path: string): T[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const papers: T[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      papers.push(JSON.parse(line) as T);
    } catch (error) {
      throw new AgreementError(
        `agreement: ${path}:${i + 1}: not valid JSON (${(error as Error).message}); fix or remove the line`,
      );
    }
  });
  return papers;
}

/** An annotation seen as a prediction: its aliases stand in for mentions. */
function asEntity(g: GoldEntity): Entity {
  return {
    id: `${g.type}:${g.name}`,
    type: g.type,
    name: g.name,
    aliases: g.aliases,
    role: g.role ?? 'used',
    confidence: 1,
    mentions: g.aliases.map((text) => ({ field: 'abstract', start: 0, end: 0, text })),
  };
}

export interface Agreement {
  papers: number;
  types: Record<EntityType, Prf>;
  overall: Prf;
  roleAgreement: number;
}

export function agreement(
  a: GoldPaper[],
  b: GoldPaper[],
  onPaper?: (p: GoldPaper, onlyA: GoldEntity[], onlyB: GoldEntity[]) => void,
): Agreement {
  const byN = new Map(a.map((p) => [p.n, p]));
  const counts = emptyCounts();
  let roleSame = 0;
  let roleTotal = 0;
  let papers = 0;
  for (const pb of b) {
    const pa = byN.get(pb.n);
    if (pa === undefined) continue;
    papers++;
    const s = scorePaper(pb.entities.map(asEntity), pa.entities);
    addCounts(counts, s.byType);
    roleSame += s.roleCorrect;
    roleTotal += s.roleTotal;
    const onlyB = pb.entities.filter((e) =>
      s.spurious.some((x) => x.name === e.name && x.type === e.type),
    );
    onPaper?.(pa, s.missed, onlyB);
  }
  const types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts[t])])) as Record<
    EntityType,
    Prf
  >;
  return {
    papers,
    types,
    overall: prf(total(counts, [...ENTITY_TYPES])),
    roleAgreement: roleTotal === 0 ? 0 : roleSame / roleTotal,
  };
}

/** Relation agreement of B with A, by relation type and overall, over the papers both have. */
export function relationAgreement(
  a: GoldRelationLine[],
  b: GoldRelationLine[],
  onPaper?: (p: GoldRelationLine, onlyA: GoldRelation[], onlyB: GoldRelation[]) => void,
): { papers: number; types: Record<string, Prf>; overall: Prf } {
  const byN = new Map(a.map((p) => [p.n, p]));
  const key = (r: GoldRelation): string => `${r.type}|${r.source}|${r.target}`;
  const counts = new Map<string, Counts>(
    RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, goldTp: 0, fn: 0 }]),
  );
  const all: Counts = { tp: 0, fp: 0, goldTp: 0, fn: 0 };
  let papers = 0;
  for (const pb of b) {
    const pa = byN.get(pb.n);
    if (pa === undefined) continue;
    papers++;
    const inA = new Set(pa.relations.map(key));
    const inB = new Set(pb.relations.map(key));
    const onlyA = pa.relations.filter((r) => !inB.has(key(r)));
    const onlyB = pb.relations.filter((r) => !inA.has(key(r)));
    for (const [list, other, hit, miss] of [
      [pb.relations, inA, 'tp', 'fp'],
      [pa.relations, inB, 'goldTp', 'fn'],
    ] as const) {
      for (const r of new Map(list.map((x) => [key(x), x])).values()) {
        const field = other.has(key(r)) ? hit : miss;
        const c = counts.get(r.type);
        if (c !== undefined) c[field]++;
        all[field]++;
      }
    }
    onPaper?.(pa, onlyA, onlyB);
  }
  return {
    papers,
    types: Object.fromEntries([...counts].map(([t, c]) => [t, prf(c)])),
    overall: prf(all),
  };
}

function mainRelations(pathA: string, pathB: string, diff: boolean): void {
  const show = (r: GoldRelation): string => `${r.source} ${r.type} ${r.target}`;
  const result = relationAgreement(
    readGold<GoldRelationLine>(pathA),
    readGold<GoldRelationLine>(pathB),
    (p, onlyA, onlyB) => {
      if (!diff || (onlyA.length === 0 && onlyB.length === 0)) return;
      console.log(`\n#${p.n} ${p.title}`);
      for (const r of onlyA) console.log(`  only A  ${show(r)}`);
      for (const r of onlyB) console.log(`  only B  ${show(r)}`);
    },
  );
  const f = (x: Prf): string => `F1 ${x.f1.toFixed(3)} (A ${x.gold}, B ${x.predicted})`;
  console.log(`\nrelation agreement of B with A over ${result.papers} papers`);
  for (const [t, p] of Object.entries(result.types)) console.log(`  ${t.padEnd(14)} ${f(p)}`);
  console.log(`  ${'overall'.padEnd(14)} ${f(result.overall)}`);
}

function main(): void {
  const [pathA, pathB] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
  if (pathA === undefined || pathB === undefined) {
    throw new AgreementError('agreement: usage: tsx eval/agreement.ts A.jsonl B.jsonl [--diff]');
  }
  const diff = process.argv.includes('--diff');
  const first = readGold<Record<string, unknown>>(pathA)[0];
  if (first !== undefined && 'relations' in first && !('entities' in first)) {
    mainRelations(pathA, pathB, diff);
    return;
  }
  const show = (e: GoldEntity): string => `${e.type} ${e.name} ${JSON.stringify(e.aliases)}`;
  const result = agreement(readGold(pathA), readGold(pathB), (p, onlyA, onlyB) => {
    if (!diff || (onlyA.length === 0 && onlyB.length === 0)) return;
    console.log(`\n#${p.n} ${p.title}`);
    for (const e of onlyA) console.log(`  only A  ${show(e)}`);
    for (const e of onlyB) console.log(`  only B  ${show(e)}`);
  });
  const f = (x: Prf): string => `F1 ${x.f1.toFixed(3)} (A ${x.gold}, B ${x.predicted})`;
  console.log(`\nagreement of B with A over ${result.papers} papers`);
  for (const t of ENTITY_TYPES) console.log(`  ${t.padEnd(8)} ${f(result.types[t])}`);
  console.log(`  overall  ${f(result.overall)}`);
  console.log(`  role agreement on shared methods ${result.roleAgreement.toFixed(3)}`);
}

main();
