// Shared by the experiments in this folder: the dev gold papers with the extractor's
// per-paper output, folds by gold file, and the printing of paper-level scores. The
// experiments are cross-validated by file (a file is one annotator), never see test, and
// change nothing in the extractor: each asks whether a learned step would pay.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/analyse';
import { prepare } from '../../src/analyse/01-prepare';
import type { FieldDoc, LocalEntity } from '../../src/analyse/model';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../src/types';
import { prf, total, type Counts, type GoldPaper } from '../score';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../data/gold');

/** The dev gold files, sorted: `dev.jsonl`, `dev-b.jsonl` … */
export const DEV_FILES = readdirSync(goldDir)
  .filter((f) => /^dev(-[a-z]+)?\.jsonl$/.test(f))
  .sort();

export interface DevPaper {
  file: string;
  paper: GoldPaper;
  docs: FieldDoc[];
  /** What `analyse` finds in the paper on its own (no corpus-level resolution). */
  local: LocalEntity[];
}

export function devPapers(): DevPaper[] {
  const out: DevPaper[] = [];
  for (const file of DEV_FILES) {
    for (const line of readFileSync(join(goldDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const paper = JSON.parse(line) as GoldPaper;
      out.push({ file, paper, docs: prepare(paper), local: analyse(paper).entities });
    }
  }
  return out;
}

/** Fold of a gold file: files are dealt round-robin into `k` folds. */
export function foldOf(k: number): (file: string) => number {
  const fold = new Map(DEV_FILES.map((f, i) => [f, i % k]));
  return (file) => fold.get(file) ?? 0;
}

/** The extractor's per-paper entities as the eval's `Entity` (ids are local). */
export function asEntities(local: LocalEntity[]): Entity[] {
  return local.map((e) => ({
    id: `${e.type}:${e.key}`,
    type: e.type,
    name: e.name,
    aliases: e.surfaces,
    mentions: e.mentions,
    confidence: e.confidence,
    role: e.role,
  }));
}

/** "P/R/F1 | method F1 dataset F1 …" for one set of counts. */
export function scoreLine(c: Record<EntityType, Counts>): string {
  const p = prf(total(c, [...ENTITY_TYPES]));
  const types = ENTITY_TYPES.map((t) => `${t} ${prf(c[t]).f1.toFixed(3)}`).join(' ');
  return `${p.precision.toFixed(3)}/${p.recall.toFixed(3)}/${p.f1.toFixed(3)} | ${types}`;
}

/** Overall F1 of one set of counts. */
export function f1(c: Record<EntityType, Counts>): string {
  return prf(total(c, [...ENTITY_TYPES])).f1.toFixed(3);
}

/** A word's shape: "ResNet-50" → "XxXx" (runs of a class cut to two, at most `max` long). */
export function shape(word: string, max: number): string {
  const s = word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1$1');
  return s.length > max ? s.slice(0, max) : s;
}
