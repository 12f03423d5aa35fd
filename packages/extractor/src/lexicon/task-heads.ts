// Word sets for the task rules of steps 5 and 6b beyond `cues.ts`'s task heads: heads too
// generic to accept on their own (step 5, gated strictly by `05-task-gate`), the words that
// put a phrase in a task context, the words before which a base-form verb is a noun, and
// the nouns that turn a modality pair ("text-to-image") into a model (step 6b'').

/**
 * Heads that name a task only when the paper says so: "time series modeling", "video
 * understanding", "feature selection", "fluid dynamics simulation", "image stitching" (gold
 * tasks in dev … dev-s: modeling 29, understanding 19, simulation 3, selection 2), but as often
 * a description ("local modeling", "contextual understanding", "coreset selection"). Step 5
 * finds them; the gate keeps one only in a list of tasks, before "task(s)" / "problem(s)",
 * after "task(s) of", "such as", "including", or when the title's phrase recurs in the
 * abstract. "analysis" was tried here too: 1 true ("pathological gait analysis") against 3
 * false even with this gate ("fundamental image analysis", "article analysis").
 */
export const WEAK_TASK_HEADS = new Set(
  `modeling modelling understanding simulation selection stitching`.split(/\s+/),
);

/**
 * Words that, just before a phrase (after skipping "a"/"an"), put it in a task context:
 * "for X", "on X", "applied to X", "such as X", "in X", "of X", "like X", "including X",
 * "and X" (a list), "the X" (a definite reference). Measured on dev and the public sets:
 * title/recurrence alone lost public recall (scirex task F1 0.593 → 0.556); this list
 * keeps most of it (0.583) while dev task precision rises 0.796 → 0.878.
 */
export const TASK_BEFORE = new Set([
  'for',
  'on',
  'to',
  'as',
  'in',
  'of',
  'like',
  'including',
  'and',
  'the',
]);

/** Words that, just after a phrase, name it a task: "the X task", "X problems", "the X benchmark". */
export const TASK_AFTER = new Set([
  'task',
  'tasks',
  'problem',
  'problems',
  'benchmark',
  'benchmarks',
]);

/**
 * Words just before a phrase that say what a benchmark or a study covers, beside the gate's
 * prepositions: "benchmarks spanning strategic reasoning, planning" (dev-p), "a benchmark
 * targeting distribution fitting and time series modeling" (dev-p), "we address / tackle X".
 */
export const TASK_SCOPE_WORDS = new Set(
  `spanning covering targeting targets across involving address addresses addressing
  tackle tackles tackling study studies studying`.split(/\s+/),
);

/**
 * Words after which a base-form verb is a noun of a compound: "for target detection", "the
 * yield prediction", "with crop yield prediction" (dev-s): a determiner or a preposition
 * opens a noun phrase. Not "to" ("to improve detection") nor "and" / "or" (a verb list).
 */
export const NOUN_PHRASE_OPENERS = new Set(
  `the a an this that these its their our for of on in with from via by over under`.split(/\s+/),
);

/**
 * Nouns after which a task's modality pair names a model: "text-to-image models" (dev-q
 * #63038, dev-r #23188, dev-s #68606: the annotators mark a method). Step 6b''.
 */
export const MODALITY_MODEL_NOUNS = new Set(['model', 'models']);

/**
 * Nouns after which a modality pair only describes the model or system it qualifies:
 * "text-to-image diffusion models" (dev-k #136: no task). Step 6b''.
 */
export const MODALITY_DESCRIBED_NOUNS = new Set([
  'diffusion',
  'generator',
  'generators',
  'pipeline',
  'pipelines',
  'system',
  'systems',
  'backbone',
  'backbones',
  'prior',
  'priors',
]);

/**
 * Heads that name a field, not a task (GUIDELINES.md: "fields or whole areas … are not
 * tasks"): "Image Processing", "Visual Processing", "Signal Processing", "Edge Computing".
 * Step 6b''' (`06-task-title-echo`) never reads a title run on one of them as the task.
 */
export const FIELD_HEADS = new Set(['processing', 'computing']);
