import type { CodeRule, ModifierCue, PairEdit } from '../utils/engine/types';

/**
 * How each code is evidenced. Concepts are defined in concepts.ts. A clause
 * needs all its entries affirmed (not negated, historical, planned or about
 * someone else) in the procedure list or description; siblings are split by
 * `requires` / `unless` on the cue that tells them apart.
 */

const OPEN_NOT_VATS = { unless: ['thoracoscopic'], unlessExcept: ['converted_open'] };

export const rules: CodeRule[] = [
  // ----- Lung apex tumour: 32503 without, 32504 with chest wall reconstruction -----
  {
    code: '32503',
    reason: 'Resection of a lung-apex (Pancoast/superior sulcus) tumour',
    rank: 95,
    clauses: [
      { all: ['apex_tumor', 'resection'], scope: 'sentence', base: 0.88 },
      { all: ['apex_tumor', ['chest_wall_resection', 'resection']], scope: 'procedure', base: 0.78, anySection: ['apex_tumor'] },
    ],
    unless: ['chest_wall_recon'],
    negatedUnlessBonus: 0.05,
    cueBlock: ['other_recon'],
  },
  {
    code: '32504',
    reason: 'Resection of a lung-apex (Pancoast/superior sulcus) tumour with chest wall reconstruction',
    rank: 96,
    clauses: [
      { all: ['apex_tumor', 'resection'], scope: 'sentence', base: 0.9 },
      { all: ['apex_tumor', ['chest_wall_resection', 'resection']], scope: 'procedure', base: 0.8, anySection: ['apex_tumor'] },
    ],
    requires: [['chest_wall_recon']],
    cueBlock: ['other_recon'],
  },
  // ----- Percutaneous lung ablation -----
  {
    code: '32994',
    reason: 'Percutaneous cryoablation of a lung tumour',
    rank: 60,
    clauses: [
      { all: ['cryo', 'lung_target'], scope: 'sentence', base: 0.86 },
      { all: ['cryo', 'lung_target'], scope: 'procedure', base: 0.74 },
    ],
    blockSentence: ['non_lung_organ'],
    demote: [{ concepts: ['bronchoscopic'], to: 0.25, reason: 'cryo through a bronchoscope is not percutaneous ablation' }],
    support: [
      { concepts: ['percutaneous'], bonus: 0.04, reason: 'percutaneous approach' },
      { concepts: ['ct_guidance', 'mr_guidance'], bonus: 0.03, reason: 'image guided' },
    ],
  },
  {
    code: '32998',
    reason: 'Percutaneous radiofrequency ablation of a lung tumour',
    rank: 60,
    clauses: [
      { all: ['rfa', 'lung_target'], scope: 'sentence', base: 0.86 },
      { all: ['rfa', 'lung_target'], scope: 'procedure', base: 0.74 },
    ],
    unless: ['cryo'],
    blockSentence: ['non_lung_organ'],
    demote: [{ concepts: ['bronchoscopic'], to: 0.25, reason: 'ablation through a bronchoscope is not percutaneous ablation' }],
    support: [
      { concepts: ['percutaneous'], bonus: 0.04, reason: 'percutaneous approach' },
      { concepts: ['ct_guidance', 'mr_guidance'], bonus: 0.03, reason: 'image guided' },
    ],
  },
  {
    code: '32998',
    reason: 'Percutaneous microwave ablation of a lung tumour (no code of its own; AMA guidance cited by payers points to 32998)',
    rank: 59,
    clauses: [
      { all: ['mwa', 'lung_target'], scope: 'sentence', base: 0.8 },
      { all: ['mwa', 'lung_target'], scope: 'procedure', base: 0.7 },
    ],
    unless: ['cryo', 'rfa'],
    blockSentence: ['non_lung_organ'],
    demote: [{ concepts: ['bronchoscopic'], to: 0.25, reason: 'ablation through a bronchoscope is not percutaneous ablation' }],
    note: 'Microwave ablation: reported with 32998 per AMA guidance that payers cite; some payers want the unlisted code 32999 instead. Check the payer.',
  },
  {
    code: '32999',
    reason: 'Microwave ablation of a lung tumour: some payers ask for the unlisted code',
    rank: 10,
    clauses: [
      { all: ['mwa', 'lung_target'], scope: 'sentence', base: 0.4 },
      { all: ['mwa', 'lung_target'], scope: 'procedure', base: 0.35 },
    ],
    unless: ['cryo', 'rfa'],
    blockSentence: ['non_lung_organ'],
    demote: [{ concepts: ['bronchoscopic'], to: 0.2, reason: 'ablation through a bronchoscope' }],
    note: 'Alternative to 32998 for microwave ablation when the payer wants the unlisted code; report one of the two, never both.',
  },
  // ----- Thoracotomy family -----
  {
    code: '32120',
    reason: 'Thoracotomy to treat a complication of a recent operation (re-exploration)',
    rank: 80,
    clauses: [
      { all: ['reexploration', ['thoracotomy', 'postop_problem', 'hemorrhage_control', 'clot_removal', 'pleural_space']], scope: 'sentence', base: 0.86 },
      { all: ['reexploration', 'thoracotomy'], scope: 'procedure', base: 0.78 },
    ],
    requires: [['thoracotomy']],
    requiresAllowHistory: true,
    requiresSupport: [['postop_problem', 'recent_surgery']],
    ...OPEN_NOT_VATS,
    demote: [{ concepts: ['cardiac_context', 'cardiac_surgery'], to: 0.3, reason: 're-exploration through a sternotomy after heart surgery is not a thoracotomy code' }],
    support: [{ concepts: ['postop_problem'], bonus: 0.04, reason: 'a postoperative problem is named' }],
  },
  // ----- Therapeutic pneumothorax -----
  {
    code: '32960',
    reason: 'Therapeutic (induced) pneumothorax: air put into the pleural space to collapse the lung',
    rank: 30,
    clauses: [
      { all: ['induced_ptx'], scope: 'sentence', base: 0.88 },
      { all: ['air_injection', 'pleural_space'], scope: 'sentence', base: 0.8 },
    ],
    demote: [{ concepts: ['thoracoscopic'], to: 0.3, reason: 'insufflation during thoracoscopy is part of the thoracoscopy' }],
  },
];

const VATS = { requires: [['thoracoscopic']], unless: ['converted_open'] };
const OPEN_PRIMARIES = ['32440', '32442', '32445', '32480', '32482', '32484', '32486', '32488', '32503', '32504', '32505', '21601', '21602', '32096', '32097', '32098', '32100', '32220', '32225', '32310', '32320'];
const VATS_PRIMARIES = ['32663', '32666', '32669', '32670', '32671', '32601', '32607', '32608', '32609', '32650', '32651', '32652', '32653', '32655', '32656', '32659', '32673'];

/** Lung resections: open and thoracoscopic siblings share clauses. */
function resection(open: string, vats: string, what: string, concept: string, rank: number, extraUnless: string[] = []): CodeRule[] {
  const clauses = [{ all: [concept], scope: 'sentence' as const, base: 0.78 }];
  return [
    {
      code: open,
      reason: `Open ${what}`,
      rank,
      clauses,
      unless: ['thoracoscopic', ...extraUnless],
      unlessExcept: ['converted_open'],
      support: [{ concepts: ['thoracotomy', 'converted_open'], bonus: 0.1, reason: 'open approach' }],
    },
    {
      code: vats,
      reason: `Thoracoscopic (VATS/robotic) ${what}`,
      rank: rank - 1,
      clauses: [{ all: [concept], scope: 'sentence', base: 0.86 }],
      requires: [['thoracoscopic']],
      unless: ['converted_open', ...extraUnless],
    },
  ];
}

rules.push(
  // ----- Lung resection -----
  ...resection('32480', '32663', 'lobectomy', 'lobectomy', 85, ['sleeve_lobectomy']),
  ...resection('32482', '32670', 'bilobectomy', 'bilobectomy', 86),
  ...resection('32484', '32669', 'segmentectomy', 'segmentectomy', 84),
  ...resection('32440', '32671', 'pneumonectomy', 'pneumonectomy', 88, ['completion_pneumonectomy', 'sleeve_pneumonectomy', 'epp']),
  { code: '32486', reason: 'Sleeve lobectomy (bronchial segment removed and rejoined)', rank: 89, clauses: [{ all: ['sleeve_lobectomy'], scope: 'sentence', base: 0.84 }], ...OPEN_NOT_VATS },
  { code: '32442', reason: 'Sleeve (carinal) pneumonectomy', rank: 91, clauses: [{ all: ['sleeve_pneumonectomy'], scope: 'sentence', base: 0.82 }], ...OPEN_NOT_VATS },
  { code: '32445', reason: 'Extrapleural pneumonectomy', rank: 92, clauses: [{ all: ['epp'], scope: 'sentence', base: 0.86 }], ...OPEN_NOT_VATS },
  { code: '32488', reason: 'Completion pneumonectomy', rank: 90, clauses: [{ all: ['completion_pneumonectomy'], scope: 'sentence', base: 0.84 }], ...OPEN_NOT_VATS },
  {
    code: '32505',
    reason: 'Open therapeutic wedge resection of lung',
    rank: 70,
    clauses: [
      { all: ['wedge', 'lung_target'], scope: 'sentence', base: 0.78 },
      { all: ['wedge', ['lung_target', 'nodule']], scope: 'procedure', base: 0.72 },
      { all: ['wedge', 'thoracotomy'], scope: 'sentence', base: 0.7 },
    ],
    unless: ['thoracoscopic', 'lung_biopsy'],
    unlessExcept: ['converted_open'],
    blockSentence: ['non_lung_organ', 'diagnostic_intent'],
    support: [{ concepts: ['thoracotomy', 'converted_open'], bonus: 0.08, reason: 'open approach' }],
  },
  {
    code: '32666',
    reason: 'Thoracoscopic therapeutic wedge resection of lung',
    rank: 70,
    clauses: [
      { all: ['wedge', ['lung_target', 'nodule']], scope: 'sentence', base: 0.86 },
      { all: ['wedge', 'lung_target'], scope: 'procedure', base: 0.76 },
      // A terse "Right VATS wedge resection." names no lung: the approach is the chest.
      { all: ['wedge', 'thoracoscopic'], scope: 'sentence', base: 0.72 },
    ],
    ...VATS,
    unless: ['converted_open', 'lung_biopsy'],
    blockSentence: ['non_lung_organ', 'diagnostic_intent'],
  },
  {
    code: '32608',
    reason: 'Thoracoscopic diagnostic biopsy (wedge) of a lung nodule or mass',
    rank: 65,
    clauses: [
      { all: ['lung_biopsy', 'nodule'], scope: 'sentence', base: 0.84 },
      { all: ['wedge', 'diagnostic_intent', 'nodule'], scope: 'sentence', base: 0.8 },
      { all: ['lung_biopsy'], scope: 'sentence', base: 0.7 },
      // "VATS biopsy of a 1 cm LUL nodule": a lung nodule named with its lobe, and a biopsy.
      { all: ['biopsy', 'lung_target', 'nodule'], scope: 'sentence', base: 0.74 },
    ],
    ...VATS,
    unless: ['converted_open', 'infiltrate'],
    blockSentence: ['pleural_site', 'lymph_node_any'],
  },
  {
    code: '32607',
    reason: 'Thoracoscopic diagnostic biopsy of lung infiltrate(s)',
    rank: 64,
    clauses: [{ all: ['lung_biopsy'], scope: 'sentence', base: 0.76 }, { all: ['wedge', 'diagnostic_intent'], scope: 'sentence', base: 0.72 }],
    requires: [['thoracoscopic'], ['infiltrate']],
    unless: ['converted_open'],
  },
  {
    code: '32609',
    reason: 'Thoracoscopic biopsy of the pleura',
    rank: 62,
    clauses: [{ all: ['pleural_biopsy'], scope: 'sentence', base: 0.82 }],
    ...VATS,
  },
  {
    code: '32097',
    reason: 'Thoracotomy with diagnostic biopsy of a lung nodule or mass',
    rank: 66,
    clauses: [{ all: ['lung_biopsy', 'nodule'], scope: 'sentence', base: 0.76 }, { all: ['wedge', 'diagnostic_intent', 'nodule'], scope: 'sentence', base: 0.72 }],
    requires: [['thoracotomy', 'converted_open']],
    unless: ['thoracoscopic', 'infiltrate'],
    unlessExcept: ['converted_open'],
  },
  {
    code: '32096',
    reason: 'Thoracotomy with diagnostic biopsy of lung infiltrate(s)',
    rank: 65,
    clauses: [{ all: ['lung_biopsy'], scope: 'sentence', base: 0.74 }],
    requires: [['thoracotomy', 'converted_open'], ['infiltrate']],
    unless: ['thoracoscopic'],
    unlessExcept: ['converted_open'],
  },
  {
    code: '32098',
    reason: 'Thoracotomy with biopsy of the pleura',
    rank: 63,
    clauses: [{ all: ['pleural_biopsy'], scope: 'sentence', base: 0.76 }],
    requires: [['thoracotomy']],
    unless: ['thoracoscopic'],
    unlessExcept: ['converted_open'],
  },
  // ----- Lymphadenectomy add-ons -----
  {
    code: '38746',
    reason: 'Mediastinal and regional lymphadenectomy by thoracotomy (add-on)',
    rank: 20,
    clauses: [{ all: ['lymphadenectomy'], scope: 'sentence', base: 0.82 }],
    unless: ['thoracoscopic'],
    unlessExcept: ['converted_open'],
    addOnTo: OPEN_PRIMARIES,
  },
  {
    code: '32674',
    reason: 'Thoracoscopic mediastinal and regional lymphadenectomy (add-on)',
    rank: 20,
    clauses: [{ all: ['lymphadenectomy'], scope: 'sentence', base: 0.84 }],
    ...VATS,
    addOnTo: VATS_PRIMARIES,
  },
  // ----- Chest wall -----
  {
    code: '21601',
    reason: 'Excision of a chest wall tumour including ribs',
    rank: 75,
    clauses: [{ all: ['chest_wall_tumor', ['resection', 'chest_wall_resection']], scope: 'sentence', base: 0.82 }, { all: ['chest_wall_tumor', 'chest_wall_resection'], scope: 'procedure', base: 0.74, anySection: ['chest_wall_tumor'] }],
    unless: ['apex_tumor', 'chest_wall_recon'],
    negatedUnlessBonus: 0.03,
    cueBlock: ['other_recon'],
  },
  {
    code: '21602',
    reason: 'Excision of a chest wall tumour including ribs, with reconstruction',
    rank: 77,
    clauses: [{ all: ['chest_wall_tumor', ['resection', 'chest_wall_resection']], scope: 'sentence', base: 0.84 }, { all: ['chest_wall_tumor', 'chest_wall_resection'], scope: 'procedure', base: 0.76, anySection: ['chest_wall_tumor'] }],
    requires: [['chest_wall_recon']],
    unless: ['apex_tumor', 'lymphadenectomy'],
    cueBlock: ['other_recon'],
  },
  {
    code: '21603',
    reason: 'Excision of a chest wall tumour including ribs, with reconstruction and mediastinal lymphadenectomy',
    rank: 78,
    clauses: [{ all: ['chest_wall_tumor', ['resection', 'chest_wall_resection']], scope: 'sentence', base: 0.84 }, { all: ['chest_wall_tumor', 'chest_wall_resection'], scope: 'procedure', base: 0.76, anySection: ['chest_wall_tumor'] }],
    requires: [['chest_wall_recon'], ['lymphadenectomy']],
    unless: ['apex_tumor'],
    cueBlock: ['other_recon'],
  },
  {
    code: '32820',
    reason: 'Major chest wall reconstruction after injury',
    rank: 74,
    clauses: [{ all: ['chest_wall_recon', 'trauma'], scope: 'sentence', base: 0.78 }, { all: ['chest_wall_recon', 'trauma'], scope: 'procedure', base: 0.7, anySection: ['trauma'] }],
    unless: ['apex_tumor', 'chest_wall_tumor', 'rib_fixation', 'orif'],
    cueBlock: ['other_recon'],
    listOnly: true,
  },
  // ----- Rib fracture fixation: the code goes by how many ribs were fixed (1-3, 4-6, 7+) -----
  {
    code: '21811',
    reason: 'Open fixation of rib fractures, 1 to 3 ribs',
    rank: 73,
    clauses: [{ all: ['rib_fixation'], scope: 'sentence', base: 0.8 }, { all: ['orif', 'rib_site'], scope: 'sentence', base: 0.8 }],
    unless: ['ribs_4_6', 'ribs_7_plus', 'apex_tumor', 'chest_wall_tumor'],
    support: [{ concepts: ['ribs_1_3'], bonus: 0.04, reason: 'one to three ribs named' }],
  },
  { code: '21812', reason: 'Open fixation of rib fractures, 4 to 6 ribs', rank: 74, clauses: [{ all: ['rib_fixation'], scope: 'sentence', base: 0.82 }, { all: ['orif', 'rib_site'], scope: 'sentence', base: 0.82 }], requires: [['ribs_4_6']], unless: ['ribs_7_plus', 'apex_tumor', 'chest_wall_tumor'] },
  { code: '21813', reason: 'Open fixation of rib fractures, 7 or more ribs', rank: 75, clauses: [{ all: ['rib_fixation'], scope: 'sentence', base: 0.82 }, { all: ['orif', 'rib_site'], scope: 'sentence', base: 0.82 }], requires: [['ribs_7_plus']], unless: ['apex_tumor', 'chest_wall_tumor'] },
  { code: '32900', reason: 'Extrapleural resection of ribs', rank: 72, clauses: [{ all: ['extrapleural_rib'], scope: 'sentence', base: 0.8 }] },
  // ----- Thoracotomy / thoracoscopy family -----
  {
    code: '32100',
    reason: 'Exploratory thoracotomy (biopsy included)',
    rank: 55,
    clauses: [{ all: ['explore_chest'], scope: 'sentence', base: 0.84 }],
    ...OPEN_NOT_VATS,
  },
  {
    code: '32110',
    reason: 'Thoracotomy to control bleeding from an injury and/or repair a torn lung',
    rank: 82,
    clauses: [{ all: ['thoracotomy', ['hemorrhage_control', 'clot_removal']], scope: 'procedure', base: 0.8 }, { all: ['thoracotomy', 'trauma'], scope: 'sentence', base: 0.7 }],
    requires: [['hemorrhage_control', 'clot_removal']],
    requiresSupport: [['trauma']],
    ...OPEN_NOT_VATS,
    demote: [{ concepts: ['reexploration'], to: 0.3, reason: 'a return to the OR after an operation is 32120, not trauma' }],
  },
  {
    code: '32654',
    reason: 'Thoracoscopic control of bleeding from an injury',
    rank: 80,
    clauses: [{ all: ['thoracoscopic', 'hemorrhage_control'], scope: 'procedure', base: 0.8 }],
    requires: [['thoracoscopic']],
    requiresSupport: [['trauma']],
    unless: ['converted_open'],
    demote: [{ concepts: ['reexploration'], to: 0.3, reason: 'a return to the OR after an operation is not trauma' }],
  },
  {
    code: '32653',
    reason: 'Thoracoscopic removal of clot, fibrin or a foreign body from the pleural space',
    rank: 74,
    clauses: [{ all: ['clot_removal'], scope: 'sentence', base: 0.8 }],
    ...VATS,
  },
  {
    code: '32601',
    reason: 'Diagnostic thoracoscopy without biopsy',
    rank: 40,
    clauses: [{ all: ['diagnostic_thoracoscopy'], scope: 'sentence', base: 0.8 }],
    unless: ['biopsy', 'lung_biopsy', 'pleural_biopsy', 'wedge', 'lobectomy', 'segmentectomy', 'pneumonectomy', 'decortication', 'pleurodesis', 'bullae', 'pericardial_window', 'needle_biopsy', 'converted_open'],
    negatedUnlessBonus: 0.04,
  },
  // ----- Pleural space -----
  {
    code: '32555',
    reason: 'Thoracentesis with imaging guidance',
    rank: 30,
    clauses: [{ all: ['thoracentesis'], scope: 'sentence', base: 0.86 }],
    requires: [['imaging_guidance', 'ct_guidance']],
    unless: ['perc_drain', 'tunneled_catheter'],
    blockSentence: ['abdominal'],
  },
  {
    code: '32554',
    reason: 'Thoracentesis without imaging guidance',
    rank: 30,
    clauses: [{ all: ['thoracentesis'], scope: 'sentence', base: 0.82 }],
    unless: ['imaging_guidance', 'ct_guidance', 'perc_drain', 'tunneled_catheter'],
    negatedUnlessBonus: 0.06,
    blockSentence: ['abdominal'],
  },
  {
    code: '32557',
    reason: 'Percutaneous pleural drainage catheter (e.g. pigtail) with imaging guidance',
    rank: 32,
    clauses: [{ all: ['perc_drain', ['pleural_condition', 'pleural_space', 'chest_tube']], scope: 'sentence', base: 0.84 }, { all: ['perc_drain', 'pleural_condition'], scope: 'procedure', base: 0.74 }],
    requires: [['imaging_guidance', 'ct_guidance']],
    unless: ['tunneled_catheter'],
    blockSentence: ['abdominal', 'non_lung_organ'],
    demote: [{ concepts: ['major_chest_op', 'thoracotomy', 'thoracoscopic'], to: 0.3, reason: 'a drain placed during a larger chest operation is part of it', unlessOtherSide: true }],
  },
  {
    code: '32556',
    reason: 'Percutaneous pleural drainage catheter (e.g. pigtail) without imaging guidance',
    rank: 32,
    clauses: [{ all: ['perc_drain', ['pleural_condition', 'pleural_space', 'chest_tube']], scope: 'sentence', base: 0.8 }, { all: ['perc_drain', 'pleural_condition'], scope: 'procedure', base: 0.7 }],
    unless: ['imaging_guidance', 'ct_guidance', 'tunneled_catheter'],
    negatedUnlessBonus: 0.05,
    blockSentence: ['abdominal', 'non_lung_organ'],
    demote: [{ concepts: ['major_chest_op', 'thoracotomy', 'thoracoscopic'], to: 0.3, reason: 'a drain placed during a larger chest operation is part of it', unlessOtherSide: true }],
  },
  {
    code: '32551',
    reason: 'Open tube thoracostomy (chest tube)',
    rank: 33,
    clauses: [{ all: ['chest_tube'], scope: 'sentence', base: 0.84 }],
    unless: ['perc_drain', 'tunneled_catheter'],
    listOnly: true,
    blockSentence: ['abdominal', 'chest_tube_use'],
    demote: [
      { concepts: ['major_chest_op', 'thoracotomy', 'thoracoscopic', 'lobectomy', 'pneumonectomy', 'decortication'], to: 0.3, reason: 'a chest tube placed during a larger chest operation is part of it', unlessOtherSide: true },
      { concepts: ['cardiac_context', 'cardiac_surgery'], to: 0.3, reason: 'a chest tube placed during a larger chest operation is part of it' },
    ],
  },
  {
    code: '32550',
    reason: 'Tunnelled indwelling pleural catheter (e.g. PleurX)',
    rank: 34,
    clauses: [{ all: ['tunneled_catheter'], scope: 'sentence', base: 0.86 }],
    blockSentence: ['abdominal'],
    demote: [{ concepts: ['abdominal'], to: 0.3, reason: 'a tunnelled catheter in the abdomen is not pleural' }],
  },
  {
    code: '32560',
    reason: 'Pleurodesis agent instilled through a chest tube (e.g. talc slurry)',
    rank: 35,
    clauses: [{ all: ['talc_slurry'], scope: 'sentence', base: 0.82 }, { all: ['pleurodesis', ['chest_tube', 'chest_tube_other', 'tunneled_catheter', 'perc_drain']], scope: 'sentence', base: 0.78 }],
    unless: ['thoracoscopic', 'poudrage'],
  },
  {
    code: '32650',
    reason: 'Thoracoscopic pleurodesis',
    rank: 70,
    clauses: [{ all: ['pleurodesis'], scope: 'sentence', base: 0.84 }, { all: ['poudrage'], scope: 'sentence', base: 0.86 }],
    ...VATS,
  },
  // ----- Decortication, pleurectomy, bullae -----
  {
    code: '32652',
    reason: 'Thoracoscopic total decortication',
    rank: 72,
    clauses: [{ all: ['decortication'], scope: 'sentence', base: 0.8 }],
    ...VATS,
    unless: ['converted_open', 'partial'],
    support: [{ concepts: ['total'], bonus: 0.06, reason: 'total/complete decortication' }],
  },
  {
    code: '32651',
    reason: 'Thoracoscopic partial decortication',
    rank: 71,
    clauses: [{ all: ['decortication', 'partial'], scope: 'sentence', base: 0.82 }],
    ...VATS,
  },
  {
    code: '32220',
    reason: 'Open total decortication',
    rank: 72,
    clauses: [{ all: ['decortication'], scope: 'sentence', base: 0.78 }],
    unless: ['thoracoscopic', 'partial', 'pleurectomy'],
    unlessExcept: ['converted_open'],
    support: [{ concepts: ['total'], bonus: 0.06, reason: 'total/complete decortication' }],
  },
  {
    code: '32225',
    reason: 'Open partial decortication',
    rank: 71,
    clauses: [{ all: ['decortication', 'partial'], scope: 'sentence', base: 0.8 }],
    unless: ['thoracoscopic', 'pleurectomy'],
    unlessExcept: ['converted_open'],
  },
  {
    code: '32320',
    reason: 'Open decortication with parietal pleurectomy',
    rank: 74,
    clauses: [{ all: ['decortication', 'pleurectomy'], scope: 'procedure', base: 0.8 }],
    unless: ['thoracoscopic'],
    unlessExcept: ['converted_open'],
  },
  {
    code: '32310',
    reason: 'Open parietal pleurectomy',
    rank: 70,
    clauses: [{ all: ['pleurectomy'], scope: 'sentence', base: 0.78 }],
    unless: ['thoracoscopic', 'decortication'],
    unlessExcept: ['converted_open'],
  },
  {
    code: '32656',
    reason: 'Thoracoscopic parietal pleurectomy',
    rank: 66,
    clauses: [{ all: ['pleurectomy'], scope: 'sentence', base: 0.82 }],
    ...VATS,
  },
  {
    code: '32655',
    reason: 'Thoracoscopic resection or plication of bullae/blebs',
    rank: 68,
    clauses: [{ all: ['bullae', ['resection', 'wedge']], scope: 'sentence', base: 0.84 }, { all: ['bullae'], scope: 'procedure', base: 0.72 }],
    ...VATS,
  },
  {
    code: '32141',
    reason: 'Open resection or plication of bullae',
    rank: 68,
    clauses: [{ all: ['bullae', ['resection', 'wedge']], scope: 'sentence', base: 0.78 }],
    unless: ['thoracoscopic'],
    unlessExcept: ['converted_open'],
    requires: [['thoracotomy']],
  },
  // ----- Pericardium, mediastinum -----
  {
    code: '32659',
    reason: 'Thoracoscopic pericardial window',
    // Above a pleural biopsy (32609) or a diagnostic look: the window is the bigger operation.
    rank: 66,
    clauses: [{ all: ['pericardial_window'], scope: 'sentence', base: 0.84 }],
    ...VATS,
  },
  {
    code: '33025',
    reason: 'Pericardial window (open, e.g. subxiphoid)',
    rank: 64,
    clauses: [{ all: ['pericardial_window'], scope: 'sentence', base: 0.8 }],
    unless: ['thoracoscopic', 'pericardiocentesis'],
    unlessExcept: ['converted_open'],
    listOnly: true,
    demote: [{ concepts: ['cardiac_surgery'], to: 0.3, reason: 'a pericardial window made during heart surgery is part of that operation' }],
  },
  {
    code: '39402',
    reason: 'Mediastinoscopy with lymph node biopsy',
    rank: 50,
    clauses: [{ all: ['mediastinoscopy'], scope: 'sentence', base: 0.82 }],
    requires: [['lymph_node_any', 'lymphadenectomy', 'node_sampling']],
  },
  {
    code: '39401',
    reason: 'Mediastinoscopy with biopsy of a mediastinal mass',
    rank: 50,
    clauses: [{ all: ['mediastinoscopy'], scope: 'sentence', base: 0.76 }],
    unless: ['lymph_node_any', 'lymphadenectomy', 'node_sampling'],
  },
  // ----- Needle biopsy -----
  {
    code: '32408',
    reason: 'Percutaneous core needle biopsy of lung or mediastinum (imaging guidance included)',
    rank: 45,
    clauses: [
      { all: ['needle_biopsy', ['lung_target', 'mediastinal_target']], scope: 'sentence', base: 0.84 },
      { all: ['biopsy', ['lung_target', 'mediastinal_target'], ['ct_guidance', 'percutaneous', 'imaging_guidance']], scope: 'sentence', base: 0.8 },
      { all: ['needle_biopsy', 'lung_target'], scope: 'procedure', base: 0.72 },
    ],
    unless: ['fna', 'thoracoscopic', 'thoracotomy'],
    blockSentence: ['non_lung_organ', 'abdominal'],
    demote: [{ concepts: ['bronchoscopic'], to: 0.25, reason: 'a biopsy through a bronchoscope is not percutaneous' }],
  },
  {
    code: '32400',
    reason: 'Percutaneous needle biopsy of the pleura',
    rank: 40,
    clauses: [{ all: ['pleural_biopsy', ['needle_biopsy', 'percutaneous', 'ct_guidance', 'imaging_guidance']], scope: 'sentence', base: 0.78 }],
    unless: ['thoracoscopic', 'thoracotomy'],
  },
  // ----- Empyema, sympathectomy, thymus -----
  { code: '32036', reason: 'Open flap drainage of empyema (Eloesser / open window)', rank: 70, clauses: [{ all: ['empyema_open'], scope: 'sentence', base: 0.82 }] },
  {
    code: '32035',
    reason: 'Thoracostomy with rib resection for empyema',
    rank: 69,
    clauses: [
      { all: ['empyema_rib'], scope: 'sentence', base: 0.8 },
      // "Drainage of empyema ... a portion of rib was removed": the same operation told in two places.
      { all: ['empyema_drain', 'rib_removed'], scope: 'procedure', base: 0.76 },
    ],
    unless: ['decortication', 'empyema_open'],
  },
  {
    code: '21600',
    reason: 'Partial excision of a rib',
    rank: 45,
    clauses: [
      { all: ['rib_excision'], scope: 'sentence', base: 0.72 },
      { all: ['resection', 'rib_site'], scope: 'sentence', base: 0.66 },
    ],
    // A rib taken with a tumour, for an empyema, for access or for another organ is part of that operation.
    unless: ['apex_tumor', 'chest_wall_tumor', 'empyema_rib', 'empyema_drain', 'empyema_open', 'rib_fixation', 'cardiac_surgery', 'rib_other_purpose'],
    // Not the whole note's other organs: osteomyelitis is described in 'bone' words that other_organ holds for spine notes.
    blockSentence: ['other_organ'],
  },
  { code: '32664', reason: 'Thoracoscopic thoracic sympathectomy', rank: 60, clauses: [{ all: ['sympathectomy'], scope: 'sentence', base: 0.84 }], ...VATS },
  { code: '32673', reason: 'Thoracoscopic (VATS/robotic) thymectomy', rank: 75, clauses: [{ all: ['thymectomy'], scope: 'sentence', base: 0.84 }], ...VATS },
);

export const modifierCues: ModifierCue[] = [
  { modifier: '22', strong: ['extra_work'], weak: ['adhesions', 'prior_radiation', 'obesity'], allowContexts: ['historical'] },
  {
    modifier: '53',
    strong: ['discontinued'],
    // "the resection was abandoned" before a pleurodesis that was done: the pleurodesis was not discontinued.
    otherInSentence: ['resection', 'lobectomy', 'bilobectomy', 'segmentectomy', 'pneumonectomy', 'wedge', 'lymphadenectomy', 'decortication', 'pleurodesis', 'thymectomy'],
  },
  { modifier: '62', strong: ['cosurgeon'] },
  // Draining an empyema named in the procedure ("drainage of empyema") names the complication too.
  { modifier: '78', strong: ['reexploration'], requires: ['postop_problem', 'empyema_drain'] },
  { modifier: '79', strong: ['unrelated'] },
  { modifier: '58', strong: ['staged'] },
  { modifier: '82', strong: ['no_resident'], allowContexts: ['negated'] },
  { modifier: 'XS', strong: ['distinct_site'] },
];

export const pairEdits: PairEdit[] = [
  { primary: ['32503', '32504'], secondary: ['32100'], kind: 'never', why: 'the exploration is part of the apex tumour resection; no modifier separates them' },
  { primary: ['32503', '32504'], secondary: ['32480', '32482', '32484', '32440'], kind: 'distinct', why: 'the lung resection is part of the apex tumour resection (mutually exclusive); 59/XS only for a truly separate procedure' },
  { primary: ['32504'], secondary: ['32820', '32900'], kind: 'never', why: 'the chest wall reconstruction is already included in 32504' },
  { primary: ['32503', '32504'], secondary: ['32505', '21601', '21603', '32551', '32554', '32555', '32556', '32557'], kind: 'distinct', why: 'bundled into the apex tumour resection unless it was a distinct procedure (59/XS)' },
  { primary: ['32994'], secondary: ['32998'], kind: 'never', why: 'one ablation code per side and session' },
  { primary: ['32994', '32998'], secondary: ['77013', '77022'], kind: 'never', why: 'imaging guidance is included in the ablation code; never report it separately', warnConcepts: ['ct_guidance', 'mr_guidance'] },
  // A redo thoracotomy for a new resection (completion pneumonectomy, lobectomy) is that resection, not 32120.
  { primary: ['32440', '32442', '32445', '32480', '32482', '32484', '32486', '32488', '32503', '32504'], secondary: ['32120'], kind: 'never', why: 'a redo thoracotomy for a planned resection is reported with the resection, not as a complication re-exploration' },
  { primary: ['32120'], secondary: ['32100', '32110'], kind: 'distinct', why: 'bundled into the re-exploration unless distinct (59/XS)' },
  { primary: ['32650'], secondary: ['32960'], kind: 'distinct', why: 'bundled with thoracoscopic pleurodesis unless distinct' },
  { primary: ['32998'], secondary: ['32999'], kind: 'never', why: 'report microwave ablation with one of 32998 or 32999, as the payer asks, never both' },
  // Exploration and approach are part of any definitive chest operation.
  {
    primary: ['32440', '32442', '32445', '32480', '32482', '32484', '32486', '32488', '32505', '21601', '21602', '21603', '32110', '32220', '32225', '32310', '32320', '32141', '32035', '32036', '32096', '32097', '32098', '32900', '32820'],
    secondary: ['32100'],
    kind: 'never',
    why: 'opening and exploring the chest is part of the definitive operation',
  },
  {
    primary: ['32663', '32666', '32669', '32670', '32671', '32650', '32651', '32652', '32655', '32656', '32659', '32607', '32608', '32609', '32673', '32664', '32654'],
    secondary: ['32601'],
    kind: 'never',
    why: 'a diagnostic look is part of the surgical thoracoscopy',
  },
  // Ribs are cut or taken out to reach the chest: part of the operation, not 21600.
  {
    primary: [...new Set([...OPEN_PRIMARIES, ...VATS_PRIMARIES, '32035', '32036', '32110', '32120', '32141', '21603', '21811', '21812', '21813', '32820', '32900'])],
    secondary: ['21600'],
    kind: 'never',
    why: 'a rib resected for access is part of the operation it opens the way for',
  },
  // An anatomic resection includes a wedge or biopsy of the same lobe.
  { primary: ['32440', '32442', '32445', '32480', '32482', '32484', '32486', '32488'], secondary: ['32505', '32096', '32097'], kind: 'distinct', why: 'a wedge or biopsy of the lung removed by the anatomic resection is part of it (59/XS only for a different lobe or side)' },
  { primary: ['32663', '32669', '32670', '32671'], secondary: ['32666', '32607', '32608'], kind: 'distinct', why: 'a wedge or biopsy of the lung removed by the anatomic resection is part of it (59/XS only for a different lobe or side)' },
  { primary: ['32440', '32442', '32445', '32488'], secondary: ['32480', '32482', '32484', '32486'], kind: 'never', why: 'the lobe is part of the whole lung removed' },
  { primary: ['32671'], secondary: ['32663', '32669', '32670'], kind: 'never', why: 'the lobe is part of the whole lung removed' },
  { primary: ['32482', '32486'], secondary: ['32480', '32484'], kind: 'never', why: 'the smaller resection is part of the larger one' },
  { primary: ['32670'], secondary: ['32663', '32669'], kind: 'never', why: 'the smaller resection is part of the larger one' },
  { primary: ['32480'], secondary: ['32484'], kind: 'distinct', why: 'a segment of the same lobe is part of the lobectomy' },
  { primary: ['32663'], secondary: ['32669'], kind: 'distinct', why: 'a segment of the same lobe is part of the lobectomy' },
  { primary: ['32655'], secondary: ['32650', '32656', '32666'], kind: 'never', why: 'bullectomy includes any pleural procedure and the stapled bleb/wedge' },
  { primary: ['32320'], secondary: ['32220', '32225', '32310'], kind: 'never', why: 'decortication with pleurectomy includes both parts' },
  { primary: ['32652', '32651'], secondary: ['32650', '32653', '32601'], kind: 'distinct', why: 'part of the thoracoscopic decortication unless distinct' },
  { primary: ['32654'], secondary: ['32653'], kind: 'never', why: 'evacuating the clot is part of stopping the bleeding' },
  { primary: ['32220'], secondary: ['32225'], kind: 'never', why: 'partial is included in total decortication' },
  { primary: ['32652'], secondary: ['32651'], kind: 'never', why: 'partial is included in total decortication' },
  { primary: ['32555'], secondary: ['32554'], kind: 'never', why: 'one thoracentesis code per side' },
  { primary: ['32557'], secondary: ['32556', '32554', '32555'], kind: 'never', why: 'the catheter placement includes the drainage' },
  { primary: ['32556'], secondary: ['32554', '32555'], kind: 'never', why: 'the catheter placement includes the drainage' },
  { primary: ['32550'], secondary: ['32554', '32555', '32556', '32557', '32551'], kind: 'distinct', why: 'drainage at the same site is part of the tunnelled catheter placement' },
  { primary: ['32650', '32560'], secondary: ['32551', '32556', '32557', '32554', '32555'], kind: 'distinct', why: 'the chest tube or drainage at pleurodesis is part of it unless on the other side' },
  { primary: ['32650'], secondary: ['32609', '32601'], kind: 'distinct', why: 'pleural biopsy at the same thoracoscopic pleurodesis is part of it unless distinct' },
  { primary: ['39402'], secondary: ['39401'], kind: 'never', why: 'one mediastinoscopy code' },
  { primary: ['21813'], secondary: ['21811', '21812'], kind: 'never', why: 'one rib fixation code per side, by the number of ribs' },
  { primary: ['21812'], secondary: ['21811'], kind: 'never', why: 'one rib fixation code per side, by the number of ribs' },
  { primary: ['21603'], secondary: ['38746', '21601', '21602'], kind: 'never', why: 'the lymphadenectomy and reconstruction are included in 21603' },
  { primary: ['21602'], secondary: ['21601'], kind: 'never', why: 'the excision is included in 21602' },
  { primary: ['32654', '32110'], secondary: ['32551', '32601', '32100'], kind: 'distinct', why: 'part of the trauma operation unless on the other side' },
  { primary: ['32120'], secondary: ['32551', '32556', '32557', '32554', '32555'], kind: 'distinct', why: 'chest tubes replaced at re-exploration are part of it' },
];

// ----- Organ checks, shared by families of codes -----
/** Lung, pleura and chest codes: the note must be about the chest, and a sentence naming another organ does not count. */
const LUNG_CODES = [
  '32480', '32663', '32482', '32670', '32484', '32669', '32440', '32671', '32486', '32442', '32445', '32488', '32505', '32666',
  '32608', '32607', '32097', '32096', '32098', '32609', '38746', '32674', '32220', '32225', '32652', '32651', '32320', '32310',
  '32656', '32655', '32141', '32601', '32100', '32650', '32408', '32400', '32664', '32036', '32035', '32653',
];
/** Pleural space procedures: the note must name the pleura (or a pleural condition). */
const PLEURAL_CODES = ['32554', '32555', '32556', '32557', '32551', '32550', '32560', '32960'];
/** Control of bleeding: the note must be about the chest, and a sentence about another organ does not count. */
for (const rule of rules) {
  if (rule.code !== '32110' && rule.code !== '32654') continue;
  rule.site = ['chest_site'];
  rule.blockSentence = [...(rule.blockSentence ?? []), 'other_organ'];
}
/** Chest wall codes: the note must name the chest wall, and a sentence naming another organ does not count. */
const CHEST_WALL_CODES = ['21601', '21602', '21603', '32820', '32900'];
for (const rule of rules) {
  if (!CHEST_WALL_CODES.includes(rule.code)) continue;
  rule.site = ['chest_wall_site', 'rib_site', 'chest_wall_tumor', 'chest_wall_resection', 'extrapleural_rib'];
  rule.blockSentence = [...(rule.blockSentence ?? []), 'other_organ'];
}
/**
 * A chest wall tumour "including ribs": a lump in the skin or fat is a soft-tissue code outside this set. Not a
 * requirement that ribs be named: "resection of chest wall tumor with mesh" and an aborted attempt may not name them.
 */
for (const rule of rules) {
  if (!['21601', '21602', '21603'].includes(rule.code)) continue;
  rule.demote = [...(rule.demote ?? []), { concepts: ['soft_tissue_mass'], to: 0.3, reason: 'a mass in the skin or subcutaneous tissue is a soft-tissue excision, not a chest wall resection with ribs' }];
}
for (const rule of rules) {
  const lung = LUNG_CODES.includes(rule.code);
  const pleural = PLEURAL_CODES.includes(rule.code);
  if (!lung && !pleural) continue;
  rule.site = [lung ? 'chest_site' : 'pleural_site'];
  rule.blockSentence = [...(rule.blockSentence ?? []), 'other_organ'];
  // A lung transplant's own parts (the recipient lung removed, tubes left) are not separate codes.
  rule.demote = [...(rule.demote ?? []), { concepts: ['lung_transplant'], to: 0.3, reason: 'removing the recipient lung and leaving chest tubes are part of a lung transplant, which is coded outside this set' }];
}
