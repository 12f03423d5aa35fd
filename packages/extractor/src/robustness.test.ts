// Bad input never throws and always gives valid offsets: fast-check properties
// over random and mutated abstracts, plus table tests for the tricky inputs
// (empty, one word, 100 KB, non-English, HTML, LaTeX, control characters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, extract, extractCorpus } from './index';
import type { Extraction, PaperText } from './types';

const SEED_ABSTRACT =
  'We propose Zipper, a multi-tower decoder architecture (MTDA) built upon the Transformer. ' +
  'Zipper reaches 85.7% top-1 accuracy on ImageNet and outperforms ViT-B/16 and ResNet-50 ' +
  "in terms of BLEU on WMT'14 English-German, compared with LoRA (Hu et al., 2022).";

const ID = /^(method|dataset|metric|task):[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

function checkValid(paper: PaperText, x: Extraction): void {
  const ids = new Set(x.entities.map((e) => e.id));
  for (const e of x.entities) {
    expect(e.id).toMatch(ID);
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    for (const m of e.mentions) expect(paper[m.field].slice(m.start, m.end)).toBe(m.text);
  }
  for (const r of x.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(r.evidence.start).toBeLessThanOrEqual(r.evidence.end);
    expect(r.evidence.end).toBeLessThanOrEqual(paper[r.evidence.field].length);
  }
  for (const r of x.results)
    expect(ids.has(r.method) && ids.has(r.dataset) && ids.has(r.metric)).toBe(true);
}

/** Mutations of a real-looking abstract: insertions, deletions, case flips, injected junk. */
const mutated = fc
  .array(
    fc.record({
      at: fc.nat(SEED_ABSTRACT.length),
      cut: fc.nat(12),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          '(',
          ')',
          ' (ViT) ',
          '<b>',
          '$\\alpha$',
          '\u0000',
          '\u200b',
          '-',
          '%',
          ' et al.',
          'é',
          '\ud83d\ude00',
          '\ud800',
        ),
      ),
    }),
    { maxLength: 10 },
  )
  .map((edits) => {
    let text = SEED_ABSTRACT;
    for (const e of edits) {
      const at = Math.min(e.at, text.length);
      text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }
    return text;
  });

describe('never throws, offsets always valid', () => {
  it('holds for random strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.string({ maxLength: 80 }),
        (abstract, title) => {
          const paper = { title, abstract };
          checkValid(paper, extract(paper));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds for full-unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (abstract) => {
        const paper = { title: abstract.slice(0, 20), abstract };
        checkValid(paper, extract(paper));
      }),
      { numRuns: 200 },
    );
  });

  it('holds for mutated abstracts', () => {
    fc.assert(
      fc.property(mutated, (abstract) => {
        const paper = { title: 'Zipper: A Decoder', abstract };
        checkValid(paper, extract(paper));
      }),
      { numRuns: 300 },
    );
  });

  it('gives JSON-serialisable analyses that survive a round trip', () => {
    fc.assert(
      fc.property(mutated, (abstract) => {
        const a = analyse({ title: '', abstract });
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

describe('tricky inputs', () => {
  const big = `${SEED_ABSTRACT} `.repeat(Math.ceil(100_000 / SEED_ABSTRACT.length));
  it.each<[string, string]>([
    ['empty', ''],
    ['one word', 'Transformer'],
    ['only spaces', '   \n\t  '],
    ['100 KB', big],
    ['Chinese', '我们提出了一种新的视觉变换器模型，在ImageNet上取得了85.7%的准确率。'],
    ['German', 'Wir schlagen Zipper vor, eine Architektur für Übersetzung mit BLEU auf WMT.'],
    [
      'HTML',
      '<p>We propose <b>Zipper</b> &amp; evaluate on <i>ImageNet</i>.</p><script>x()</script>',
    ],
    [
      'LaTeX',
      'We use $\\mathcal{O}(n^2)$ \\textbf{attention} and reach 85.7\\% on \\texttt{COCO}~\\cite{x}.',
    ],
    ['control characters', 'We\u0000 propose\u0007 Zip\u001bper\u0008 on ImageNet\u007f.'],
    ['unbalanced brackets', 'The Vision Transformer (ViT ( is (( )) good ) (ViT)'],
    ['lone surrogates', 'ViT \ud800 on ImageNet \udc00 (IN)'],
  ])('%s', (_, abstract) => {
    const paper = { title: abstract.slice(0, 40), abstract };
    const x = extract(paper);
    checkValid(paper, x);
  });

  it('gives an empty result for an empty paper', () => {
    expect(extract({ title: '', abstract: '' })).toEqual({
      entities: [],
      relations: [],
      results: [],
    });
  });

  it('tolerates non-string fields from untyped callers', () => {
    const paper = { title: null, abstract: undefined } as unknown as PaperText;
    expect(() => extractCorpus([paper])).not.toThrow();
  });

  it('is deterministic', () => {
    const paper = { title: 'Zipper: A Decoder', abstract: SEED_ABSTRACT };
    expect(JSON.stringify(extract(paper))).toBe(JSON.stringify(extract(paper)));
  });
});
