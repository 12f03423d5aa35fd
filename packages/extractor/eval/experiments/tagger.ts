// Experiment: a learned BIO tagger that adds the entities the rules miss. Gold aliases are
// projected onto the atoms of each paper as B/I labels of the four types; an averaged
// perceptron with first-order Viterbi learns them from the word, its neighbours, shapes,
// affixes, gaps, title words and (unless --no-rule) the extractor's own labels; spans it
// tags that overlap no extracted mention are added, above a margin threshold. Question:
// does a tagger trained on the gold add recall the rules lack?
//
//   tsx eval/experiments/tagger.ts [--no-rule] [--epochs=8] [--show=2]
//
// Measured 2026-11-23 (extractor at dbf910f, before round 11) on 691 dev papers (7 folds by file): with the extractor's labels as
// features the tagger copies them (0.790 alone against the rules' 0.789; its additions leave
// F1 at 0.789 at every threshold); without them it scores 0.653 alone, and its additions lower
// overall F1 from 0.789 to 0.772–0.778 at every threshold. Not kept.
import type { FieldDoc, LocalEntity } from '../../src/analyse/model';
import type { Entity, EntityType } from '../../src/types';
import { addCounts, emptyCounts, normaliseSurface, scorePaper, type GoldPaper } from '../score';
import { asEntities, devPapers, f1, foldOf, scoreLine, shape, type DevPaper } from './common';

const TYPES: EntityType[] = ['method', 'dataset', 'metric', 'task'];
const LABELS = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const NL = LABELS.length;
const args = process.argv.slice(2);
const useRule = !args.includes('--no-rule');
const epochs = Number(args.find((a) => a.startsWith('--epochs='))?.slice(9) ?? 8);

interface Item extends DevPaper {
  feats: string[][][]; // per doc, per atom
  gold: number[][]; // per doc, per atom
}

function ruleLabels(doc: FieldDoc, local: LocalEntity[]): string[] {
  const lab = doc.atoms.map(() => 'O');
  for (const e of local)
    for (const m of e.mentions) {
      if (m.field !== doc.field) continue;
      doc.atoms.forEach((a, i) => {
        if (a.start >= m.start && a.end <= m.end)
          lab[i] = (a.start === m.start ? 'B-' : 'I-') + e.type;
      });
    }
  return lab;
}

function features(doc: FieldDoc, rule: string[], titleWords: Set<string>): string[][] {
  const atoms = doc.atoms;
  const w = (i: number): string =>
    i < 0 ? '<s>' : i >= atoms.length ? '</s>' : (atoms[i]?.lower ?? '');
  const sh = (i: number): string =>
    i < 0 || i >= atoms.length ? '_' : shape(atoms[i]?.text ?? '', 6);
  return atoms.map((a, i) => {
    const f = [
      'b',
      `w=${a.lower}`,
      `w-1=${w(i - 1)}`,
      `w+1=${w(i + 1)}`,
      `w-2=${w(i - 2)}`,
      `w+2=${w(i + 2)}`,
      `w-1w=${w(i - 1)}|${a.lower}`,
      `ww+1=${a.lower}|${w(i + 1)}`,
      `s=${sh(i)}`,
      `s-1=${sh(i - 1)}`,
      `s+1=${sh(i + 1)}`,
      `ss=${sh(i - 1)}|${sh(i)}|${sh(i + 1)}`,
      `p3=${a.lower.slice(0, 3)}`,
      `x3=${a.lower.slice(-3)}`,
      `x4=${a.lower.slice(-4)}`,
      `g=${(doc.gaps[i] ?? '').trim().slice(0, 2)}`,
      `g+1=${(doc.gaps[i + 1] ?? '').trim().slice(0, 2)}`,
      `f=${doc.field}`,
    ];
    if (doc.field === 'abstract' && titleWords.has(a.lower)) f.push('inTitle');
    if (i === 0 || doc.sentenceOfAtom[i - 1] !== doc.sentenceOfAtom[i]) f.push('sentStart');
    if (useRule) {
      f.push(`r=${rule[i]}`, `r-1=${rule[i - 1] ?? '<s>'}`, `r+1=${rule[i + 1] ?? '</s>'}`);
    }
    return f;
  });
}

function goldLabels(doc: FieldDoc, paper: GoldPaper): number[] {
  const lab = doc.atoms.map(() => 0);
  const spans: { s: number; e: number; t: EntityType }[] = [];
  for (const g of paper.entities)
    for (const alias of new Set([g.name, ...g.aliases])) {
      if (alias.length === 0) continue;
      for (let k = doc.text.indexOf(alias); k >= 0; k = doc.text.indexOf(alias, k + 1))
        spans.push({ s: k, e: k + alias.length, t: g.type });
    }
  spans.sort((a, b) => b.e - b.s - (a.e - a.s));
  const used = new Uint8Array(doc.atoms.length);
  for (const sp of spans) {
    const idx: number[] = [];
    doc.atoms.forEach((a, i) => {
      if (a.start >= sp.s && a.end <= sp.e) idx.push(i);
    });
    if (idx.length === 0) continue;
    const first = doc.atoms[idx[0] ?? 0];
    const last = doc.atoms[idx[idx.length - 1] ?? 0];
    if (first?.start !== sp.s || last?.end !== sp.e) continue; // not on atom boundaries
    if (idx.some((i) => used[i] === 1)) continue;
    idx.forEach((i, j) => {
      used[i] = 1;
      lab[i] = LABELS.indexOf(`${j === 0 ? 'B' : 'I'}-${sp.t}`);
    });
  }
  return lab;
}

function load(): Item[] {
  return devPapers().map((p) => {
    const titleWords = new Set(p.docs[0]?.atoms.map((a) => a.lower) ?? []);
    return {
      ...p,
      feats: p.docs.map((d) => features(d, ruleLabels(d, p.local), titleWords)),
      gold: p.docs.map((d) => goldLabels(d, p.paper)),
    };
  });
}

// Averaged perceptron with first-order Viterbi.
class Model {
  w = new Map<string, Float64Array>();
  acc = new Map<string, Float64Array>();
  stamp = new Map<string, Float64Array>();
  trans = new Float64Array(NL * (NL + 1));
  transAcc = new Float64Array(NL * (NL + 1));
  t = 1;
  scores(f: string[]): Float64Array {
    const s = new Float64Array(NL);
    for (const x of f) {
      const v = this.w.get(x);
      if (v !== undefined) for (let l = 0; l < NL; l++) s[l] = (s[l] ?? 0) + (v[l] ?? 0);
    }
    return s;
  }
  decode(feats: string[][]): { path: number[]; emit: Float64Array[] } {
    const n = feats.length;
    const emit = feats.map((f) => this.scores(f));
    const delta: Float64Array[] = [];
    const back: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      const d = new Float64Array(NL).fill(-Infinity);
      const b = new Int32Array(NL);
      for (let l = 0; l < NL; l++) {
        if (i === 0) {
          if (!allowed(-1, l)) continue;
          d[l] = (emit[0]?.[l] ?? 0) + (this.trans[NL * NL + l] ?? 0);
          continue;
        }
        for (let p = 0; p < NL; p++) {
          if (!allowed(p, l)) continue;
          const v =
            (delta[i - 1]?.[p] ?? -Infinity) + (this.trans[p * NL + l] ?? 0) + (emit[i]?.[l] ?? 0);
          if (v > (d[l] ?? -Infinity)) {
            d[l] = v;
            b[l] = p;
          }
        }
      }
      delta.push(d);
      back.push(b);
    }
    const path = new Array<number>(n).fill(0);
    if (n === 0) return { path, emit };
    let best = 0;
    const last = delta[n - 1] ?? new Float64Array(NL);
    for (let l = 1; l < NL; l++) if ((last[l] ?? 0) > (last[best] ?? 0)) best = l;
    for (let i = n - 1; i >= 0; i--) {
      path[i] = best;
      best = back[i]?.[best] ?? 0;
    }
    return { path, emit };
  }
  update(f: string[], label: number, delta: number): void {
    for (const x of f) {
      let v = this.w.get(x);
      let a = this.acc.get(x);
      if (v === undefined || a === undefined) {
        v = new Float64Array(NL);
        a = new Float64Array(NL);
        this.w.set(x, v);
        this.acc.set(x, a);
      }
      v[label] = (v[label] ?? 0) + delta;
      a[label] = (a[label] ?? 0) + this.t * delta;
    }
  }
  updateTrans(p: number, l: number, delta: number): void {
    const k = p < 0 ? NL * NL + l : p * NL + l;
    this.trans[k] = (this.trans[k] ?? 0) + delta;
    this.transAcc[k] = (this.transAcc[k] ?? 0) + this.t * delta;
  }
  train(items: Item[], rounds: number): void {
    const seqs: { f: string[][]; g: number[] }[] = [];
    for (const it of items)
      it.docs.forEach((_, k) => seqs.push({ f: it.feats[k] ?? [], g: it.gold[k] ?? [] }));
    let seed = 7;
    for (let r = 0; r < rounds; r++) {
      // shuffle
      for (let i = seqs.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        const tmp = seqs[i];
        seqs[i] = seqs[j] as (typeof seqs)[number];
        seqs[j] = tmp as (typeof seqs)[number];
      }
      for (const { f, g } of seqs) {
        const { path } = this.decode(f);
        for (let i = 0; i < f.length; i++) {
          const gi = g[i] ?? 0;
          const pi = path[i] ?? 0;
          if (gi !== pi) {
            this.update(f[i] ?? [], gi, 1);
            this.update(f[i] ?? [], pi, -1);
          }
          const gp = i === 0 ? -1 : (g[i - 1] ?? 0);
          const pp = i === 0 ? -1 : (path[i - 1] ?? 0);
          if (gp !== pp || gi !== pi) {
            this.updateTrans(gp, gi, 1);
            this.updateTrans(pp, pi, -1);
          }
        }
        this.t++;
      }
    }
    // average
    for (const [x, v] of this.w) {
      const a = this.acc.get(x) ?? new Float64Array(NL);
      for (let l = 0; l < NL; l++) v[l] = (v[l] ?? 0) - (a[l] ?? 0) / this.t;
    }
    for (let k = 0; k < this.trans.length; k++)
      this.trans[k] = (this.trans[k] ?? 0) - (this.transAcc[k] ?? 0) / this.t;
  }
}

function allowed(p: number | null, l: number): boolean {
  const lab = LABELS[l] ?? 'O';
  if (!lab.startsWith('I-')) return true;
  if (p === null || p < 0) return false;
  const prev = LABELS[p] ?? 'O';
  return prev !== 'O' && prev.slice(2) === lab.slice(2);
}

interface Span {
  field: 'title' | 'abstract';
  start: number;
  end: number;
  type: EntityType;
  text: string;
  conf: number;
  a0: number;
  a1: number;
}

function spans(doc: FieldDoc, path: number[], emit: Float64Array[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < path.length; i++) {
    const lab = LABELS[path[i] ?? 0] ?? 'O';
    if (!lab.startsWith('B-')) continue;
    const type = lab.slice(2) as EntityType;
    let j = i + 1;
    while (j < path.length && LABELS[path[j] ?? 0] === `I-${type}`) j++;
    let conf = 0;
    for (let k = i; k < j; k++) {
      const e = emit[k] ?? new Float64Array(NL);
      conf += (e[path[k] ?? 0] ?? 0) - (e[0] ?? 0);
    }
    const s = doc.atoms[i]?.start ?? 0;
    const e = doc.atoms[j - 1]?.end ?? 0;
    out.push({
      field: doc.field,
      start: s,
      end: e,
      type,
      text: doc.text.slice(s, e),
      conf: conf / (j - i),
      a0: i,
      a1: j,
    });
  }
  return out;
}

function add(entities: Entity[], extra: Span[]): Entity[] {
  const out = entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  for (const s of extra) {
    const key = normaliseSurface(s.text);
    const same = out.find(
      (e) => e.type === s.type && [e.name, ...e.aliases].some((a) => normaliseSurface(a) === key),
    );
    if (same !== undefined) continue;
    out.push({
      id: `${s.type}:${key}`,
      type: s.type,
      name: s.text,
      aliases: [s.text],
      mentions: [{ field: s.field, start: s.start, end: s.end, text: s.text }],
      confidence: 0.5,
      role: 'used',
    });
  }
  return out;
}

const t0 = Date.now();
const items = load();
console.log(`loaded ${items.length} papers in ${Date.now() - t0} ms`);
const thresholds = [-Infinity, 0, 2, 4, 6, 8, 10, 14];
const K = 7;
const foldOfFile = foldOf(K);
const base = emptyCounts();
const withAdd = thresholds.map(() => emptyCounts());
const perFile = new Map<
  string,
  { base: ReturnType<typeof emptyCounts>; add: ReturnType<typeof emptyCounts>[] }
>();
const taggerOnly = emptyCounts();
for (let fold = 0; fold < K; fold++) {
  const train = items.filter((it) => foldOfFile(it.file) !== fold);
  const testItems = items.filter((it) => foldOfFile(it.file) === fold);
  const m = new Model();
  const t1 = Date.now();
  m.train(train, epochs);
  console.log(
    `fold ${fold}: trained on ${train.length} in ${Date.now() - t1} ms, ${m.w.size} features`,
  );
  for (const it of testItems) {
    const ents = asEntities(it.local);
    const b = scorePaper(ents, it.paper.entities).byType;
    addCounts(base, b);
    let pf = perFile.get(it.file);
    if (pf === undefined) {
      pf = { base: emptyCounts(), add: thresholds.map(() => emptyCounts()) };
      perFile.set(it.file, pf);
    }
    addCounts(pf.base, b);
    const all: Span[] = [];
    it.docs.forEach((d, k) => {
      const { path, emit } = m.decode(it.feats[k] ?? []);
      all.push(...spans(d, path, emit));
    });
    addCounts(taggerOnly, scorePaper(add([], all), it.paper.entities).byType);
    const covered = (s: Span): boolean =>
      it.local.some((e) =>
        e.mentions.some((mm) => mm.field === s.field && mm.start < s.end && s.start < mm.end),
      );
    const fresh = all.filter((s) => !covered(s));
    thresholds.forEach((th, k) => {
      const c = scorePaper(
        add(
          ents,
          fresh.filter((s) => s.conf >= th),
        ),
        it.paper.entities,
      ).byType;
      addCounts(withAdd[k] ?? emptyCounts(), c);
      addCounts(pf.add[k] ?? emptyCounts(), c);
    });
  }
}
console.log(`tagger alone   ${scoreLine(taggerOnly)}`);
console.log(`rules          ${scoreLine(base)}`);
thresholds.forEach((th, k) => {
  console.log(`+tagger >=${String(th).padEnd(5)} ${scoreLine(withAdd[k] ?? emptyCounts())}`);
});
const shown = Number(args.find((a) => a.startsWith('--show='))?.slice(7) ?? 2);
for (const [f, pf] of perFile) {
  console.log(`  ${f.padEnd(12)} ${f1(pf.base)} → ${f1(pf.add[shown] ?? emptyCounts())}`);
}
