// Table tests for the broadened metric and task lexicons (rounds 2 and 5): each row is
// a sentence of the kind abstracts write and the entity it must yield, plus the
// near-misses that must stay out (cross-type clashes, generic phrases).
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const ids = (abstract: string): string[] =>
  extract({ title: '', abstract }).entities.map((e) => e.id);

describe('metric lexicon coverage', () => {
  it.each([
    ['It improves classification accuracies on CIFAR-100.', 'metric:classification-accuracy'],
    ['Our accuracies exceed the baseline.', 'metric:accuracy'],
    ['The detector runs at 45 FPS on one GPU.', 'metric:frames-per-second'],
    ['It reduces the real-time factor (RTF) by half.', 'metric:real-time-factor'],
    ['We report MPJPE and PA-MPJPE on Human3.6M.', 'metric:mpjpe'],
    ['Tracking is measured by MOTA and IDF1.', 'metric:mota'],
    ['Clustering quality is measured by NMI and ARI.', 'metric:normalized-mutual-information'],
    ['It lowers the false positive rate at 95% recall.', 'metric:false-positive-rate'],
    ['Simplification gains 2 SARI points.', 'metric:sari'],
    ['It doubles training speed and halves power consumption.', 'metric:power-consumption'],
    ['The attack success rate drops to 3%.', 'metric:attack-success-rate'],
    ['It reaches 61.2% linear probing accuracy.', 'metric:linear-probing-accuracy'],
    ['It needs a 53 times reduction in parameters.', 'metric:parameter-count'],
    ['It matches ViT with fewer parameters.', 'metric:parameter-count'],
    ['It adds less than 0.5% new parameters.', 'metric:parameter-count'],
    // Round 5: measures of other fields (recsys, IR, speech, RL, 3D, efficiency).
    ['It improves HR@10 and NDCG@10 on MovieLens.', 'metric:hit-rate'],
    ['Recall@20 rises by 4 points.', 'metric:recall-k'],
    ['We report AR@100 for proposals.', 'metric:average-recall'],
    ['Voice quality is rated by MCD and UTMOS.', 'metric:mel-cepstral-distortion'],
    ['Agents reach a higher SPL in unseen houses.', 'metric:success-weighted-by-path-length'],
    ["Proxies are ranked by Kendall's tau.", 'metric:kendall-rank-correlation'],
    ['Training takes 120 GPU hours.', 'metric:gpu-hours'],
    ['It keeps 55% model FLOPs utilization (MFU).', 'metric:model-flops-utilization'],
    ['The model cuts the memory requirement by half.', 'metric:memory-usage'],
    ['Sensitivity and specificity exceed 0.9.', 'metric:sensitivity'],
    ['We report the C-index on TCGA cohorts.', 'metric:concordance-index'],
    ['Raters scored adequacy and fluency of the output.', 'metric:fluency'],
    ['Inter-annotator agreement reached 0.81.', 'metric:inter-annotator-agreement'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });

  it.each([
    // "classification accuracy" is a metric, so no task "classification" is read into it.
    ['We report classification accuracy.', 'task:classification'],
    // "cost" is not a metric by the guidelines, whatever its modifier.
    ['This comes at a high computational cost.', 'metric:computational-cost'],
    // Bare "parameters" outside a count or comparison is not a measure.
    ['We tune the parameters of the encoder.', 'metric:parameter-count'],
    ['LLMs with billions of parameters are costly.', 'metric:parameter-count'],
    // "sensitivity" alone is not the medical measure ("sensitivity to noise").
    ['We study the sensitivity of the model to noise.', 'metric:sensitivity'],
    // "fluency" alone is a property, not the human-judgement pair.
    ['The model speaks with fluency.', 'metric:fluency'],
  ])('%s does not give %s', (abstract, id) => {
    expect(ids(abstract)).not.toContain(id);
  });
});

describe('task lexicon coverage', () => {
  it.each([
    ['We study person re-identification (re-ID) across cameras.', 'task:person-re-identification'],
    ['Face alignment is hard under occlusion.', 'task:face-alignment'],
    ['We improve semantic role labeling (SRL).', 'task:semantic-role-labeling'],
    ['It helps word sense disambiguation.', 'task:word-sense-disambiguation'],
    ['We address grammatical error correction.', 'task:grammatical-error-correction'],
    ['We tackle speaker diarization in meetings.', 'task:speaker-diarization'],
    ['Results on crowd counting and image matting.', 'task:crowd-counting'],
    ['It targets temporal action localization.', 'task:temporal-action-localization'],
    ['We study knowledge graph completion.', 'task:knowledge-graph-completion'],
    ['It generalises to dense prediction tasks.', 'task:dense-prediction'],
    ['We evaluate on molecular property prediction.', 'task:molecular-property-prediction'],
    // Round 5: problem settings are tasks; breadth across fields.
    ['We study multi-task learning (MTL) for dense prediction.', 'task:multi-task-learning'],
    ['Dense retrieval maps queries to vectors.', 'task:dense-retrieval'],
    ['It improves natural language understanding.', 'task:natural-language-understanding'],
    ['We benchmark 6D pose estimation on LineMOD.', 'task:6d-pose-estimation'],
    ['We address program repair with LLMs.', 'task:program-repair'],
    ['It improves intent detection and slot filling.', 'task:slot-filling'],
    ['Robots learn dexterous manipulation.', 'task:dexterous-manipulation'],
    ['We study acoustic echo cancellation (AEC) in calls.', 'task:acoustic-echo-cancellation'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });
});

describe('dataset lexicon coverage (round 5)', () => {
  it.each([
    ['Then we use FEVER and XNLI here.', 'dataset:fever'],
    ['Then we use Sintel here.', 'dataset:sintel'],
    ['Then we use ogbn-arxiv here.', 'dataset:ogb'],
    ['Then we use Criteo and Avazu here.', 'dataset:avazu'],
    ['Then we use MUSDB18 here.', 'dataset:musdb18'],
    ['Then we use CUB-200-2011 here.', 'dataset:cub-200-2011'],
    ['Senses come from WordNet and FrameNet.', 'dataset:wordnet'],
    ['We parse the Chinese Treebank (CTB).', 'dataset:chinese-treebank'],
    ['Re-ID results on Market-1501 and CUHK03.', 'dataset:market-1501'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });

  it.each([
    // Common words are names only as written by the dataset ("RACE", "Replica").
    ['We race to drop the replica.', 'dataset:race'],
    ['We race to drop the replica.', 'dataset:drop'],
  ])('%s does not give %s', (abstract, id) => {
    expect(ids(abstract)).not.toContain(id);
  });
});

describe('task phrases by head word', () => {
  it.each([
    // Half of a slash coordination is not a task of its own.
    ['We apply it to optic disc/cup segmentation.', 'task:cup-segmentation'],
    // How output is produced is not what the task is.
    ['It speeds up autoregressive generation.', 'task:autoregressive-generation'],
    // Round 5: a verb is not a modifier, even one compromise does not know.
    ['Such methods necessitate fine-tuning on each task.', 'method:necessitate-fine-tuning'],
    ['We co-optimize computation and memory.', 'method:co-optimize-computation'],
    ['It avoids pre-training and-fine-tuning costs.', 'method:and-fine-tuning'],
  ])('%s does not give %s', (abstract, id) => {
    expect(ids(abstract)).not.toContain(id);
  });

  it('still reads a plain modifier + head phrase as a task', () => {
    expect(ids('We study video prediction in the wild.')).toContain('task:video-prediction');
  });
});

describe('method family lexicon (round 4)', () => {
  it.each([
    ['We replace softmax attention with a kernel.', 'method:softmax-attention'],
    ['Positional encoding is learned.', 'method:positional-encoding'],
    ['It uses dynamic convolution in each block.', 'method:dynamic-convolution'],
    ['We train the actor-critic agent with SAC.', 'method:soft-actor-critic'],
    ['Features are reduced with PCA and UMAP.', 'method:umap'],
    ['We apply label smoothing and mixup.', 'method:label-smoothing'],
    ['The retriever uses dense passage retrieval.', 'method:dense-passage-retrieval'],
    ['A Neural Turing Machine learns to copy.', 'method:neural-turing-machine'],
    ['A gated recurrent unit (GRU) encodes the GRU state.', 'method:gated-recurrent-unit'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });

  it.each([
    // Training stages and areas are not methods on their own.
    ['We study pre-training and fine-tuning of LLMs.', 'method:pretraining'],
    ['We study pre-training and fine-tuning of LLMs.', 'method:fine-tuning'],
    ['Model compression is an active area.', 'method:model-compression'],
    // Round 5: hardware, generic network acronyms and defined non-methods are not methods.
    ['We offload weights to NVMe SSDs over PCIe.', 'method:nvme'],
    ['Training DNNs on edge devices is costly.', 'method:dnn'],
    ['We sort a directed acyclic graph (DAG) and walk the DAG.', 'method:directed-acyclic-graph'],
    [
      'We solve ordinary differential equations (ODEs) fast.',
      'method:ordinary-differential-equations',
    ],
    ['It runs on Field Programmable Gate Arrays (FPGAs).', 'method:field-programmable-gate-arrays'],
  ])('%s does not give %s', (abstract, id) => {
    expect(ids(abstract)).not.toContain(id);
  });
});
