// Result cues: the words around a number that say whether it is a result and whose
// result it is. Data for step 10 (`analyse/10-result-values.ts`,
// `analyse/10-result-method.ts`); each entry says why it is there.

/**
 * Units kept in a value as written (GUIDELINES: "Values as written"): "85.7%", "73.62\%",
 * "2.3x", "53 times", "16.2ms", "48.50 dB". Percent and ratios are the common result
 * forms; milliseconds (latency) and decibels (PSNR) are the two units gold values keep.
 */
export const VALUE_UNIT = String.raw`\s?\\?%|\s?(?:[x×]|times|ms|dB)(?![\p{L}\p{N}])`;

/**
 * A value must carry one of these to be a result: a decimal point, a percent, a ratio,
 * a sign or a kept unit. Bare integers are mostly counts, years and sizes
 * ("24M FLOPs", "2024", "10 datasets").
 */
export const RESULT_SHAPE = /[.%x×+−]|times|ms|dB/;

/**
 * Units after a bare number that make it a size, a count or a duration, not a score:
 * "0.76 MB", "2.9 MB of parameters", "0.09 second", "1.5B parameters", "8 GPUs" (but "0.1 GPU-days" is a
 * search cost, a result in NAS papers).
 */
export const NOT_RESULT_AFTER =
  /^\s?(?:[KMGT]B\b|[KMBT]\b|k\b|billion|million|thousand|seconds?\b|s\b|sec\b|hours?\b|h\b|days?\b|minutes?\b|GPUs?(?![-\w])|epochs?\b|layers?\b|images?\b|samples?\b|tokens?\b|steps?\b)/;

/**
 * A value that qualifies a comparison rather than states a result: "with 35%/52% fewer
 * parameters", "with 29% as many parameters", "20.9x smaller", "2.4ms less than". The
 * gold leaves these side notes out (dev-c, dev-d, dev-g, dev-k each have one), while
 * "a 5.1x parameter reduction" or "53 times reduction in parameters" stay results.
 * Round 10: the same after a list ("35%/52% fewer", dev-k), a size ratio ("15% the size of
 * ResNet50", dev) and a trade-off's cost ("with only 0.2% accuracy drop", dev-f).
 */
export const QUALIFIER_AFTER = new RegExp(
  // The side note may follow a list the value opens: "35%/52% fewer", "50%/62% fewer MACs".
  String.raw`^(?:\s*(?:[/|,]|and)\s*[+\-−]?\d+(?:\.\d+)?\s?\\?%?)*\s*` +
    // "15% the size of ResNet50": a size ratio, like "as many".
    String.raw`(?:(?:fewer|less|as many|as much|smaller|larger|bigger|the size of)\b|` +
    // "with only 0.2% accuracy drop": the cost of a trade-off, not a result.
    String.raw`(?:accuracy|performance)\s+(?:drop|degradation|loss)\b)`,
  'iu',
);

/** A spread around a value, "1.98+/-0.07", "5.8 ± 0.3": neither number is the result. */
export const SPREAD = /^\s*(?:\+\/-|±)/;
export const SPREAD_BEFORE = /(?:\+\/-?|±)\s*$/;

/**
 * Integers that are results after all: "13 points improvement in micro F1" (value "13").
 * A gain in points is a score difference, never a count.
 */
export const POINTS_AFTER = /^\s+(?:points?|pts|pp|percentage points)\b/i;

/**
 * A baseline's value: after "compared to" in the same clause, with no "by" between
 * ("10.8 compared to SOTA perplexity of 15.8", "90.20% compared to 88.46% for SimCLR");
 * "improves accuracy by 2.7% compared to the baseline" keeps its 2.7%.
 */
export const BASELINE_CUE =
  /\b(?:compared (?:to|with|against)|in comparison (?:to|with)|relative to|versus|vs\.?)\s/gi;

/** "from 89.6% to 15.0%": the first value is the starting point, the second the result. */
export const FROM_BEFORE = /\bfrom\s+$/i;
export const TO_AFTER = /^\s+to\s+[+\-−]?\d/i;

/**
 * What may stand between the values of one list: "81.9%, 45.76% and 55.47%",
 * "53.1% / 54.3%", "0.78 and 0.76", "75.15%|82.03%".
 */
export const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|\/\s*|\|\s*)$/;

/**
 * A comparison: the methods right after it (up to the next comma or the value) are the
 * compared baselines, not the method the value belongs to ("PoolFormer … surpassing
 * DeiT-B by 0.3%", "1.6x higher throughput than ConvNeXt-T", "4.6x speedup over SST").
 */
export const COMPARISON_CUE =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|than|over|compared (?:to|with|against)|in comparison (?:to|with)|versus|vs\.?|relative to)\b/gi;

/**
 * The sentence's subject is the paper's own work when "we" (or "our method/approach/…")
 * comes before any method: "we reduce the inference time of Stable Diffusion by 34.9%"
 * is the proposed method's result, not Stable Diffusion's.
 */
export const WE_SUBJECT =
  /\b(?:we|our (?:method|approach|model|framework|system|technique|algorithm|solution))\b/i;

/**
 * Where a value's clause ends: commas and semicolons, and the conjunctions that start a
 * parallel phrase ("an ImageNet accuracy of 86.2% and an ImageNet-A accuracy of 61.6%",
 * "reduce inference time by 50% while maintaining 99% performance").
 */
export const CLAUSE_BREAK = /[,;]|\band (?=(?:a|an|the) )|\b(?:while|whereas|but) /gi;

/**
 * At most three words between a value and the metric after it: "85.7% top-1 accuracy",
 * "8.9% higher GLUE score", "2.3 points better perplexity", "a 12.6% absolute improvement
 * in mAP". Further away ("15%-50% across a range of TTFT budgets") it is not the value's,
 * nor past "and" ("Dice of 79.39% and HD95 of 9.91": HD95 starts the next phrase).
 */
export const FOLLOWS = /^\s*(?:(?!(?:and|or)\b)[\p{L}-]+\s+){0,3}$/u;

/** A contrast between a metric and a value: what follows is measured otherwise. */
export const CONTRAST = /\b(?:while|whereas|but)\b/i;

/**
 * What may stand between a compared baseline and its own value: a few words and an
 * opening parenthesis, no "by", comma or clause break ("StyleGAN-T (13.9",
 * "GPT-4 performance (67%").
 */
export const BASELINE_GAP = /^\s*(?:(?!by\b)[\p{L}-]+\s+){0,2}\(\s*$/u;

/**
 * Between two values that each carry their own metric and share what follows: "53.9 box
 * AP and 46.4 mask AP on the COCO detection task", "+2.7 box AP and +2.6 mask AP on COCO"
 * (dev CSWin, Swin). One to three words (the first value's metric) and "and" or a comma;
 * no preposition, so "81.2% on ImageNet, 45.1% on COCO" stays two clauses.
 */
export const METRIC_AND =
  /^\s*(?:(?!(?:on|in|for|at|with|of|by|to|from|than|over)\b)[\p{L}\p{N}@-]+\s+){1,3}(?:and\s+|,\s*(?:and\s+)?)$/u;

/**
 * "respectively" after a list: its values pair in order with names listed elsewhere in the
 * sentence ("81.9%, 45.76% and 55.47% on Cityscapes, ADE20K and LIP respectively", "by
 * +1.2, +2.0, +1.4, and +2.0 respectively").
 */
export const RESPECTIVELY = /\brespectively\b/i;

/**
 * Names listed with the separator of a value list, one name per value: "RT-DETR-R50 / R101
 * achieves 53.1% / 54.3% AP", "75.15%|82.03% top-1 accuracies for MobileNet-V1|ResNet-50".
 * A '/' separates names only with spaces around it ("ViT-S/16" is one name).
 */
export const NAME_LIST: Record<'|' | '/', RegExp> = {
  '|': /[^\s|,;()]+(?:\s*\|\s*[^\s|,;()]+)+/g,
  '/': /[^\s/,;()]+(?:\s+\/\s+[^\s/,;()]+)+/g,
};

/**
 * A dataset a few words after a value, behind "on" or "in", is the value's, even when
 * another stands closer before it: "67.7% AUC on AntiUAV and 62.8% AUC on AntiUAV410".
 */
export const ON_AFTER = /^\s*(?:(?!(?:and|or)\b)[\p{L}@-]+\s+){0,3}(?:on|in)\s+(?:the\s+)?$/u;
