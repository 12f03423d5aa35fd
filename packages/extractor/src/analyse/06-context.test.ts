import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typeOf = (abstract: string, name: string): string | undefined =>
  extract({ title: 'A study', abstract }).entities.find((e) => e.name === name)?.type;

// Sentences adapted from dev-b / dev-c abstracts whose datasets were read as methods.
describe('dataset by context', () => {
  it.each([
    [
      '"on X" after a score',
      'Zorblax scores 70.9 on MLVU, and 63.3 on Video-MME.',
      'MLVU',
      'dataset',
    ],
    [
      '"on X" after a result',
      'We obtain a new SOTA result on Flowers-102 today.',
      'Flowers-102',
      'dataset',
    ],
    ['a benchmark label', 'We test on the human parsing benchmark LIP as well.', 'LIP', 'dataset'],
    [
      'a list after a bracketed sub-list',
      'We use RewardBench (incl. AlpacaEval and LLMBar), Zorbmath, and two new sets.',
      'Zorbmath',
      'dataset',
    ],
    [
      'a list after a variant with sizes',
      'It spans recognition (ImageNet, Kinetics-400/600/700, Zorb-in-Time) and retrieval.',
      'Zorb-in-Time',
      'dataset',
    ],
    [
      'not after a defined short form',
      'OFA won the 3rd Low Power Computer Vision Challenge (LPCVC), DSP classification track.',
      'DSP',
      'method',
    ],
    [
      'a cue word then a comma',
      'On STEM benchmarks, SwiReasoning consistently improves accuracy.',
      'SwiReasoning',
      'method',
    ],
    [
      'a cue word then a colon',
      'We evaluate on three medical benchmarks: CMB, CMExam, and CMMLU-Med.',
      'CMB',
      'dataset',
    ],
    [
      'an appositive with a list of adjectives',
      'We present TT4D, a large-scale, high-fidelity table tennis dataset.',
      'TT4D',
      'dataset',
    ],
    [
      'an appositive',
      'It beats baselines on long inputs, see ChapterBreak, a challenging long-context benchmark.',
      'ChapterBreak',
      'dataset',
    ],
    [
      'a list with bracketed values',
      'Results on MSU-MFSD (3.12%), Replay-Attack (11.19%), and OULU-NPU (12.5%).',
      'OULU-NPU',
      'dataset',
    ],
    [
      'not a list after an opening phrase',
      'On ImageNet-1K, NViT-Base achieves 83% accuracy.',
      'NViT-Base',
      'method',
    ],
    [
      'a model size is a model',
      'We test speculative decoding on Baichuan-Small and Baichuan-Large.',
      'Baichuan-Small',
      'method',
    ],
    [
      '"based on X" stays a method',
      'Our detector is based on Zorblax for speed.',
      'Zorblax',
      'method',
    ],
    [
      '"built on X" stays a method',
      'The agent is built on SkyNet-7 modules.',
      'SkyNet-7',
      'method',
    ],
  ])('%s', (_label, abstract, name, type) => {
    expect(typeOf(abstract, name)).toBe(type);
  });
});
