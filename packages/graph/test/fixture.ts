// A small hand-built corpus with known answers, for the graph package's tests. Four papers
// written for the tests (not real abstracts): LoRA, QLoRA (builds on LoRA, uses quantization),
// GPTQ (quantization, perplexity) and one whose title and entity names hold XML-special and
// non-ASCII characters. Offsets are computed from the text, so mentions always match.
import type {
  Entity,
  EntityType,
  Relation,
  RelationType,
  Result,
  Span,
} from '@papergraph/extractor';
import type { ExtractedPaper } from '../src/paper';

interface EntitySpec {
  id: string;
  name: string;
  role?: 'proposed' | 'used';
  aliases?: string[];
}

function span(paper: { title: string; abstract: string }, text: string): Span {
  const inAbstract = paper.abstract.indexOf(text);
  if (inAbstract >= 0)
    return { field: 'abstract', start: inAbstract, end: inAbstract + text.length };
  const inTitle = paper.title.indexOf(text);
  if (inTitle >= 0) return { field: 'title', start: inTitle, end: inTitle + text.length };
  throw new Error(`fixture: "${text}" is not in "${paper.title}"`);
}

export function makePaper(
  id: string,
  date: string | null,
  title: string,
  abstract: string,
  entities: EntitySpec[],
  relations: [RelationType, string, string, string][] = [],
  results: [string, string, string, string][] = [],
): ExtractedPaper {
  const text = { title, abstract };
  return {
    id,
    title,
    abstract,
    date,
    entities: entities.map((e): Entity => ({
      id: e.id,
      type: e.id.slice(0, e.id.indexOf(':')) as EntityType,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.id.startsWith('method:') ? { role: e.role ?? 'used' } : {}),
      mentions: [{ ...span(text, e.name), text: e.name }],
      confidence: 0.9,
    })),
    relations: relations.map(([type, source, target, phrase]): Relation => ({
      type,
      source,
      target,
      evidence: span(text, phrase),
      rule: `test-${type}`,
    })),
    results: results.map(([method, dataset, metric, value]): Result => ({
      method,
      dataset,
      metric,
      value,
      evidence: span(text, value),
    })),
    appearances: [{ list: `list-${date ?? 'undated'}.txt`, ...(date ? { date } : {}) }],
  };
}

export const FIXTURE: ExtractedPaper[] = [
  makePaper(
    '2106.09685',
    '2024-04-01',
    'LoRA: Low-Rank Adaptation of Large Language Models',
    'We propose LoRA, which freezes the Transformer weights. LoRA reaches 88.5% accuracy on GLUE.',
    [
      { id: 'method:lora', name: 'LoRA', role: 'proposed', aliases: ['Low-Rank Adaptation'] },
      { id: 'method:transformer', name: 'Transformer' },
      { id: 'dataset:glue', name: 'GLUE' },
      { id: 'metric:accuracy', name: 'accuracy' },
    ],
    [['evaluated_on', 'method:lora', 'dataset:glue', 'LoRA reaches 88.5% accuracy on GLUE.']],
    [['method:lora', 'dataset:glue', 'metric:accuracy', '88.5%']],
  ),
  makePaper(
    '2305.14314',
    '2024-04-02',
    'QLoRA: Efficient Finetuning of Quantized LLMs',
    'QLoRA builds on LoRA and adds 4-bit quantization. QLoRA scores 89.1% accuracy on GLUE.',
    [
      { id: 'method:qlora', name: 'QLoRA', role: 'proposed' },
      { id: 'method:lora', name: 'LoRA' },
      { id: 'method:quantization', name: 'quantization' },
      { id: 'dataset:glue', name: 'GLUE' },
      { id: 'metric:accuracy', name: 'accuracy' },
    ],
    [
      [
        'builds_on',
        'method:qlora',
        'method:lora',
        'QLoRA builds on LoRA and adds 4-bit quantization.',
      ],
      ['evaluated_on', 'method:qlora', 'dataset:glue', 'QLoRA scores 89.1% accuracy on GLUE.'],
    ],
    [['method:qlora', 'dataset:glue', 'metric:accuracy', '89.1%']],
  ),
  makePaper(
    '2210.17323',
    '2024-04-03',
    'GPTQ: Accurate Post-Training Quantization for Generative Transformers',
    'GPTQ applies quantization to the Transformer. GPTQ reaches a perplexity of 5.2 on WikiText-2, against 6.1 for RTN.',
    [
      { id: 'method:gptq', name: 'GPTQ', role: 'proposed' },
      { id: 'method:quantization', name: 'quantization' },
      { id: 'method:transformer', name: 'Transformer' },
      { id: 'dataset:wikitext-2', name: 'WikiText-2' },
      { id: 'metric:perplexity', name: 'perplexity' },
      { id: 'method:rtn', name: 'RTN' },
    ],
    [
      [
        'outperforms',
        'method:gptq',
        'method:rtn',
        'GPTQ reaches a perplexity of 5.2 on WikiText-2, against 6.1 for RTN.',
      ],
    ],
    [
      ['method:gptq', 'dataset:wikitext-2', 'metric:perplexity', '5.2'],
      ['method:rtn', 'dataset:wikitext-2', 'metric:perplexity', '6.1'],
    ],
  ),
  makePaper(
    'odd',
    null,
    'Naïve "Bayes" <revisited> & café ☕',
    'The Naïve "Bayes" <&> classifier is evaluated for image classification.',
    [
      { id: 'method:naive-bayes', name: 'Naïve "Bayes" <&>' },
      { id: 'task:image-classification', name: 'image classification' },
    ],
  ),
];
