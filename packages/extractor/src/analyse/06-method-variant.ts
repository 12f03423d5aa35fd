// Step 6d: a named model with its size or version after it. Fresh papers name
// the exact checkpoint they use: "UL2 20B", "TinyLlama 1.1B", "FLAN-PaLM 62B",
// "BitNet b1.58", "ViT-Huge", "BERT base", "DINO-R50"; the gold keeps the
// variant as its own entity (dev-b … dev-e), as step 2 already does for lexicon
// families. This widens any name-like method span (capitalised or with digits)
// over one such tail, and drops the spans the tail was found as on its own ("b1.58").
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** Tails that make a named model a variant, by the gap before them. Each with its examples. */
const TAILS: { gap: string; tail: RegExp; example: string }[] = [
  // A parameter count: "UL2 20B", "TinyLlama 1.1B", "FLAN-PaLM 62B", "OPT-350M".
  { gap: ' ', tail: /^\d+(?:\.\d+)?[BMKT]$/, example: 'TinyLlama 1.1B' },
  { gap: '-', tail: /^\d+(?:\.\d+)?[BMKT]$/, example: 'UL2-20B' },
  // A version or bit-width tag: "BitNet b1.58", "YOLO v8".
  { gap: ' ', tail: /^[vb]\d+(?:\.\d+)*$/, example: 'BitNet b1.58' },
  // A size name: "ViT-Huge", "M2-BERT-base", "ViT-L".
  {
    gap: '-',
    tail: /^(?:huge|large|base|small|tiny|giant|medium|xl|xxl|[BLSHG])$/i,
    example: 'ViT-Huge',
  },
  // A size written after a space: "BERT base", "MosaicBERT base", "DeiT Small" (dev-b).
  { gap: ' ', tail: /^(?:base|large|Base|Large|Small|Tiny|Huge)$/, example: 'DeiT Small' },
  // A scaled size code: "PVTv2-B0", "EfficientNet-B3" (dev-c).
  { gap: '-', tail: /^[BLSMT]\d$/, example: 'PVTv2-B0' },
  // A ResNet backbone: "DINO-R50", "DETR-R101".
  { gap: '-', tail: /^R(?:18|34|50|101|152)$/, example: 'DINO-R50' },
  // A version or depth number: "BEiT-3" (dev-f), "ChatGPT-4" (dev-h), "Phi-3.5", "VGG-16".
  { gap: '-', tail: /^\d{1,3}(?:\.\d+)?$/, example: 'BEiT-3' },
];

function isTail(g: string, text: string): boolean {
  for (const t of TAILS) if (t.gap === g && t.tail.test(text)) return true;
  return false;
}

/** Widens name-like method spans over a size or version tail, in place. */
export function extendVariants(candidates: Candidate[]): void {
  const swallowed = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== 'method' || c.source === 'phrase' || swallowed.has(c)) continue;
    const { doc } = c;
    const last = doc.atoms[c.a1 - 1];
    const next = doc.atoms[c.a1];
    if (last === undefined || next === undefined) continue;
    if (!last.capitalised && last.digitCount === 0 && last.upperCount === 0) continue;
    const g = gap(doc, c.a1);
    if ((g !== ' ' && g !== '-') || !isTail(g, next.text)) continue;
    if (c.source === 'lexicon') {
      c.family = c.name;
      c.source = 'variant';
    }
    c.a1 += 1;
    // A patch size after a size name: "DiT-XL/2", "ViT-B/16".
    const patch = doc.atoms[c.a1];
    if (g === '-' && patch !== undefined && gap(doc, c.a1) === '/' && /^\d{1,2}$/.test(patch.text))
      c.a1 += 1;
    c.end = (doc.atoms[c.a1 - 1] ?? next).end;
    c.name = doc.text.slice(c.start, c.end);
    for (const o of candidates) {
      if (o !== c && o.doc === doc && o.a0 >= c.a0 && o.a1 <= c.a1) swallowed.add(o);
    }
  }
  if (swallowed.size === 0) return;
  const kept = candidates.filter((c) => !swallowed.has(c));
  candidates.splice(0, candidates.length, ...kept);
}
