// Step 6e: a paper's own name for a known architecture. The lexicon knows
// "Transformer", "Conformer", "GAN", "Mamba"; a fresh paper writes "CSWin
// Transformer", "Relaxed Recursive Transformers", "Stateful Conformer",
// "Denoising Diffusion GANs", "Phi-Mamba", and the gold names the whole (dev-d,
// dev-e), where steps 2 and 4 found the known head and the name before it apart
// ("CSWin" + "Transformer"). A capitalised lexicon head takes, on its left, a
// shape-found name it touches, or capitalised words in the middle of a sentence.
// Title-Case titles are left alone: every word there is capitalised. Two known
// names joined by a hyphen are one hybrid ("Phi-Mamba", "ViT-MoE", dev-b, dev-d).
import { lookup } from '../lexicon';
import { NOT_NAMES } from '../lexicon/not-names';
import type { Candidate } from './model';
import { gap, startsSentence } from './01-prepare';

/** A dimension prefix: "3D", "4D". */
const DIMENSION = /^[1-4]D$/;

/** At most this many capitalised words before the head: "Relaxed Recursive Transformer". */
const MAX_WORDS = 3;

/** Widens capitalised lexicon method heads over the paper's name before them, in place. */
export function extendNamedHeads(candidates: Candidate[]): void {
  const swallowed = new Set<Candidate>();
  // The candidate that ends at each atom of the field: a shape name touching a head.
  // Built on the first head that needs it (most fields have none).
  let endingAt: (Candidate | undefined)[] | null = null;
  for (const c of candidates) {
    if (c.type !== 'method' || (c.source !== 'lexicon' && c.source !== 'variant')) continue;
    const { doc } = c;
    if (c.a0 === 0 || doc.atoms[c.a0]?.capitalised !== true || c.a1 - c.a0 > 2) continue;
    if (endingAt === null) {
      endingAt = [];
      for (const o of candidates) if (o.doc === doc) endingAt[o.a1] = o;
    }
    let first = c.a0;
    const left = endingAt[first];
    const g = gap(doc, first);
    if (left !== undefined && left !== c && (g === ' ' || g === '-')) {
      if (left.source !== 'shape' && left.source !== 'title') continue;
      first = left.a0;
      swallowed.add(left);
    } else if (
      DIMENSION.test(doc.atoms[first - 1]?.text ?? '') &&
      (g === ' ' || g === '-') &&
      !/model$/i.test(c.name)
    ) {
      // "3D U-Net", "3D CNNs", "4D Gaussian Splatting": a named architecture lifted to
      // another dimension is its own method (Çiçek et al. 2016); lower-case "3D
      // convolution" stays "convolution" (step 6c), as the dev gold keeps it; so does
      // a generic family ("2D Diffusion Models", dev-e).
      first -= 1;
    } else if (doc.field === 'abstract') {
      for (let n = 0; n < MAX_WORDS; n++) {
        let k = first - 1;
        // A capitalised hyphen compound is one word: "Spike-driven Transformer".
        const tail = doc.atoms[k];
        if (tail !== undefined && !tail.capitalised && gap(doc, k) === '-') k -= 1;
        if (k < first - 1 && endingAt[first] !== undefined) break;
        const atom = doc.atoms[k];
        if (atom === undefined || !atom.capitalised || startsSentence(doc, k)) break;
        if ((gap(doc, first) !== ' ' && gap(doc, first) !== '-') || NOT_NAMES.has(atom.lower))
          break;
        if (endingAt[k + 1] !== undefined) break;
        first = k;
      }
    }
    const atom = doc.atoms[first];
    if (first === c.a0 || atom === undefined) continue;
    c.a0 = first;
    c.start = atom.start;
    c.name = doc.text.slice(c.start, c.end);
    c.source = 'shape';
    delete c.family;
  }
  joinHybrids(candidates, swallowed);
  if (swallowed.size === 0) return;
  const kept = candidates.filter((c) => !swallowed.has(c));
  candidates.splice(0, candidates.length, ...kept);
}

/** "Phi-Mamba", "ViT-MoE": a known method name, a hyphen, another capitalised one. */
function joinHybrids(candidates: Candidate[], swallowed: Set<Candidate>): void {
  for (const c of candidates) {
    if (c.type !== 'method' || swallowed.has(c)) continue;
    if (c.source !== 'lexicon' && c.source !== 'variant') continue;
    const { doc } = c;
    const next = doc.atoms[c.a1];
    if (next === undefined || !next.capitalised || gap(doc, c.a1) !== '-') continue;
    if (lookup(next.text)?.type !== 'method') continue;
    c.a1 += 1;
    c.end = next.end;
    c.name = doc.text.slice(c.start, c.end);
    c.source = 'shape';
    delete c.family;
    for (const o of candidates) {
      if (o !== c && o.doc === doc && o.a0 >= c.a0 && o.a1 <= c.a1) swallowed.add(o);
    }
  }
}
