// Experiment: a learned extent for the extractor's mentions. For every mention, the atoms up
// to three before it and two after it (and its own leading atoms) are labelled in or out by
// the gold alias that covers the mention's head; a logistic regression on the word, its
// shape, suffix, the gaps, the head word and whether the longer or shorter phrase recurs in
// the paper learns to grow or shrink spans. Question: are span boundaries, the largest error
// class, learnable from the gold?
//
//   tsx eval/experiments/extent.ts [--modes=extend,shrink,right] [--th=0.5] [--changes]
//
// Measured 2026-11-23 (extractor at dbf910f, before round 11) on 691 dev papers (5 folds): overall F1 0.789; with gold extents where a
// gold alias covers the head (the ceiling) 0.840; learned, at thresholds 0.3–0.7, 0.786–0.790
// (bench-corpus files +0.01–0.03, data/ files −0.01–0.02: the annotators include modifiers
// inconsistently). Not kept.
import type { FieldDoc, LocalEntity } from '../../src/analyse/model';
import type { Entity, EntityType, Mention } from '../../src/types';
import {
  addCounts,
  emptyCounts,
  normaliseSurface,
  scorePaper,
  type Counts,
  type GoldPaper,
} from '../score';
import { devPapers, f1, foldOf, scoreLine, shape } from './common';

const args = process.argv.slice(2);
const onlyTypes = new Set(
  (args.find((a) => a.startsWith('--types='))?.slice(8) ?? 'method,dataset,metric,task').split(','),
);
const WL = 3;
const modes = new Set(
  (args.find((a) => a.startsWith('--modes='))?.slice(8) ?? 'extend,shrink,right').split(','),
);
const WR = 2;

interface Site {
  doc: FieldDoc;
  entity: number;
  mention: Mention;
  a0: number;
  a1: number;
  type: EntityType;
  /** candidate atoms: index → features, label (1 in / 0 out / -1 unknown) */
  left: { j: number; f: string[]; y: number }[]; // ordered from nearest to head outward (incl. inside atoms except head)
  right: { j: number; f: string[]; y: number }[];
}
interface Item {
  file: string;
  paper: GoldPaper;
  local: LocalEntity[];
  sites: Site[];
}

function goldSpans(
  p: GoldPaper,
  field: 'title' | 'abstract',
  type: EntityType,
): { s: number; e: number }[] {
  const out: { s: number; e: number }[] = [];
  const t = p[field];
  for (const g of p.entities) {
    if (g.type !== type) continue;
    for (const a of new Set([g.name, ...g.aliases])) {
      if (a.length === 0) continue;
      for (let k = t.indexOf(a); k >= 0; k = t.indexOf(a, k + 1))
        out.push({ s: k, e: k + a.length });
    }
  }
  return out;
}

function feats(
  doc: FieldDoc,
  a0: number,
  a1: number,
  j: number,
  type: EntityType,
  side: string,
  count: (s: number, e: number) => number,
): string[] {
  const atom = doc.atoms[j];
  const head = doc.atoms[a1 - 1];
  if (atom === undefined || head === undefined) return [];
  const w = atom.lower;
  const inside = j >= a0 && j < a1;
  const pos = `${side}${inside ? 'in' : 'out'}`;
  const gapAfter =
    (doc.gaps[j + 1] ?? '').trim() === '-' ? '-' : (doc.gaps[j + 1] ?? '') === ' ' ? 'sp' : 'o';
  const gapBefore =
    (doc.gaps[j] ?? '').trim() === '-' ? '-' : (doc.gaps[j] ?? '') === ' ' ? 'sp' : 'o';
  const cap = atom.capitalised ? 'C' : 'l';
  const headCap = doc.atoms[a0]?.capitalised ? 'C' : 'l';
  const f = [
    `b|${pos}`,
    `t|${pos}|${type}`,
    `w|${pos}|${w}`,
    `wt|${pos}|${type}|${w}`,
    `s|${pos}|${shape(atom.text, 5)}`,
    `x3|${pos}|${w.slice(-3)}`,
    `x2|${pos}|${w.slice(-2)}`,
    `ga|${pos}|${gapAfter}`,
    `gb|${pos}|${gapBefore}`,
    `cc|${pos}|${cap}${headCap}`,
    `h|${pos}|${head.lower}`,
    `hw|${pos}|${head.lower}|${w}`,
    `d|${pos}|${side === 'L' ? a0 - j : j - a1}`,
    `len|${pos}|${Math.min(a1 - a0, 4)}`,
    `f|${pos}|${doc.field}`,
  ];
  // The longer / shorter phrase elsewhere in the paper.
  const s = side === 'L' ? atom.start : (doc.atoms[a0]?.start ?? 0);
  const e = side === 'L' ? head.end : atom.end;
  const n = count(s, e);
  f.push(`rep|${pos}|${Math.min(n, 3)}`);
  if (side === 'L') {
    // head-only alone elsewhere (without this word before it)
    const hs = doc.atoms[j + 1]?.start ?? 0;
    f.push(`rest|${pos}|${Math.min(count(hs, head.end), 3)}`);
  }
  return f;
}

/** 1 inside the gold span, 0 outside it, -1 when no gold span covers the head. */
function label(
  atom: { start: number; end: number } | undefined,
  gold: { s: number; e: number } | undefined,
): number {
  if (gold === undefined || atom === undefined) return -1;
  return atom.start >= gold.s && atom.end <= gold.e ? 1 : 0;
}

function load(): Item[] {
  const items: Item[] = [];
  for (const { file, paper, docs, local } of devPapers()) {
    {
      const all = `${paper.title}\n${paper.abstract}`.toLowerCase();
      const sites: Site[] = [];
      local.forEach((ent, ei) => {
        if (!onlyTypes.has(ent.type)) return;
        for (const m of ent.mentions) {
          const doc = docs.find((d) => d.field === m.field);
          if (doc === undefined) continue;
          const a0 = doc.atoms.findIndex((a) => a.start === m.start);
          let a1 = doc.atoms.findIndex((a) => a.end === m.end);
          if (a0 < 0 || a1 < 0) continue;
          a1 += 1;
          const phraseCount = (s: number, e: number): number => {
            const ph = doc.text.slice(s, e).toLowerCase();
            let n = 0;
            for (let k = all.indexOf(ph); k >= 0; k = all.indexOf(ph, k + 1)) n++;
            return n;
          };
          const gs = goldSpans(paper, m.field, ent.type).filter(
            (g) => g.s < m.end && m.start < g.e,
          );
          const headAtom = doc.atoms[a1 - 1];
          const covering = gs.filter(
            (g) => headAtom !== undefined && g.s <= headAtom.start && g.e >= headAtom.end,
          );
          covering.sort((x, y) => y.e - y.s - (x.e - x.s));
          const G = covering[0];
          const sent = doc.sentenceOfAtom[a1 - 1];
          const left: Site['left'] = [];
          // inside atoms (except head), nearest head first, then outside atoms outward
          for (let j = a1 - 2; j >= a0 - WL && j >= 0; j--) {
            if (doc.sentenceOfAtom[j] !== sent) break;
            if (j < a0) {
              const g = doc.gaps[j + 1] ?? '';
              if (g !== ' ' && g !== '-') break;
            }
            const atom = doc.atoms[j];
            const y = label(atom, G);
            left.push({ j, f: feats(doc, a0, a1, j, ent.type, 'L', phraseCount), y });
          }
          const right: Site['right'] = [];
          for (let j = a1; j < a1 + WR && j < doc.atoms.length; j++) {
            if (doc.sentenceOfAtom[j] !== sent) break;
            const g = doc.gaps[j] ?? '';
            if (g !== ' ' && g !== '-') break;
            const atom = doc.atoms[j];
            const y = label(atom, G);
            right.push({ j, f: feats(doc, a0, a1, j, ent.type, 'R', phraseCount), y });
          }
          sites.push({ doc, entity: ei, mention: m, a0, a1, type: ent.type, left, right });
        }
      });
      items.push({ file, paper, local, sites });
    }
  }
  return items;
}

class LogReg {
  w = new Map<string, number>();
  score(f: string[]): number {
    let s = 0;
    for (const x of f) s += this.w.get(x) ?? 0;
    return 1 / (1 + Math.exp(-s));
  }
  train(data: { f: string[]; y: number }[], epochs: number, lr: number, l2: number): void {
    let seed = 3;
    const idx = data.map((_, i) => i);
    for (let e = 0; e < epochs; e++) {
      for (let i = idx.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
      }
      for (const i of idx) {
        const d = data[i];
        if (d === undefined) continue;
        const p = this.score(d.f);
        const g = d.y - p;
        for (const x of d.f) {
          const v = this.w.get(x) ?? 0;
          this.w.set(x, v + lr * (g - l2 * v));
        }
      }
    }
  }
}

/** New extent of a site under the model (thresholds on P(in)). */
function extent(site: Site, m: LogReg, th: number): [number, number] {
  // walk left from head: inside atoms may be dropped only as a leading run; outside atoms added while in.
  // Decide: boundary = leftmost atom of the contiguous run of "in" atoms adjacent to head.
  let b = site.a1 - 1;
  for (const c of site.left) {
    const inside = c.j >= site.a0;
    if (inside && !modes.has('shrink')) {
      b = c.j;
      continue;
    }
    if (!inside && !modes.has('extend')) break;
    if (m.score(c.f) >= th) b = c.j;
    else break;
  }
  const a0 = b;
  let a1 = site.a1;
  for (const c of site.right) {
    if (!modes.has('right')) break;
    if (m.score(c.f) >= th) a1 = c.j + 1;
    else break;
  }
  return [a0, a1];
}

function rebuild(item: Item, spans: Map<Site, [number, number]>): Entity[] {
  // entity index → mentions kept; changed mentions grouped by (type, normalised surface)
  const keep = item.local.map(() => [] as Mention[]);
  const moved = new Map<string, { type: EntityType; mentions: Mention[] }>();
  const siteOf = new Map<Mention, Site>();
  for (const s of item.sites) siteOf.set(s.mention, s);
  item.local.forEach((e, ei) => {
    for (const m of e.mentions) {
      const s = siteOf.get(m);
      const ext = s === undefined ? undefined : spans.get(s);
      if (s === undefined || ext === undefined || (ext[0] === s.a0 && ext[1] === s.a1)) {
        keep[ei]?.push(m);
        continue;
      }
      const start = s.doc.atoms[ext[0]]?.start ?? 0;
      const end = s.doc.atoms[ext[1] - 1]?.end ?? 0;
      const text = s.doc.text.slice(start, end);
      const key = `${e.type}|${normaliseSurface(text)}`;
      const g = moved.get(key) ?? { type: e.type, mentions: [] };
      g.mentions.push({ field: m.field, start, end, text });
      moved.set(key, g);
    }
  });
  const out: Entity[] = [];
  item.local.forEach((e, ei) => {
    const ms = keep[ei] ?? [];
    if (ms.length === 0) return;
    out.push({
      id: `${e.type}:${e.key}`,
      type: e.type,
      name: e.name,
      aliases: [...new Set(ms.map((m) => m.text))],
      mentions: ms,
      confidence: 0.5,
      role: e.role,
    });
  });
  for (const [key, g] of moved) {
    const k = key.slice(key.indexOf('|') + 1);
    const same = out.find(
      (e) => e.type === g.type && [e.name, ...e.aliases].some((a) => normaliseSurface(a) === k),
    );
    if (same !== undefined) continue;
    out.push({
      id: key,
      type: g.type,
      name: g.mentions[0]?.text ?? '',
      aliases: [...new Set(g.mentions.map((m) => m.text))],
      mentions: g.mentions,
      confidence: 0.5,
      role: 'used',
    });
  }
  return out;
}

const items = load();
console.log(`${items.length} papers, ${items.reduce((n, i) => n + i.sites.length, 0)} sites`);
const K = 5;
const foldOfFile = foldOf(K);
const ths = [0.3, 0.4, 0.5, 0.6, 0.7];
const base = emptyCounts();
const oracle = emptyCounts();
const res = ths.map(() => emptyCounts());
const perFile = new Map<string, { b: Record<EntityType, Counts>; r: Record<EntityType, Counts> }>();
const showTh = Number(args.find((a) => a.startsWith('--th='))?.slice(5) ?? 0.5);
const changes: string[] = [];
for (let fold = 0; fold < K; fold++) {
  const train = items.filter((i) => foldOfFile(i.file) !== fold);
  const test = items.filter((i) => foldOfFile(i.file) === fold);
  const data = train.flatMap((i) =>
    i.sites.flatMap((s) => [...s.left, ...s.right].filter((c) => c.y >= 0)),
  );
  const m = new LogReg();
  m.train(data, 6, 0.1, 1e-4);
  for (const it of test) {
    const b = scorePaper(rebuild(it, new Map()), it.paper.entities).byType;
    addCounts(base, b);
    const pf = perFile.get(it.file) ?? { b: emptyCounts(), r: emptyCounts() };
    perFile.set(it.file, pf);
    addCounts(pf.b, b);
    // oracle: labels
    const om = new Map<Site, [number, number]>();
    for (const s of it.sites) {
      if ([...s.left, ...s.right].some((c) => c.y < 0)) continue;
      let b0 = s.a1 - 1;
      for (const c of s.left) {
        if (c.y === 1) b0 = c.j;
        else break;
      }
      let b1 = s.a1;
      for (const c of s.right) {
        if (c.y === 1) b1 = c.j + 1;
        else break;
      }
      om.set(s, [b0, b1]);
    }
    addCounts(oracle, scorePaper(rebuild(it, om), it.paper.entities).byType);
    ths.forEach((th, k) => {
      const mm = new Map<Site, [number, number]>();
      for (const s of it.sites) mm.set(s, extent(s, m, th));
      const c = scorePaper(rebuild(it, mm), it.paper.entities).byType;
      addCounts(res[k] ?? emptyCounts(), c);
      if (th === showTh) {
        addCounts(pf.r, c);
        for (const [s, [x0, x1]] of mm)
          if (x0 !== s.a0 || x1 !== s.a1)
            changes.push(
              `${it.file} #${it.paper.n} ${s.type}: ${s.mention.text} → ${s.doc.text.slice(s.doc.atoms[x0]?.start ?? 0, s.doc.atoms[x1 - 1]?.end ?? 0)}`,
            );
      }
    });
  }
}
console.log(`rules      ${scoreLine(base)}`);
console.log(`ceiling    ${scoreLine(oracle)}`);
ths.forEach((th, k) => console.log(`model ${th}  ${scoreLine(res[k] ?? emptyCounts())}`));
for (const [f, pf] of perFile) console.log(`  ${f.padEnd(12)} ${f1(pf.b)} → ${f1(pf.r)}`);
if (args.includes('--changes')) for (const c of changes) console.log('   ', c);
