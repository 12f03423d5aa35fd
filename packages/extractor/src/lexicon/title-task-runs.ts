// Word sets for step 6b' (`analyse/06-task-title`), which reads a task in a Title-Case title
// as one capitalised run ("… for Real-Time Weather Classification"): the words that open the
// run without being part of the task, the hyphen tails that qualify how rather than what, and
// the function words that end the run even when capitalised.

/**
 * Words that open a title's task run without being part of the task, beside `cues.ts`'s
 * `EXTENT_STOP` (bench-corpus titles: "Real-Time Weather Classification" → gold "weather
 * classification", "Deep Scoliosis Classification", "Progressive High-Resolution Image
 * Synthesis", "Zero-Shot Metric Depth Estimation", "Zero-Shot Medical VQA", "Self-Supervised
 * Dense Representation Learning").
 */
export const TITLE_OPENERS = new Set(
  `deep real-time training-free tuning-free lightweight light-weight progressive adaptive
  interpretable explainable generalizable generalisable towards toward zero-shot
  self-supervised weakly-supervised
  open-source plug-and-play data-efficient parameter-efficient memory-efficient`.split(/\s+/),
);

/**
 * Last parts of hyphen compounds that qualify how, not what: "Diffusion-Based", "Text-Guided",
 * "Geometry-Aware", "MatMul-free", "High-Quality", "End-to-end", "Linear-Time",
 * "Global-to-Local", "Input-Adaptive", "Channel-Independent" (dev-b, dev-c, dev-e, dev-g, dev-i,
 * dev-q, dev-s titles).
 */
export const QUALIFYING_TAILS = new Set(
  'based guided aware free agnostic adaptive efficient quality end time local driven independent specific invariant preserving consistent'.split(
    ' ',
  ),
);

/** Function words end the run even when a title capitalises them ("For", "Via", "When"). */
export const RUN_BREAKERS = new Set(
  `for of via with and or in on to from by the a an using through towards toward at as into
  under when meets meet is are beyond versus vs without not`.split(/\s+/),
);
