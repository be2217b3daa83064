/**
 * The shared tag vocabulary. The schema only checks a tag's form (lowercase kebab-case) so a contributor's
 * new tag is never rejected outright; the catalogue test keeps the checked-in papers inside this list,
 * and a new tag is added here with its description in the same pull request.
 */
export const tagVocabulary = {
  'instance-discrimination': 'Every image (or sample) is its own class; positives are views of the same instance.',
  clustering: 'Cluster assignments or deep clustering combined with contrastive objectives.',
  prototypes: 'Contrast against cluster centroids or learned prototypes instead of (only) instances.',
  'hard-negatives': 'Mining, weighting or synthesising negatives that are hard to tell apart.',
  debiasing: 'Correcting sampling bias (false negatives) or social bias in representations.',
  'data-augmentation': 'How views are generated, and which augmentations help or hurt.',
  mixup: 'Interpolating samples or embeddings to build virtual training pairs.',
  'supervised-contrastive': 'Contrastive losses that use labels to define positives.',
  'non-contrastive': 'Joint-embedding methods that avoid negatives (BYOL, SimSiam, Barlow Twins, VICReg).',
  'momentum-encoder': 'A slowly updated (EMA) copy of the encoder produces targets or keys.',
  'memory-bank': 'Negatives or features stored across batches in a bank or queue.',
  'masked-modeling': 'Predicting masked parts of the input; the generative counterpart to contrast.',
  'predictive-coding': 'Predicting future or missing latent representations.',
  'mutual-information': 'Objectives framed as estimating or bounding mutual information.',
  theory: 'Analysis of why and when contrastive objectives work.',
  'semi-supervised': 'Few labels combined with self-supervised pre-training.',
  'long-tail': 'Imbalanced or long-tailed class distributions.',
  adversarial: 'Adversarial examples, perturbations or robustness.',
  'generative-models': 'GANs, energy-based or other generative models that use contrast.',
  're-identification': 'Person or object re-identification.',
  'domain-adaptation': 'Transfer across domains without target labels.',
  'image-text': 'Images paired with text: retrieval, zero-shot transfer, captioning.',
  'video-text': 'Video paired with narration, captions or transcripts.',
  'audio-visual': 'Sound paired with images or video.',
  'audio-text': 'Sound paired with natural-language descriptions.',
  speech: 'Speech representation learning.',
  'sentence-embeddings': 'Fixed-size embeddings of sentences or passages.',
  'language-models': 'Pre-training or fine-tuning language models.',
  'dense-retrieval': 'Retrieval with learned dense embeddings.',
  'cross-lingual': 'Representations shared across languages.',
  'graph-augmentation': 'Views of graphs made by dropping, masking or perturbing structure and features.',
  'dense-prediction': 'Local, pixel- or patch-level features for detection and segmentation.',
  'self-distillation': 'A student matches a teacher built from itself.',
  'vision-transformer': 'Self-supervised training of Vision Transformers.',
  'zero-shot': 'Transfer to new tasks or classes without labelled examples.',
  'few-shot': 'Learning from a handful of labelled examples.',
  fairness: 'Removing social bias from learned representations.',
  medical: 'Medical imaging or clinical data.',
  survey: 'Surveys, reviews and tutorials.',
  scaling: 'Behaviour with more data, larger models or bigger batches.',
  'image-translation': 'Image-to-image translation and synthesis.',
  recommendation: 'Recommendation with self-supervised auxiliary tasks.',
} as const satisfies Record<string, string>;

export type KnownTag = keyof typeof tagVocabulary;

export function isKnownTag(tag: string): tag is KnownTag {
  return Object.hasOwn(tagVocabulary, tag);
}
