// Lexicon: efficiency measures (compute, time, memory, size), split from `metrics.ts`.
// They are metrics when reported or compared, not when they only motivate the work:
// `analyse/07-metric-gate` decides that per paper (GUIDELINES.md, second round).
import { e, type LexiconEntry } from './entry';

export const EFFICIENCY_METRICS: LexiconEntry[] = [
  e('FLOPs', 'floating-point operations', [
    'FLOPS',
    'GFLOPs',
    'TFLOPs',
    'MACs',
    'GMACs', // giga multiply-accumulates, the MACs count at its usual scale (dev-k #76: "150 GMACs")
    'multiply-adds', // another name for MACs (dev-h #323: "multiply-adds (MAdd)")
    'floating-point operations',
    'floating point operations',
    'petaflops',
    'teraflops',
    'PFLOPs',
  ]),
  e('GPU hours', 'training compute cost reported in accelerator time', [
    'GPU-hours',
    'GPU days',
    'GPU-days',
    'TPU hours',
  ]),
  e('model FLOPs utilization', 'share of peak hardware FLOPs used (PaLM, Chowdhery et al. 2022)', [
    'MFU',
    'GPU utilization',
    'GPU utilisation',
    'hardware utilization',
  ]),
  e('queries per second', 'serving / retrieval throughput', ['QPS', 'requests per second']),
  e(
    'time-to-accuracy',
    'wall-clock time to reach a target accuracy (DAWNBench, Coleman et al. 2017)',
  ),
  e('latency', 'time per request / token'),
  e('frames per second', 'real-time speed of vision models', ['FPS', 'fps', 'frame rate']),
  e('training speed', 'training throughput', [
    'training throughput',
    'pretraining speed',
    'pre-training speed',
  ]),
  e('decoding speed', 'generation throughput', ['generation speed']),
  e('decoding time', 'time to generate a sequence (speculative / parallel decoding papers)', [
    'generation time',
  ]),
  e('power consumption', 'efficiency measure (watts)'),
  e('time per output token', 'serving latency', ['TPOT']),
  e('end-to-end latency', 'whole-request latency'),
  e('bit rate', 'compression rate', ['bitrate']),
  e('throughput', 'items processed per unit time'),
  // A measure qualified by the phase it times is its own metric in the gold, named as written
  // (dev-b #302, #452, dev-d #304, dev-e #209, #319, #379).
  e('inference throughput', 'throughput of prediction (serving)'),
  e('prefill speedup', 'acceleration of the prompt-processing (prefill) phase of LLM serving'),
  e('run-time speedup', 'acceleration of the running time', ['runtime speedup']),
  e('communication latency', 'time spent in communication in distributed training / serving'),
  e('predictive accuracy', 'accuracy of the predictions, as statisticians say'),
  e('inference speed', 'speed of prediction', ['speed of inference']),
  e('inference time', 'time of prediction', ['inference latency', 'runtime', 'wall-clock time']),
  e('memory usage', 'memory consumed', [
    'memory footprint',
    'memory consumption',
    'GPU memory',
    'peak memory',
    'GPU memory usage',
    'GPU memory consumption',
    'peak memory usage',
    'memory requirement',
    'memory size',
  ]),
  e('parameter count', 'model size in parameters; "model parameters"', [
    'number of parameters',
    '#params',
    'model parameters',
    'number of non-zero parameters',
    'numbers of parameters',
    'number of nonzero parameters',
  ]),
  // The bare word is a measure only in a comparison: "fewer parameters", "0.5% new parameters",
  // "74% in parameters", "53 times reduction in parameters" (not "the parameters of the
  // model"). A count alone ("a network of only 354K parameters", "models with more than 3B
  // parameters") sizes a model: dev-d and dev-e gold leave it out (4 papers, 0 marked).
  e('parameter count', 'bare "parameters" read as the parameter count', ['parameters'], {
    after: /(?:\bfewer|\bless|\bas many|\breduction in|%(?: new| fewer| of the| in)?)\s+$/,
  }),
  e('speedup', 'reported acceleration factor', ['speed-up']),
  e('training time', 'cost of training'),
  e('compression ratio', 'size reduction factor', ['compression rate']),
  e('tokens per second', 'generation throughput', ['tokens/s']),
  e('time to first token', 'serving latency', ['TTFT']),
  e('acceptance rate', 'speculative decoding: accepted draft tokens'),
  e('speedup ratio', 'reported acceleration factor', [
    'acceleration ratio',
    'latency speedup ratio',
  ]),
  e('memory overhead', 'extra memory needed'),
  e('model size', 'size of the model on disk or in parameters'),
  e('execution time', 'time to run', ['running time']),
  e('mean accuracy', 'accuracy averaged over classes or tasks', ['average accuracy']),
  e('generalization error', 'test error gap', ['generalisation error']),
  e('rate-distortion', 'compression trade-off measure', ['rate-distortion performance', 'BD-rate']),
  e('bits per pixel', 'compression rate', ['bpp']),
  e('energy consumption', 'efficiency measure', ['energy efficiency']),
  e('carbon footprint', 'training emissions (Strubell et al. 2019)', [
    'carbon emissions',
    'CO2 emissions',
  ]),
];
