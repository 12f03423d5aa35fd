// Step 8: roles. A method is `proposed` when the title names it before the
// colon, or a role rule (lexicon/patterns.ts) fires on one of its mentions;
// everything else is `used`. Lexicon methods are proposed only by a direct cue
// on their own mention, never by "we propose" alone. The sizes and variants of a
// proposed name are proposed too ("P2AT" → "P2AT-L", "FlexiBERT" → "FlexiBERT-Mini").
import { ROLE_RULES } from '../lexicon/patterns';
import type { Candidate, FieldDoc, LocalEntity } from './model';

export function assignRoles(
  docs: FieldDoc[],
  candidates: Candidate[],
  entityOf: number[],
  entities: LocalEntity[],
): void {
  const propose = (k: number): void => {
    const e = entities[entityOf[k] ?? -1];
    if (e !== undefined && e.type === 'method') e.role = 'proposed';
  };
  candidates.forEach((c, k) => {
    if (c.source === 'title') propose(k);
    // Only a method not yet proposed can change: skip the rules' regexes for the rest.
    const entity = entities[entityOf[k] ?? -1];
    if (entity === undefined || entity.type !== 'method' || entity.role === 'proposed') return;
    const sentence = c.doc.sentences[c.doc.sentenceOfAtom[c.a0] ?? -1];
    if (sentence === undefined) return;
    const before = c.doc.text.slice(sentence.start, c.start);
    const after = c.doc.text.slice(c.end, sentence.end);
    for (const rule of ROLE_RULES) {
      if ((rule.before?.test(before) ?? false) || (rule.after?.test(after) ?? false)) propose(k);
    }
  });
  // "We propose …": the first method name after the cue, in the same sentence.
  for (const doc of docs) {
    // Names the cue can point at; a sentence without one need not be searched for the cue.
    const named = candidates.filter(
      (c) =>
        c.doc === doc && c.source !== 'lexicon' && c.source !== 'phrase' && c.source !== 'variant',
    );
    if (named.length === 0) continue;
    for (const rule of ROLE_RULES) {
      if (rule.cue === undefined) continue;
      for (const sentence of doc.sentences) {
        if (!named.some((c) => c.start >= sentence.start && c.end <= sentence.end)) continue;
        const text = doc.text.slice(sentence.start, sentence.end);
        const m = rule.cue.exec(text);
        if (m === null) continue;
        const cueEnd = sentence.start + m.index + m[0].length;
        const k = candidates.findIndex(
          (c) =>
            c.doc === doc &&
            c.start >= cueEnd &&
            c.end <= sentence.end &&
            c.start - cueEnd < 160 &&
            c.source !== 'lexicon' &&
            c.source !== 'phrase' &&
            c.source !== 'variant',
        );
        const c = candidates[k];
        if (c === undefined) continue;
        // What the paper proposes is a method even when its head word looked like a task
        // ("we propose Adversarial Diffusion Compression (ADC)"); named datasets stay datasets.
        const e = entities[entityOf[k] ?? -1];
        if (e !== undefined && e.type === 'task' && !e.lexical) e.type = 'method';
        propose(k);
      }
    }
  }
  // Both follow a proposed name; most papers' entities are scanned once for one.
  if (!entities.some((e) => e.role === 'proposed' && e.type === 'method')) return;
  proposeVariants(entities);
  proposeModules(entities);
}

/** A Title-Case name of two or more words: "Global Context Enhancer", "Self-Mining Sampler". */
const TITLE_CASE_NAME = /^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{L}-]+)+$/u;

/**
 * The parts of a proposed method: in a paper that proposes something, a Title-Case
 * name of the paper's own (not in the lexicon, no acronym of its own) is one of its
 * modules ("Global Context Enhancer", "Augmenting Block"); baselines are cited by
 * short names instead (dev-d: 8 such modules were read as used).
 */
function proposeModules(entities: LocalEntity[]): void {
  for (const e of entities) {
    if (e.type !== 'method' || e.role === 'proposed' || e.lexical || e.short !== undefined)
      continue;
    if (!e.name.includes(' ')) continue;
    // A plural names a family ("Large Multimodal Models"), not a part of this one.
    if (TITLE_CASE_NAME.test(e.name) && !/[^s]s$/.test(e.name)) e.role = 'proposed';
  }
}

/**
 * The paper's own sizes and variants: a method named as a proposed name plus a tail
 * ("P2AT-S", "RevCol-XL", "TransNeXt-Tiny", "MosaicBERT base") is proposed with it
 * (dev-b, dev-c, dev-d: 14 such variants were read as used). The proposed name must be
 * the paper's own (not from the lexicon) and at least three characters long.
 */
function proposeVariants(entities: LocalEntity[]): void {
  const roots: string[] = [];
  for (const e of entities) {
    if (e.type !== 'method' || e.role !== 'proposed' || e.lexical) continue;
    if (e.name.length >= 3) roots.push(e.name);
    if (e.short !== undefined && e.short.length >= 3) roots.push(e.short);
  }
  if (roots.length === 0) return;
  for (const e of entities) {
    if (e.type !== 'method' || e.role === 'proposed') continue;
    for (const root of roots) {
      if (isVariant(e.name, root)) {
        e.role = 'proposed';
        break;
      }
    }
  }
}

function isVariant(name: string, root: string): boolean {
  return (
    name.length > root.length && name.startsWith(root) && VARIANT_TAIL.test(name.slice(root.length))
  );
}

/** What follows a proposed name in its variants: "-S", "-XL", "V2", " base". */
const VARIANT_TAIL = /^[-\s]?[\p{Lu}\d]|^[-\s](?:base|large|small|tiny|mini)\b/u;
