// Lexicon: upper-case tokens that step 4 reads as names but that label something other
// than a method — a quantization setting, an item of the paper's own enumeration, a piece
// of hardware. Used by `analyse/07-method-label-gate` on shape-found method names only.

/**
 * Weight/activation bit widths of a quantization setting: "W4A4", "W4A8", "W2A16",
 * "W4A8KV4" (dev-i #373: "low-bit settings W4A4, W4A8, and W2A16"): a setting, not a method.
 */
export const BIT_WIDTH_SETTING = /^W\d{1,2}A\d{1,2}(?:KV\d{1,2})?$/;

/**
 * A letter and one digit in parentheses: the paper's own list items, "(C1) Base function …
 * (S1) Rational basis" (dev-k #456), "(Q1)", "(R2)".
 */
export const ENUMERATION_LABEL = /^\p{Lu}\d$/u;

/**
 * Words after a model number that make it hardware: "3072 MI250X GPUs", "one Xilinx
 * ZCU104 FPGA", "a Xilinx VCU1525 FPGA card" (dev-e #209, dev-c #67, #187: not methods).
 */
export const HARDWARE_AFTER = new Set([
  'gpu',
  'gpus',
  'fpga',
  'fpgas',
  'tpu',
  'tpus',
  'npu',
  'cpu',
  'cpus',
  'card',
  'cards',
  'board',
  'boards',
  'chip',
  'chips',
  'processor',
  'processors',
  'accelerator',
  'accelerators',
]);

/** Chip makers before a model number: "NVIDIA V100S" (dev-j #86), "Xilinx ZCU104". */
export const HARDWARE_MAKERS = new Set([
  'nvidia',
  'xilinx',
  'amd',
  'intel',
  'qualcomm',
  'huawei',
  'apple',
  'arm',
]);
