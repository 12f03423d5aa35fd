// Patterns as data: the cues that make a method the paper's own ("we propose
// X", "X, a novel …"), and the relation rules whose ids travel into
// `Relation.rule` as provenance. Each entry has an id and an example.
import type { RelationType } from '../types';
import { VALUE_UNIT } from './result-cues';

export interface RoleRule {
  id: string;
  example: string;
  /** Matched against the sentence text before the mention (anchored at its end) … */
  before?: RegExp;
  /** … or after the mention (anchored at its start). */
  after?: RegExp;
  /** A cue anywhere before the mention in the sentence; the first new name after it is proposed. */
  cue?: RegExp;
}

export const ROLE_RULES: RoleRule[] = [
  {
    id: 'role/we-propose',
    example: 'We propose Zipper, a multi-tower decoder',
    cue: /\b(?:we|this (?:paper|work|study)|here(?:,)? we|in this (?:paper|work), we)\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|build|release|contribute|put forward|unveil)s?\b/i,
  },
  {
    id: 'role/called',
    example: 'a new architecture, called SVT',
    before: /\b(?:called|named|termed|dubbed|coined|denoted(?: as)?|namely)\s*[“"']?$/i,
  },
  {
    id: 'role/appositive',
    example: 'Zipper, a novel multi-tower decoder',
    after:
      /^\s*(?:\([^)]*\)\s*)?,\s*(?:a|an)\s+(?:\S+\s+){0,2}?(?:novel|new|simple|unified|general|lightweight|scalable|efficient|training-free|plug-and-play|first|framework|method|approach|model|architecture|system)\b/i,
  },
  {
    id: 'role/our',
    example: 'our SVT-H-L reaches',
    before: /\bour\s+(?:proposed\s+|new\s+)?$/i,
  },
  {
    id: 'role/proposed-adjective',
    example: 'the proposed MIMO-VP',
    before: /\b(?:the|our) proposed\s+$/i,
  },
];

export interface RelationRule {
  id: string;
  type: RelationType;
  example: string;
  /** The cue in the sentence: source methods before it, target methods after it. */
  cue: RegExp;
}

export const RELATION_RULES: RelationRule[] = [
  {
    id: 'outperforms/verb',
    type: 'outperforms',
    example: 'SVT outperforms DeiT and Swin',
    cue: /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|better than|superior to|improv(?:es|ed|ing) (?:over|upon)|advantage over)\b/i,
  },
  {
    id: 'outperforms/gain',
    type: 'outperforms',
    example: 'FreCaS is 2.86x faster than ScaleCrafter; a 5.1x parameter reduction over DeiT-Base',
    // A comparative or a measured gain, then its point of comparison: the gold reads these
    // as a win, not a plain comparison (dev-b #142, #172, #232, #452).
    cue: /\b(?:(?:faster|higher|stronger|cheaper|smaller|lower|fewer|less|more (?:accurate|efficient|robust))\s+than|(?:speed-?ups?|reductions?|improvements?|gains?)\s+(?:over|compared (?:to|with)|relative to)|(?:improv\w*|gains?|speed-?ups?|reduc\w*|faster|higher|better|fewer)\b[^.;:]{0,60}?\b(?:compared (?:to|with)|relative to))\s/i,
  },
  {
    id: 'compared_with/phrase',
    type: 'compared_with',
    example: 'compared with LoRA, our method …',
    cue: /\b(?:compared (?:to|with|against)|in comparison (?:to|with)|versus|vs\.?|against|relative to|on par with|comparable to|competitive with)\b/i,
  },
  {
    id: 'builds_on/phrase',
    type: 'builds_on',
    example: 'built upon the Transformer; extends LLaVA',
    cue: /\b(?:based on|built (?:up)?on|builds (?:up)?on|extend(?:s|ing)?|on top of|inspired by|derived from|initiali[sz]ed (?:from|with))\b/i,
  },
];

/** Co-occurrence rules: a method and an entity of the target type in one sentence. */
export const COOCCURRENCE_RULES: {
  id: string;
  type: RelationType;
  target: 'dataset' | 'metric' | 'task';
  example: string;
}[] = [
  {
    id: 'evaluated_on/sentence',
    type: 'evaluated_on',
    target: 'dataset',
    example: 'SVT reaches 85.7% on ImageNet',
  },
  {
    id: 'measured_by/sentence',
    type: 'measured_by',
    target: 'metric',
    example: 'SVT reaches 85.7% top-1 accuracy',
  },
  {
    id: 'addresses/sentence',
    type: 'addresses',
    target: 'task',
    example: 'Zipper for automatic speech recognition',
  },
];

/**
 * A value as written: "85.7%", "73.62\%", "0.92", "2.3x", "+3.1", "53 times", "1.6 ms",
 * "20-30%". Not a number inside a name ("GPT-3.5", "ResNet-50", "CIFAR-10.1"): neither
 * the number nor its sign may follow a letter, digit or point; it may end before any
 * punctuation ("mIoU of 54.7.") or a letter ("51.2mAP"), not before a digit.
 */
export const VALUE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}.])[+\-−±]|(?<![\p{L}\p{N}.+\-−±]))\d+(?:\.\d+)?` +
    String.raw`(?:${VALUE_UNIT})?(?:[-–]\d+(?:\.\d+)?(?:${VALUE_UNIT})?)?(?!\p{N}|\.\d)`,
  'gu',
);
