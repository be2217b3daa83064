/**
 * The shared tag vocabulary. The schema only checks a tag's form (lowercase kebab-case) so a contributor's
 * new tag is never rejected outright; the catalogue test keeps the checked-in papers inside this list,
 * and a new tag is added here with its description in the same pull request.
 */
import type { Locale } from '../i18n/locales.ts';

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

/**
 * What each tag means in the site's other languages (src/site.config.ts's `locales`); a tag without a
 * meaning here shows its English one, marked as English. A one-language list keeps this empty.
 */
export const tagMeanings: { readonly [L in Locale]?: Readonly<Partial<Record<KnownTag, string>>> } = {
  zh: {
    'instance-discrimination': '每张图像（或每个样本）自成一类，正样本是同一实例的不同视图。',
    clustering: '把聚类分配或深度聚类与对比目标结合起来。',
    prototypes: '与聚类中心或学习到的原型对比，而不（只）与单个实例对比。',
    'hard-negatives': '挖掘、加权或合成难以区分的负样本。',
    debiasing: '纠正采样偏差（假负样本）或表示中的社会偏见。',
    'data-augmentation': '视图如何生成，以及哪些增强有益、哪些有害。',
    mixup: '在样本或嵌入之间插值，构造虚拟的训练样本对。',
    'supervised-contrastive': '用标签来定义正样本的对比损失。',
    'non-contrastive': '不使用负样本的联合嵌入方法（BYOL、SimSiam、Barlow Twins、VICReg）。',
    'momentum-encoder': '由编码器缓慢更新（EMA）的副本给出目标或键。',
    'memory-bank': '把负样本或特征跨 batch 存放在记忆库或队列中。',
    'masked-modeling': '预测输入中被遮盖的部分，是对比学习的生成式对应。',
    'predictive-coding': '预测未来的或缺失的潜在表示。',
    'mutual-information': '以估计互信息或给出其界为目标。',
    theory: '分析对比目标为什么以及在什么条件下有效。',
    'semi-supervised': '少量标签与自监督预训练相结合。',
    'long-tail': '类别分布不平衡或呈长尾。',
    adversarial: '对抗样本、扰动或鲁棒性。',
    'generative-models': '使用对比的 GAN、基于能量的模型或其他生成模型。',
    're-identification': '行人或物体重识别。',
    'domain-adaptation': '在没有目标域标签的情况下跨域迁移。',
    'image-text': '图像与文本配对：检索、零样本迁移、图像描述。',
    'video-text': '视频与旁白、字幕或转录文本配对。',
    'audio-visual': '声音与图像或视频配对。',
    'audio-text': '声音与自然语言描述配对。',
    speech: '语音表示学习。',
    'sentence-embeddings': '句子或段落的定长嵌入。',
    'language-models': '语言模型的预训练或微调。',
    'dense-retrieval': '用学习到的稠密嵌入做检索。',
    'cross-lingual': '跨语言共享的表示。',
    'graph-augmentation': '通过删除、遮盖或扰动结构与特征来构造图的视图。',
    'dense-prediction': '用于检测和分割的局部（像素级或 patch 级）特征。',
    'self-distillation': '学生网络去匹配由自身构建的教师网络。',
    'vision-transformer': 'Vision Transformer 的自监督训练。',
    'zero-shot': '不需要标注样本即可迁移到新任务或新类别。',
    'few-shot': '从少数几个标注样本中学习。',
    fairness: '从学到的表示中去除社会偏见。',
    medical: '医学影像或临床数据。',
    survey: '综述、评论与教程。',
    scaling: '数据更多、模型更大或 batch 更大时的表现。',
    'image-translation': '图像到图像的转换与合成。',
    recommendation: '借助自监督辅助任务的推荐。',
  },
};

export function isKnownTag(tag: string): tag is KnownTag {
  return Object.hasOwn(tagVocabulary, tag);
}
