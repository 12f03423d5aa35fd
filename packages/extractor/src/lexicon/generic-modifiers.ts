// Stop lists: modifiers that make a phrase descriptive, not a named task or technique
// ("deep", "novel", "efficient", "real-world"), by the gold guidelines (steps 4, 5, 6b and
// 6b'), and the hyphen prefixes a phrase of step 5 may not start with.
import { words } from './words';

/** Modifiers that make a phrase descriptive, not a named task or technique. */
export const GENERIC_MODIFIERS = words(`
  deep machine model models task tasks downstream various different generative joint end other
  such more most many several new novel our their its this that these those the a an and or of for
  in on with to by from as at via both each all any some overall final accurate better improved
  efficient effective robust existing prior previous current standard traditional conventional
  general specific complex simple challenging real world real-world large small high low quality
  high-quality fast faster full fine grained multi further also only well strong weak key core
  main first second two three one single multiple diverse wide range scale large-scale we it is
  are be was were can may not no which while training inference performance data learning based
  driven aware guided level time step stage process problem problems setting settings scenario
  scenarios capability capabilities ability abilities human humans user users system systems
  approach method methods framework network networks architecture results result work paper study
  analysis evaluation experiments experiment error errors same zero few shot without within across
  under over into through between among after before during than then when where how what why who
  if so but yet however thus hence dynamic reliable exclusive parallel inefficient baseline
  similar additional improves enables enable allows formulates achieves uses using
  resource-intensive costly expensive lossless lossy naive vanilla proposed unified universal
  flexible adaptive accelerated accelerating extra whole entire python output input next following
  above below here there
  autoregressive semi-autoregressive scalable lightweight practical precise consistent
  shows show excellent unusual gradual superior remarkable state pre per post non
`);

/**
 * First parts of a hyphen compound that make it evaluative or positional, not a name: a phrase
 * of step 5 may not start with them ("state-of-the-art", "pre-trained", "per-token", "post-hoc",
 * "non-IID", "high-quality", "low-rank", "well-known", "so-called", "self-supervised").
 */
export const PREFIX_STOP = new Set([
  'state',
  'pre',
  'per',
  'post',
  'non',
  'high',
  'low',
  'well',
  'so',
  'self',
]);
