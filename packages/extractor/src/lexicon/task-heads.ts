// Word sets for the task rules of steps 5 and 6b beyond `cues.ts`'s task heads: heads too
// generic to accept on their own (step 5, gated strictly by `05-task-gate`), the words that
// put a phrase in a task context, and the words before which a base-form verb is a noun.

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
