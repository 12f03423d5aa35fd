// Stop list: multi-word phrases that end in a task or technique head but that the gold
// guidelines exclude ("deep learning", "fine-tuning", "neural network"). Steps 4 and 5 read it.

/** Multi-word phrases the guidelines exclude even though they end in a head word. */
export const GENERIC_PHRASES = new Set([
  'fine-tuning',
  'fine tuning',
  'pre-training',
  'pretraining',
  'post-training',
  'deep learning',
  'machine learning',
  'artificial intelligence',
  'natural language processing',
  'computer vision',
  'neural network',
  'neural networks',
  'foundation model',
  'foundation models',
  'pre-trained models',
  'pretrained models',
  'language understanding',
  'visual understanding',
  'content generation',
  // Round 6 (dev-e): the tail of "Natural Language Processing (NLP)" and the field's
  // umbrella for networks, never a method of their own.
  'language processing',
  'deep neural network',
  'deep neural networks',
]);
