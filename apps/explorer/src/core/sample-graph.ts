// A small hand-made graph in the schema of packages/graph: the unit tests' fixture.
// The texts are shortened from two abstracts of the bundled corpus (data/000_*.txt).
import Graph from 'graphology';
import {
  KIND_COLORS,
  type EdgeAttributes,
  type EntityKind,
  type PaperGraph,
} from '@papergraph/graph';

interface SamplePaper {
  key: string;
  title: string;
  abstract: string;
  date: string;
  community: number;
  x: number;
  y: number;
}

const PAPERS: SamplePaper[] = [
  {
    key: 'paper:lora-quant',
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    abstract:
      'We present QLoRA, which backpropagates through a frozen quantization of a model into LoRA adapters. ' +
      'It reaches 99.3% accuracy on MMLU.',
    date: '2024-04-03',
    community: 0,
    x: 0,
    y: 0,
  },
  {
    key: 'paper:vit',
    title: 'An Image is Worth 16x16 Words',
    abstract:
      'The Vision Transformer (ViT) attains 88.5% top-1 accuracy on ImageNet for image classification.',
    date: '2024-03-14',
    community: 1,
    x: 10,
    y: 5,
  },
  {
    key: 'paper:xss',
    title: 'A <b>bold</b> title',
    abstract: 'This abstract contains <img src=x onerror=alert(1)> and mentions LoRA.',
    date: '2024-03-12',
    community: 0,
    x: -5,
    y: 8,
  },
];

interface SampleEntity {
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  community: number;
  x: number;
  y: number;
}

const ENTITIES: SampleEntity[] = [
  {
    key: 'method:lora',
    kind: 'method',
    label: 'LoRA',
    aliases: ['low-rank adaptation'],
    community: 0,
    x: -2,
    y: 3,
  },
  { key: 'method:qlora', kind: 'method', label: 'QLoRA', aliases: [], community: 0, x: 2, y: -3 },
  {
    key: 'method:quantization',
    kind: 'method',
    label: 'quantization',
    aliases: ['quantisation'],
    community: 0,
    x: 4,
    y: 1,
  },
  { key: 'dataset:mmlu', kind: 'dataset', label: 'MMLU', aliases: [], community: 0, x: -3, y: -4 },
  {
    key: 'metric:accuracy',
    kind: 'metric',
    label: 'accuracy',
    aliases: [],
    community: 0,
    x: 5,
    y: -2,
  },
  {
    key: 'method:vision-transformer',
    kind: 'method',
    label: 'Vision Transformer',
    aliases: ['ViT', 'ViTs'],
    community: 1,
    x: 12,
    y: 8,
  },
  {
    key: 'dataset:imagenet',
    kind: 'dataset',
    label: 'ImageNet',
    aliases: ['ImageNet-1k'],
    community: 1,
    x: 14,
    y: 3,
  },
  {
    key: 'metric:top-1-accuracy',
    kind: 'metric',
    label: 'top-1 accuracy',
    aliases: [],
    community: 1,
    x: 9,
    y: 1,
  },
  {
    key: 'task:image-classification',
    kind: 'task',
    label: 'image classification',
    aliases: [],
    community: 1,
    x: 8,
    y: 9,
  },
];

/** [paper, entity, field, text to find]: each becomes a `mentions` edge with its span. */
const MENTIONS: [string, string, 'title' | 'abstract', string][] = [
  ['paper:lora-quant', 'method:qlora', 'title', 'QLoRA'],
  ['paper:lora-quant', 'method:quantization', 'abstract', 'quantization'],
  ['paper:lora-quant', 'method:lora', 'abstract', 'LoRA adapters'],
  ['paper:lora-quant', 'dataset:mmlu', 'abstract', 'MMLU'],
  ['paper:lora-quant', 'metric:accuracy', 'abstract', 'accuracy'],
  ['paper:vit', 'method:vision-transformer', 'abstract', 'Vision Transformer'],
  ['paper:vit', 'dataset:imagenet', 'abstract', 'ImageNet'],
  ['paper:vit', 'metric:top-1-accuracy', 'abstract', 'top-1 accuracy'],
  ['paper:vit', 'task:image-classification', 'abstract', 'image classification'],
  ['paper:xss', 'method:lora', 'abstract', 'LoRA'],
];

export function sampleGraph(): PaperGraph {
  const graph = new Graph({ type: 'directed' }) as unknown as PaperGraph;
  graph.replaceAttributes({ name: 'sample', schema: 1 });
  const counts = new Map<string, string[]>();
  for (const [paper, entity] of MENTIONS)
    counts.set(entity, [...(counts.get(entity) ?? []), paper]);
  for (const paper of PAPERS) {
    graph.addNode(paper.key, {
      kind: 'paper',
      label: paper.title,
      title: paper.title,
      abstract: paper.abstract,
      date: paper.date,
      lists: ['000_adc9fddadecaa833.txt'],
      x: paper.x,
      y: paper.y,
      size: 3,
      color: KIND_COLORS.paper,
      community: paper.community,
      centrality: 0.1,
    });
  }
  for (const entity of ENTITIES) {
    const papers = counts.get(entity.key) ?? [];
    const dates = papers.map((key) => PAPERS.find((paper) => paper.key === key)?.date ?? '9999');
    graph.addNode(entity.key, {
      kind: entity.kind,
      label: entity.label,
      aliases: entity.aliases,
      paperCount: papers.length,
      firstSeen: dates.sort()[0],
      x: entity.x,
      y: entity.y,
      size: 4 + 2 * papers.length,
      color: KIND_COLORS[entity.kind],
      community: entity.community,
      centrality: papers.length / 3,
    });
  }
  for (const [paper, entity, field, text] of MENTIONS) {
    const attrs = graph.getNodeAttributes(paper);
    const source = attrs.kind === 'paper' ? attrs[field] : '';
    const start = source.indexOf(text);
    const edge: EdgeAttributes = {
      kind: 'mentions',
      role: entity === 'method:qlora' ? 'proposed' : 'used',
      evidence: [{ paper, field, start, end: start + text.length }],
      weight: 1,
    };
    graph.addDirectedEdgeWithKey(`${paper}->${entity}`, paper, entity, edge);
  }
  const lora = graph.getNodeAttributes('paper:lora-quant');
  const sentence = lora.kind === 'paper' ? lora.abstract.indexOf('It reaches') : 0;
  graph.addDirectedEdgeWithKey('qlora-builds-on-lora', 'method:qlora', 'method:lora', {
    kind: 'builds_on',
    evidence: [{ paper: 'paper:lora-quant', field: 'abstract', start: 0, end: sentence - 1 }],
    rules: ['sample'],
    weight: 1,
  });
  graph.addDirectedEdgeWithKey('qlora-evaluated-on-mmlu', 'method:qlora', 'dataset:mmlu', {
    kind: 'evaluated_on',
    evidence: [
      { paper: 'paper:lora-quant', field: 'abstract', start: sentence, end: sentence + 34 },
    ],
    rules: ['sample'],
    weight: 1,
  });
  graph.addDirectedEdgeWithKey('vit~imagenet', 'method:vision-transformer', 'dataset:imagenet', {
    kind: 'cooccurs',
    weight: 1,
  });
  const mmlu = lora.kind === 'paper' ? lora.abstract.indexOf('99.3%') : 0;
  graph.mergeNodeAttributes('dataset:mmlu', {
    results: [
      {
        paper: 'paper:lora-quant',
        method: 'method:qlora',
        metric: 'metric:accuracy',
        value: '99.3%',
        evidence: { field: 'abstract', start: mmlu, end: mmlu + 5 },
      },
    ],
  });
  graph.mergeNodeAttributes('dataset:imagenet', {
    results: [
      {
        paper: 'paper:vit',
        method: 'method:vision-transformer',
        metric: 'metric:top-1-accuracy',
        value: '88.5%',
        evidence: { field: 'abstract', start: 29, end: 34 },
      },
    ],
  });
  return graph;
}
