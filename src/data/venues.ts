/** The venue registry: the only list of venues a paper may name. Keys are what contributors write in `venue:`. */

export type VenueKind = 'conference' | 'journal' | 'workshop' | 'preprint';

export interface Venue {
  /** Display name, as the venue calls itself. */
  readonly name: string;
  /** URL segment under /venues/. */
  readonly slug: string;
  readonly kind: VenueKind;
}

function conference(name: string, slug: string): Venue {
  return { name, slug, kind: 'conference' };
}
function journal(name: string, slug: string): Venue {
  return { name, slug, kind: 'journal' };
}

export const venues = {
  ICLR: conference('International Conference on Learning Representations', 'iclr'),
  NeurIPS: conference('Conference on Neural Information Processing Systems', 'neurips'),
  ICML: conference('International Conference on Machine Learning', 'icml'),
  CVPR: conference('IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'cvpr'),
  ICCV: conference('IEEE/CVF International Conference on Computer Vision', 'iccv'),
  ECCV: conference('European Conference on Computer Vision', 'eccv'),
  ACL: conference('Annual Meeting of the Association for Computational Linguistics', 'acl'),
  EMNLP: conference('Conference on Empirical Methods in Natural Language Processing', 'emnlp'),
  NAACL: conference(
    'Conference of the North American Chapter of the Association for Computational Linguistics',
    'naacl',
  ),
  EACL: conference('Conference of the European Chapter of the Association for Computational Linguistics', 'eacl'),
  COLING: conference('International Conference on Computational Linguistics', 'coling'),
  AAAI: conference('AAAI Conference on Artificial Intelligence', 'aaai'),
  IJCAI: conference('International Joint Conference on Artificial Intelligence', 'ijcai'),
  AISTATS: conference('International Conference on Artificial Intelligence and Statistics', 'aistats'),
  KDD: conference('ACM SIGKDD Conference on Knowledge Discovery and Data Mining', 'kdd'),
  WWW: conference('The Web Conference', 'www'),
  SIGIR: conference('ACM SIGIR Conference on Research and Development in Information Retrieval', 'sigir'),
  CIKM: conference('ACM International Conference on Information and Knowledge Management', 'cikm'),
  WSDM: conference('ACM International Conference on Web Search and Data Mining', 'wsdm'),
  Interspeech: conference('Interspeech', 'interspeech'),
  ICASSP: conference('IEEE International Conference on Acoustics, Speech and Signal Processing', 'icassp'),
  'Findings-ACL': conference('Findings of the Association for Computational Linguistics: ACL', 'findings-acl'),
  COLM: conference('Conference on Language Modeling', 'colm'),
  ICDE: conference('IEEE International Conference on Data Engineering', 'icde'),
  IJCNN: conference('International Joint Conference on Neural Networks', 'ijcnn'),
  ICRA: conference('IEEE International Conference on Robotics and Automation', 'icra'),
  CoRL: conference('Conference on Robot Learning', 'corl'),
  MLHC: conference('Machine Learning for Healthcare Conference', 'mlhc'),
  MICCAI: conference(
    'International Conference on Medical Image Computing and Computer-Assisted Intervention',
    'miccai',
  ),
  BMVC: conference('British Machine Vision Conference', 'bmvc'),
  'ICML-W': { name: 'ICML workshops', slug: 'icml-workshops', kind: 'workshop' },
  ASRU: { name: 'IEEE Automatic Speech Recognition and Understanding Workshop', slug: 'asru', kind: 'workshop' },
  MRL: { name: 'Workshop on Multilingual Representation Learning', slug: 'mrl', kind: 'workshop' },
  AIBSD: {
    name: 'AAAI Workshop on Artificial Intelligence with Biased or Scarce Data',
    slug: 'aibsd',
    kind: 'workshop',
  },
  TPAMI: journal('IEEE Transactions on Pattern Analysis and Machine Intelligence', 'tpami'),
  JMLR: journal('Journal of Machine Learning Research', 'jmlr'),
  TMLR: journal('Transactions on Machine Learning Research', 'tmlr'),
  IJCV: journal('International Journal of Computer Vision', 'ijcv'),
  CVIU: journal('Computer Vision and Image Understanding', 'cviu'),
  JSTSP: journal('IEEE Journal of Selected Topics in Signal Processing', 'jstsp'),
  Neurocomputing: journal('Neurocomputing', 'neurocomputing'),
  TKDE: journal('IEEE Transactions on Knowledge and Data Engineering', 'tkde'),
  TASLP: journal('IEEE/ACM Transactions on Audio, Speech, and Language Processing', 'taslp'),
  Technologies: journal('Technologies (MDPI)', 'technologies'),
  'IEEE-Access': journal('IEEE Access', 'ieee-access'),
  arXiv: { name: 'arXiv preprint', slug: 'arxiv', kind: 'preprint' },
  // Submissions that stayed on OpenReview without being accepted anywhere and have no arXiv version.
  OpenReview: { name: 'OpenReview preprint (not accepted at a venue)', slug: 'openreview', kind: 'preprint' },
} as const satisfies Record<string, Venue>;

export type VenueId = keyof typeof venues;

/** Venue keys in registry order, as the tuple `z.enum` needs. */
export const venueIds = Object.keys(venues) as [VenueId, ...VenueId[]];

export function venueOf(id: VenueId): Venue {
  return venues[id];
}
