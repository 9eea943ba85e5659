import type { Abbreviation, ConceptPhrases } from '../utils/engine/types';

/**
 * Abbreviations are expanded while tokenising, so phrases below are written
 * in full words ("video assisted thoracoscopic surgery" also finds "VATS").
 * Hyphens inside words join ("take-back" -> "takeback") and every phrase of
 * two or more words also gets its joined variants at build time, so "take
 * back" finds "take-back", "takeback" and "take back".
 */
export const abbreviations: Abbreviation[] = [
  { abbr: 'vats', expansion: 'video assisted thoracoscopic surgery' },
  { abbr: 'rul', expansion: 'right upper lobe' },
  { abbr: 'rml', expansion: 'right middle lobe' },
  { abbr: 'rll', expansion: 'right lower lobe' },
  { abbr: 'lul', expansion: 'left upper lobe' },
  { abbr: 'lll', expansion: 'left lower lobe' },
  { abbr: 'ptx', expansion: 'pneumothorax' },
  { abbr: 'htx', expansion: 'hemothorax' },
  { abbr: 'rfa', expansion: 'radiofrequency ablation' },
  { abbr: 'mwa', expansion: 'microwave ablation' },
  { abbr: 'cwr', expansion: 'chest wall reconstruction' },
  { abbr: 's/p', expansion: 'status post' },
  { abbr: 'h/o', expansion: 'history of' },
  { abbr: 'w/o', expansion: 'without' },
  { abbr: 'r/o', expansion: 'rule out' },
  { abbr: 'hx', expansion: 'history' },
  { abbr: 'fhx', expansion: 'family history' },
  { abbr: 'pmh', expansion: 'past medical history' },
  { abbr: 'psh', expansion: 'past surgical history' },
  { abbr: 'pod', expansion: 'postoperative day' },
  { abbr: 'mlnd', expansion: 'mediastinal lymph node dissection' },
  { abbr: 'bpf', expansion: 'bronchopleural fistula' },
  { abbr: 'gsw', expansion: 'gunshot wound' },
  { abbr: 'dlt', expansion: 'double lumen tube' },
  { abbr: 'cxr', expansion: 'chest xray' },
  { abbr: 'bilat', expansion: 'bilateral' },
  { abbr: 'mmc', expansion: 'methyl methacrylate' },
  { abbr: 'ptfe', expansion: 'polytetrafluoroethylene' },
  { abbr: 'cabg', expansion: 'coronary artery bypass grafting' },
  // Common dictation misspellings, read as the word meant so every phrase with that word finds them.
  ...respell('thoracoscopy', ['thorascopy', 'thoracscopy', 'thorocoscopy', 'thorachoscopy', 'thoracoscophy']),
  ...respell('thoracoscope', ['thorascope', 'thorocoscope']),
  ...respell('thoracoscopic', ['thorascopic', 'thorocoscopic']),
  ...respell('thoracotomy', ['thoracatomy', 'thorocotomy', 'thoractomy', 'thoracotmy']),
  ...respell('thoracentesis', ['thoracenthesis', 'thorocentesis', 'thoracocentesis', 'thoracentisis', 'thoracentises']),
  ...respell('thoracostomy', ['thorocostomy', 'thoracotsomy']),
  ...respell('pneumothorax', ['pnemothorax', 'pneumothroax', 'pneumathorax', 'pneumothorx']),
  ...respell('pleurodesis', ['pleuradesis', 'pleurodisis', 'pleurodeses']),
  ...respell('lobectomy', ['lobectamy', 'lobectomey']),
  ...respell('decortication', ['decortification', 'decortacation']),
  ...respell('segmentectomy', ['segmentectamy', 'segmentecomy']),
  ...respell('pneumonectomy', ['pneumenectomy', 'pnemonectomy']),
  ...respell('mediastinoscopy', ['mediastenoscopy', 'mediastinscopy', 'medianstinoscopy', 'mediastinosopy']),
  ...respell('pneumothorax', ['pnuemothorax', 'pneumothoraz']),
  ...respell('cryoablation', ['cryoablaton', 'cryoablaion', 'cryablation', 'cryoabalation']),
  ...respell('pleurx', ['pleurex', 'pleurix']),
  ...respell('thymectomy', ['thymectamy']),
  ...respell('bilobectomy', ['bilobectamy']),
  // "VAT's" loses its possessive "'s" in the tokenizer.
  { abbr: 'vat', expansion: 'video assisted thoracoscopic surgery' },
];

/** Misspellings of `word`, each read as `word`. */
function respell(word: string, misspellings: string[]): Abbreviation[] {
  return misspellings.map((abbr) => ({ abbr, expansion: word }));
}

const SIDE_WORDS = ['right', 'left'];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORD = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
/** Phrases that name between lo and hi ribs (a range, a run of consecutive ribs, or a number word). */
function ribCount(lo: number, hi: number): string[] {
  const out: string[] = [];
  for (let a = 1; a <= 12; a++) {
    for (let b = a + 1; b <= 12; b++) {
      const n = b - a + 1;
      if (n < lo || n > hi) continue;
      // "ribs 5-8" normalises to "ribs 5 8". Rarer spellings ("thru", "fractured ribs 5 to 8") are left
      // out: every range is a phrase, and each variant multiplies the automaton by 66 ranges.
      out.push(`ribs ${a} through ${b}`, `ribs ${a} to ${b}`, `ribs ${a} ${b}`, `rib fractures ${a} through ${b}`, `rib fractures ${a} to ${b}`);
      out.push(`${ORD(a)} through ${ORD(b)} ribs`, `${ORD(a)} to ${ORD(b)} ribs`);
      const run = Array.from({ length: n }, (_, i) => String(a + i));
      if (n >= 3) out.push(`ribs ${run.join(' ')}`, `ribs ${run.slice(0, -1).join(' ')} and ${run[n - 1]}`);
    }
  }
  for (let n = Math.max(lo, 2); n <= hi; n++) out.push(`${NUMBER_WORDS[n]} ribs`, `${NUMBER_WORDS[n]} rib fractures`, `${n} ribs`, `${n} rib fractures`);
  if (lo === 1) out.push('one rib', 'single rib', 'a rib fracture', 'single rib fracture');
  return out;
}
const LOBES = ['upper lobe', 'lower lobe', 'middle lobe', 'lingula', 'lingular'];

export const concepts: ConceptPhrases[] = [
  // ----- Lung apex (Pancoast) tumour -----
  {
    concept: 'apex_tumor',
    phrases: [
      'pancoast', 'pancost', 'pancoaste', 'pankoast', 'pan coast', 'pancoast tumor', 'pancoast tumour', 'pancoast lesion',
      'superior sulcus', 'superior sulcal', 'superior sulcus tumor', 'superior sulcus tumour', 'sulcus tumor', 'sulcus tumour',
      'apical lung tumor', 'apical lung tumour', 'lung apex tumor', 'lung apex tumour', 'apical tumor', 'apical tumour',
      'tumor of the lung apex', 'tumour of the lung apex', 'apical lung cancer', 'apical lung mass', 'apical mass',
      'thoracic inlet tumor', 'thoracic inlet tumour', 'apical chest tumor',
    ],
  },
  {
    concept: 'apex_resection',
    phrases: [
      'pancoast resection', 'pancoast procedure', 'pancoast operation', 'pancost resection', 'superior sulcus resection',
      'superior sulcus tumor resection', 'pancoast tumor resection', 'pancoast tumour resection', 'resection of pancoast tumor',
      'resection of superior sulcus tumor', 'resection of the pancoast tumor', 'resection of the superior sulcus tumor',
      'apical tumor resection', 'apical tumour resection', 'resection of the apical tumor',
    ],
    also: ['apex_tumor', 'resection'],
  },
  {
    concept: 'resection',
    phrases: [
      'resection', 'resected', 'resect', 'resecting', 'excision', 'excised', 'en bloc', 'removed', 'removal', 'extirpation',
      'taken en bloc', 'divided and removed',
    ],
  },
  {
    concept: 'chest_wall_resection',
    phrases: [
      'chest wall resection', 'resection of the chest wall', 'chest wall was resected', 'en bloc chest wall', 'rib resection',
      'ribs were resected', 'rib was resected', 'resection of ribs', 'resection of the ribs', 'resection of rib', 'resected ribs',
      'partial rib resection', 'first rib', 'ribs 1', 'ribs one', 'first and second ribs', 'first through third ribs',
      'posterior rib', 'costotransverse', 'transverse process',
    ],
  },
  {
    concept: 'chest_wall_recon',
    phrases: [
      'chest wall reconstruction', 'reconstruction of the chest wall', 'chest wall was reconstructed', 'reconstructed the chest wall',
      'chest wall defect was reconstructed', 'defect was reconstructed', 'reconstruction of the defect', 'reconstruction',
      'reconstructed', 'reconstruct', 'reconstructing', 'chest wall repair', 'repair of the chest wall defect', 'defect was closed with',
      'marlex', 'marlex mesh', 'prolene mesh', 'polypropylene mesh', 'gore tex', 'goretex', 'gortex', 'gore tex patch',
      'polytetrafluoroethylene', 'e ptfe', 'dualmesh', 'dual mesh', 'vicryl mesh', 'biologic mesh', 'bovine pericardium patch',
      'methyl methacrylate', 'methylmethacrylate', 'methacrylate', 'methyl metacrylate', 'methylmetacrylate', 'sandwich',
      'titanium plate', 'titanium plates', 'titanium bar', 'titanium bars', 'titanium rib', 'rib plates', 'rib plating',
      'rib fixation', 'stratos', 'matrixrib', 'mesh was sewn', 'mesh was secured', 'mesh was placed', 'mesh was sutured',
      'mesh', 'patch was sewn', 'latissimus flap', 'latissimus dorsi flap', 'latissimus muscle flap', 'serratus flap',
      'serratus anterior flap', 'serratus muscle flap', 'pectoralis flap', 'pectoralis major flap', 'pectoralis muscle flap',
      'muscle flap', 'rotational flap', 'myocutaneous flap', 'rectus flap',
    ],
  },
  {
    concept: 'other_recon',
    phrases: [
      'subclavian artery reconstruction', 'reconstruction of the subclavian artery', 'subclavian artery was reconstructed',
      'subclavian vein reconstruction', 'arterial reconstruction', 'vascular reconstruction', 'vein reconstruction',
      'bronchial reconstruction', 'bronchoplasty', 'airway reconstruction', 'interposition graft', 'polytetrafluoroethylene graft',
      'gore tex graft', 'goretex graft', 'dacron graft', 'ring graft', 'intercostal muscle flap', 'intercostal flap',
      'intercostal muscle', 'pericardial fat pad', 'stump was buttressed', 'buttress', 'buttressed', 'nerve reconstruction',
      'breast reconstruction', 'diaphragm reconstruction', 'diaphragmatic reconstruction', 'reconstruction of the diaphragm',
      'pericardial reconstruction', 'reconstruction of the pericardium', 'carinal reconstruction', 'tracheal reconstruction',
    ],
  },
  // ----- Ablation -----
  {
    concept: 'cryo',
    phrases: [
      'cryoablation', 'cryo ablation', 'cryoablated', 'cryo ablated', 'cryoablations', 'cryoprobe', 'cryo probe', 'cryoprobes',
      'cryoneedle', 'cryo needle', 'cryoneedles', 'cryotherapy', 'cryosurgical ablation', 'percutaneous cryoablation',
      'freeze thaw', 'freeze thaw freeze', 'freeze cycle', 'freeze cycles', 'freezing cycle', 'freezing cycles', 'ice ball',
      'iceball', 'iceballs', 'cryoablative', 'argon based cryo', 'cryo',
    ],
  },
  {
    concept: 'rfa',
    phrases: [
      'radiofrequency ablation', 'radio frequency ablation', 'rf ablation', 'radiofrequency', 'radio frequency', 'rf probe',
      'rf electrode', 'radiofrequency electrode', 'radiofrequency probe', 'cool tip', 'cooltip', 'starburst',
      'radiofrequency ablated', 'rf ablated',
    ],
  },
  {
    concept: 'mwa',
    phrases: [
      'microwave ablation', 'micro wave ablation', 'microwave', 'microwave antenna', 'microwave probe', 'microwave ablated',
      'neuwave', 'emprint',
    ],
  },
  { concept: 'ablation', phrases: ['ablation', 'ablated', 'ablate', 'ablating', 'ablative', 'ablation zone', 'thermal ablation'] },
  {
    concept: 'lung_target',
    phrases: [
      'lung', 'lungs', 'pulmonary', 'intrapulmonary',
      ...SIDE_WORDS.flatMap((s) => LOBES.map((l) => `${s} ${l}`)),
      ...LOBES, 'perihilar', 'subpleural',
    ],
  },
  {
    concept: 'lung_target',
    also: ['nodule'],
    phrases: [
      'pulmonary nodule', 'lung nodule', 'pulmonary nodules', 'lung nodules', 'pulmonary metastasis', 'pulmonary metastases',
      'lung metastasis', 'lung metastases', 'lung lesion', 'lung mass', 'lung tumor', 'lung tumour', 'lung cancer', 'lung carcinoma',
      'pulmonary lesion', 'pulmonary mass', 'nsclc', 'non small cell', 'non small cell lung cancer',
      // Not a bare "lobe mass": a liver or thyroid has a right lobe too.
      'subpleural nodule', 'adenocarcinoma of the lung', 'squamous cell carcinoma of the lung',
      ...SIDE_WORDS.flatMap((s) => LOBES.flatMap((l) => [`${s} ${l} nodule`, `${s} ${l} mass`, `${s} ${l} lesion`, `${s} ${l} tumor`])),
      ...LOBES.flatMap((l) => [`${l} nodule`, `${l} mass`, `${l} lesion`, `${l} tumor`]),
    ],
  },
  {
    concept: 'non_lung_organ',
    phrases: [
      'pulmonary vein', 'pulmonary veins', 'pulmonary vein isolation', 'pulmonary artery', 'pulmonary valve', 'pulmonary embolism',
      'pulmonary function', 'pulmonary edema', 'pulmonary hypertension', 'pulmonic',
      'kidney', 'renal', 'nephric', 'liver', 'hepatic', 'hepatocellular', 'prostate', 'prostatic', 'thyroid', 'atrial', 'atrium',
      'atrial fibrillation', 'atrial flutter', 'ventricular', 'cardiac', 'heart', 'av node', 'accessory pathway', 'breast', 'bone',
      'osteoid', 'adrenal', 'endometrial', 'endometrium', 'uterine', 'uterus', 'cervix', 'esophagus', 'esophageal', 'barrett',
      'barretts', 'vertebral', 'vertebra', 'genicular', 'medial branch', 'facet', 'sacroiliac', 'nerve', 'saphenous',
      'varicose', 'venous', 'vein', 'skin', 'wart', 'warts', 'basal cell', 'keratosis', 'retina', 'pancreas', 'pancreatic',
      'spleen', 'bladder', 'ureter', 'turbinate', 'turbinates', 'tonsil', 'soft palate', 'tongue', 'trigeminal', 'gasserian',
    ],
  },
  { concept: 'percutaneous', phrases: ['percutaneous', 'percutaneously', 'through the skin', 'skin puncture', 'transthoracic'] },
  {
    concept: 'ct_guidance',
    phrases: [
      'ct guided', 'ct guidance', 'under ct', 'computed tomography guidance', 'computed tomography guided', 'ct fluoroscopy',
      'ct fluoroscopic', 'cone beam ct', 'ct scan guidance', 'intermittent ct', 'ct images', 'ct imaging',
    ],
  },
  { concept: 'mr_guidance', phrases: ['mr guided', 'mri guided', 'mr guidance', 'mri guidance', 'magnetic resonance guidance'] },
  // ----- Thoracotomy family -----
  {
    concept: 'thoracotomy',
    phrases: [
      'thoracotomy', 'thoracotomies', 'mini thoracotomy', 'mini thoracotomies', 'posterolateral thoracotomy', 'anterolateral thoracotomy', 'muscle sparing thoracotomy',
      'thoracotomy incision', 'clamshell', 'clam shell', 'hemiclamshell', 'trapdoor incision', 'trap door incision',
      'posterolateral incision', 'chest was entered', 'chest was opened', 'pleural space was entered', 'pleural cavity was entered',
      'entered the chest', 'entered the pleural space', 'intercostal space was entered', 'thoracic cavity was entered',
      'open chest', 'open thoracic', 'thoracoabdominal incision',
    ],
  },
  {
    concept: 'reexploration',
    phrases: [
      'take back', 'taken back', 'takeback', 'taken back to the operating room', 'return to the operating room',
      'returned to the operating room', 'return to or', 'returned to or', 'back to the operating room', 'brought back to the operating room',
      'emergent return', 'unplanned return', 're exploration', 'reexploration', 're explored', 'reexplored', 're exploring',
      're explore', 'reexplore', 're exploratory', 're opening', 'reopening', 're opened', 'reopened', 'incision was reopened',
      'reentry', 're entry',
      // A thoracoscopic return: "re-do left VATS through the prior incisions".
      ...['', 'right ', 'left '].flatMap((w) => [`redo ${w}video assisted thoracoscopic surgery`, `repeat ${w}video assisted thoracoscopic surgery`, `redo ${w}thoracoscopy`, `repeat ${w}thoracoscopy`]),
      'through the prior incisions', 'through the previous incisions', 'through the prior port sites', 'through the previous port sites',
    ],
  },
  {
    concept: 'reexploration',
    also: ['thoracotomy'],
    phrases: [
      'redo thoracotomy', 're do thoracotomy', 'redo right thoracotomy', 'redo left thoracotomy', 're thoracotomy', 'rethoracotomy',
      'reopening of the thoracotomy', 'thoracotomy was reopened', 'thoracotomy incision was reopened',
      'opened the previous thoracotomy', 'through the previous thoracotomy', 'through the prior thoracotomy',
      'through her previous thoracotomy', 'through his previous thoracotomy', 'through the recent thoracotomy',
      'reopened the thoracotomy', 'reopened the previous thoracotomy', 'reopening of the previous thoracotomy',
      're exploration of the right thoracotomy', 're exploration of the left thoracotomy', 'reexploratory thoracotomy',
      'repeat thoracotomy',
    ],
  },
  {
    concept: 'postop_problem',
    phrases: [
      'bleeding', 'hemorrhage', 'haemorrhage', 'hemothorax', 'haemothorax', 'clotted hemothorax', 'retained hemothorax',
      'blood loss from the chest tube', 'high chest tube output', 'chest tube output', 'bloody output', 'clot', 'clots',
      'air leak', 'persistent air leak', 'prolonged air leak', 'bronchopleural fistula', 'stump leak', 'stump dehiscence',
      'empyema', 'chylothorax', 'chyle leak', 'wound infection', 'dehiscence', 'lobar torsion', 'torsion', 'postoperative bleeding',
      'postoperative hemorrhage', 'post operative bleeding', 'intercostal artery bleeding', 'bleeding intercostal',
      'expanding hematoma', 'hematoma', 'hypotension', 'tamponade', 'retained sponge', 'retained foreign body',
    ],
  },
  {
    concept: 'recent_surgery',
    phrases: [
      'postoperative day', 'post operative day', 'post op day', 'postop day', 'days ago', 'day ago', 'hours ago', 'yesterday',
      'earlier today', 'earlier in the day', 'earlier this morning', 'last night', 'the previous day', 'the day before',
      'days after', 'hours after', 'weeks after', 'week after', 'recent', 'recently', 'following his', 'following her', 'after his', 'after her',
      'weeks ago', 'week ago', 'last week', 'within the global period', 'global period', 'post operatively',
      'postoperatively', 'in the postoperative period', 'same admission', 'this admission',
    ],
  },
  {
    concept: 'prior_chest_operation',
    phrases: [
      'lobectomy', 'upper lobectomy', 'lower lobectomy', 'middle lobectomy', 'pneumonectomy', 'segmentectomy', 'wedge resection',
      'thoracotomy', 'pancoast resection', 'decortication', 'bilobectomy', 'esophagectomy', 'chest wall resection',
      'lung resection', 'video assisted thoracoscopic surgery', 'thoracoscopic', 'robotic',
    ],
  },
  {
    concept: 'cardiac_context',
    phrases: [
      'sternotomy', 'median sternotomy', 'redo sternotomy', 'resternotomy', 're sternotomy', 'sternum was reopened',
      'coronary artery bypass grafting', 'coronary artery bypass', 'bypass grafting', 'aortic valve', 'mitral valve',
      'valve replacement', 'cardiopulmonary bypass', 'mediastinal exploration', 'mediastinal reexploration',
      'exploration of the mediastinum', 'pericardial tamponade', 'heart transplant', 'lvad',
    ],
  },
  {
    // An exploratory thoracotomy is a thoracotomy: a trauma repair or a biopsy told in the next sentence still has its approach.
    concept: 'explore_chest',
    also: ['thoracotomy'],
    phrases: ['exploratory thoracotomy', 'explorative thoracotomy', 'thoracotomy with exploration', 'thoracotomy and exploration', 'exploration thoracotomy'],
  },
  {
    concept: 'explore_chest',
    phrases: [
      'exploration of the chest', 'exploration of the right chest', 'exploration of the left chest', 'chest exploration',
      'thoracic exploration', 'exploration of the hemithorax', 'exploration of the pleural space', 'the chest was explored',
      'chest was explored', 'explored the chest', 'explored the pleural space',
    ],
  },
  {
    // "Left posterolateral thoracotomy with exploration": the approach word would otherwise take "thoracotomy" into a shorter phrase.
    concept: 'explore_chest',
    also: ['thoracotomy'],
    phrases: ['posterolateral', 'anterolateral', 'lateral', 'anterior', 'axillary', 'muscle sparing', 'limited', 'redo', 'formal', 'open'].flatMap((a) => [
      `${a} thoracotomy with exploration`,
      `${a} thoracotomy and exploration`,
    ]),
  },
  {
    concept: 'trauma',
    phrases: [
      'trauma', 'traumatic', 'gunshot', 'gunshot wound', 'stab', 'stab wound', 'stabbed', 'shot', 'motor vehicle',
      'motor vehicle collision', 'motor vehicle accident', 'mvc', 'mva', 'penetrating', 'blunt chest', 'blunt trauma',
      'assault', 'fall from', 'impalement', 'injury', 'injuries', 'lacerated', 'laceration',
    ],
  },
  {
    // A surgeon's "stab incision" (for a drain or a port) is not a stab wound: the longer phrase keeps "stab" from reading as trauma.
    concept: 'surgical_stab',
    phrases: ['stab incision', 'stab incisions', 'stab wound incision', 'separate stab wound', 'separate stab', 'stab wound was made', 'small stab wound', 'through a stab wound', 'via a stab wound', 'stab wounds were made'],
  },
  {
    concept: 'hemorrhage_control',
    phrases: [
      'control of hemorrhage', 'control of bleeding', 'hemorrhage control', 'bleeding was controlled', 'hemorrhage was controlled',
      'controlled the bleeding', 'controlled the hemorrhage', 'control of intercostal bleeding', 'control of intercostal hemorrhage',
      'control of the bleeding', 'intercostal bleeding was controlled', 'lung laceration', 'laceration of the lung',
      'repair of lung laceration', 'repair of the lung', 'lung was repaired', 'pneumonorrhaphy', 'tractotomy',
      'pulmonary tractotomy', 'ligated the bleeding', 'bleeding intercostal artery was ligated', 'bleeding vessel was ligated',
      'bleeding was stopped', 'source of bleeding was',
      'control of traumatic hemorrhage', 'control of traumatic bleeding', 'control of active bleeding', 'control of ongoing bleeding',
      'control of intrathoracic hemorrhage', 'control of intrathoracic bleeding', 'control of the hemorrhage', 'active bleeding was controlled',
      'bleeder was controlled', 'bleeder was clipped', 'bleeder was ligated', 'bleeder was identified', 'pulsatile bleeder', 'bleeding point was',
      'source of the bleeding was', 'bleeding vessel was clipped',
      // Not "hemostasis" or "oversewn" alone: every operation ends with them.
    ],
  },
  {
    // Clot or fibrin taken out of the pleural space: with active bleeding stopped it is part of that (32110, 32654); alone, by
    // thoracoscopy, it is its own code (32653), e.g. a retained haemothorax.
    concept: 'clot_removal',
    phrases: [
      'evacuation of hemothorax', 'evacuation of the hemothorax', 'hemothorax was evacuated', 'evacuation of retained hemothorax',
      'evacuation of the retained hemothorax', 'retained hemothorax was evacuated', 'evacuation of clotted hemothorax',
      'clotted hemothorax was evacuated', 'evacuation of clot', 'evacuation of clots', 'evacuation of the clot', 'clot was evacuated',
      'clots were evacuated', 'clot evacuation', 'clot was removed', 'clots were removed', 'removal of clot', 'removal of the clot',
      'hematoma was evacuated', 'removal of fibrin', 'fibrin was removed', 'fibrin deposits were removed', 'fibrinous debris was removed',
      'removal of intrapleural foreign body', 'removal of foreign body', 'foreign body was removed', 'foreign body was retrieved',
      'removal of a foreign body', 'removal of the foreign body', 'retained bullet', 'bullet fragment', 'bullet fragments', 'bullet was removed', 'bullet was retrieved',
    ],
  },
  // ----- Therapeutic pneumothorax -----
  {
    concept: 'induced_ptx',
    phrases: [
      'artificial pneumothorax', 'therapeutic pneumothorax', 'induced pneumothorax', 'induction of pneumothorax',
      'induction of a pneumothorax', 'pneumothorax was induced', 'pneumothorax induction', 'intentional pneumothorax',
      'deliberate pneumothorax', 'pneumothorax was created', 'created a pneumothorax', 'creation of a pneumothorax',
      'creation of pneumothorax', 'creation of an artificial pneumothorax', 'collapse therapy', 'lung collapse therapy',
      'pneumothorax therapy', 'controlled pneumothorax', 'artificial pneumothoraces', 'pneumothorax treatment for tuberculosis',
      'pneumothorax refill', 'refill of pneumothorax', 'refill of the pneumothorax',
    ],
  },
  {
    concept: 'air_injection',
    phrases: [
      'air was injected', 'air was insufflated', 'injection of air', 'insufflation of air', 'instillation of air', 'air was instilled',
      'insufflated air', 'injected air', 'air injection', 'cc of air', 'ml of air', 'cc of room air', 'ml of room air',
      'filtered air', 'sterile air',
    ],
  },
  { concept: 'pleural_space', phrases: ['pleural space', 'pleural cavity', 'intrapleural', 'into the pleura', 'pleural'] },
  {
    concept: 'thoracoscopic',
    phrases: [
      'video assisted thoracoscopic surgery', 'video assisted thoracoscopic', 'video assisted thoracoscopy', 'thoracoscopic',
      'thoracoscopically', 'thoracoscopy', 'thoracoscope', 'robotic', 'robotically', 'robot assisted', 'robotic assisted',
      'da vinci', 'davinci', 'uniportal', 'single port', 'minivats', 'mini vats', 'port placement', 'ports were placed',
      'video assisted thoracic surgery', 'pleuroscopy', 'medical thoracoscopy',
    ],
  },
  {
    concept: 'converted_open',
    phrases: [
      'converted to open', 'converted to an open', 'converted to a thoracotomy', 'converted to thoracotomy', 'conversion to open',
      'conversion to thoracotomy', 'conversion to a thoracotomy', 'converted to a formal thoracotomy', 'converted to an open thoracotomy',
      'decision was made to convert', 'convert to thoracotomy', 'convert to an open',
      ...['converted to', 'conversion to', 'convert to', 'converted to a', 'converted to an', 'conversion to a', 'conversion to an'].flatMap((v) =>
        ['right', 'left', 'open', 'formal', 'posterolateral', 'anterolateral', 'lateral', 'anterior', 'muscle sparing', 'limited', 'utility', 'mini']
          .flatMap((w) => [`${v} ${w} thoracotomy`, `${v} ${w} incision`])),
      'we converted to', 'procedure was converted to', 'was converted to thoracotomy', 'converted to open thoracotomy',
      // "Due to the extensive disease, decision was made to open the chest in a formal right thoracotomy fashion."
      'decision was made to open', 'decided to open', 'open the chest', 'opened the chest', 'formal thoracotomy', 'formal right thoracotomy',
      'formal left thoracotomy', 'proceed with thoracotomy', 'proceed to thoracotomy', 'proceeded to thoracotomy', 'proceeded with thoracotomy',
      'proceed with a thoracotomy', 'proceeded with a thoracotomy', 'proceeded to a thoracotomy',
    ],
  },
  {
    concept: 'bronchoscopic',
    phrases: [
      'bronchoscopy', 'bronchoscope', 'bronchoscopic', 'transbronchial', 'endobronchial', 'cryobiopsy', 'cryobiopsies',
      'navigational bronchoscopy', 'endobronchial ultrasound', 'ebus', 'flexible bronchoscopy', 'rigid bronchoscopy',
    ],
  },
  // ----- Lung resection -----
  {
    concept: 'lobectomy',
    phrases: [
      'lobectomy', 'lobectomies', 'upper lobectomy', 'lower lobectomy', 'middle lobectomy', 'anatomic lobectomy',
      'anatomical lobectomy', 'completion lobectomy', 'upper lobe resection', 'lower lobe resection', 'middle lobe resection',
      'lobar resection', 'lobe was resected', 'lobe was removed', 'resection of the right upper lobe', 'resection of the right lower lobe',
      'resection of the right middle lobe', 'resection of the left upper lobe', 'resection of the left lower lobe', 'lobectomy was performed',
    ],
  },
  {
    concept: 'bilobectomy',
    phrases: [
      'bilobectomy', 'bi lobectomy', 'upper and middle lobectomy', 'middle and lower lobectomy', 'lower and middle lobectomy',
      'middle and upper lobectomy', 'upper and middle lobes were resected', 'middle and lower lobes were resected',
      'upper bilobectomy', 'lower bilobectomy', 'resection of the right upper and middle lobes', 'resection of the right middle and lower lobes',
    ],
  },
  {
    concept: 'segmentectomy',
    phrases: [
      'segmentectomy', 'segmentectomies', 'segmental resection', 'anatomic segmentectomy', 'anatomical segmentectomy',
      'lingulectomy', 'lingular segmentectomy', 'trisegmentectomy', 'superior segmentectomy', 'basilar segmentectomy',
      'apical segmentectomy', 'anatomic segmental resection', 'bisegmentectomy',
    ],
  },
  {
    concept: 'pneumonectomy',
    phrases: ['pneumonectomy', 'pneumonectomies', 'removal of the entire lung', 'entire lung was removed', 'entire right lung was removed', 'entire left lung was removed'],
  },
  { concept: 'completion_pneumonectomy', phrases: ['completion pneumonectomy', 'completion of pneumonectomy'], also: ['pneumonectomy'] },
  { concept: 'sleeve_pneumonectomy', phrases: ['sleeve pneumonectomy', 'carinal pneumonectomy', 'carinal resection'], also: ['pneumonectomy'] },
  { concept: 'epp', phrases: ['extrapleural pneumonectomy', 'extra pleural pneumonectomy'], also: ['pneumonectomy'] },
  {
    concept: 'sleeve_lobectomy',
    phrases: ['sleeve lobectomy', 'sleeve resection', 'bronchial sleeve', 'sleeve upper lobectomy', 'sleeve lower lobectomy', 'bronchoplastic lobectomy', 'sleeve right upper lobectomy', 'sleeve left upper lobectomy'],
    also: ['lobectomy'],
  },
  {
    concept: 'wedge',
    phrases: [
      'wedge resection', 'wedge resections', 'wedge excision', 'wedge', 'wedged', 'nonanatomic resection', 'non anatomic resection',
      'non anatomical resection', 'nonanatomical resection', 'stapled wedge', 'wedge resected', 'metastasectomy', 'nonanatomic wedge',
    ],
  },
  {
    // A catheter's wedge position in a heart catheterisation, not a lung wedge.
    concept: 'wedge_pressure',
    phrases: [
      'wedge catheter', 'wedge catheters', 'wedge pressure', 'wedge pressures', 'capillary wedge', 'pulmonary capillary wedge', 'wedge position',
      'wedge tracing', 'wedged position', 'wedge angiogram', 'wedge angiography', 'balloon wedge', 'wedge balloon', 'pcwp',
    ],
  },
  {
    concept: 'lung_biopsy',
    phrases: [
      'wedge biopsy', 'wedge biopsies', 'lung biopsy', 'lung biopsies', 'biopsy of the lung', 'biopsy of lung', 'open lung biopsy',
      'diagnostic wedge', 'diagnostic wedge resection', 'excisional biopsy of the nodule', 'excisional biopsy', 'incisional biopsy',
      'biopsies of the lung', 'biopsy of the right lung', 'biopsy of the left lung', 'lung tissue biopsy',
      'wedge resection diagnostic', 'wedge diagnostic', 'wedge resection for diagnosis', 'wedge resection for tissue diagnosis', 'wedge for diagnosis',
    ],
  },
  { concept: 'diagnostic_intent', phrases: ['diagnostic', 'diagnosis', 'biopsy', 'biopsies', 'for tissue', 'tissue diagnosis', 'undiagnosed', 'indeterminate'] },
  {
    concept: 'infiltrate',
    phrases: [
      'infiltrate', 'infiltrates', 'interstitial lung disease', 'interstitial', 'diffuse lung disease', 'ild', 'pulmonary fibrosis',
      'ground glass opacities', 'diffuse infiltrates', 'interstitial pneumonia',
    ],
  },
  { concept: 'nodule', phrases: ['nodule', 'nodules', 'mass', 'masses', 'lesion', 'lesions', 'tumor', 'tumour', 'metastasis', 'metastases', 'cancer', 'carcinoma', 'neoplasm'] },
  {
    concept: 'lymphadenectomy',
    phrases: [
      'mediastinal lymph node dissection', 'mediastinal lymphadenectomy', 'mediastinal node dissection', 'lymph node dissection',
      'lymphadenectomy', 'complete mediastinal lymph node dissection', 'systematic lymph node dissection', 'systematic nodal dissection',
      'systematic mediastinal lymph node dissection', 'radical lymph node dissection', 'radical lymphadenectomy',
      'mediastinal and hilar lymph node dissection', 'hilar and mediastinal lymph node dissection', 'thoracic lymphadenectomy',
      'en bloc lymph node dissection', 'nodal dissection', 'lymph node dissection was performed', 'mediastinal nodal dissection',
      'complete lymph node dissection', 'mediastinal lymph node dissections', 'lymph nodes were dissected',
    ],
  },
  {
    concept: 'node_sampling',
    phrases: [
      'lymph node sampling', 'node sampling', 'mediastinal lymph node sampling', 'nodal sampling', 'sampling of lymph nodes',
      'lymph nodes were sampled', 'nodes were sampled', 'sampled', 'sampling', 'lymph node biopsy', 'lymph node biopsies',
      'lymph node dissection was not', 'selective sampling',
    ],
  },
  {
    concept: 'lymph_node_any',
    phrases: [
      'lymph node', 'lymph nodes', 'node', 'nodes', 'station', 'stations', ...['paratracheal', 'subcarinal', 'pretracheal', 'hilar', 'aortopulmonary'].flatMap((w) => [`${w} node`, `${w} nodes`, `${w} lymph node`, `${w} lymph nodes`, `${w} station`]), 'level 4r',
      'level 4l', 'level 7', '4r', '4l', '2r', '2l', 'lymph node biopsy', 'lymph node biopsies', 'nodal', 'lymphadenopathy', 'adenopathy',
    ],
  },
  // ----- Chest wall -----
  {
    concept: 'soft_tissue_mass',
    phrases: [
      'subcutaneous mass', 'subcutaneous lipoma', 'subcutaneous nodule', 'subcutaneous tissue mass', 'lipoma', 'lipomas', 'sebaceous cyst',
      'epidermal inclusion cyst', 'epidermoid cyst', 'inclusion cyst', 'skin lesion', 'skin cancer', 'basal cell carcinoma',
      'squamous cell carcinoma of the skin', 'melanoma', 'soft tissue mass', 'dermatofibrosarcoma', 'hidradenitis',
    ],
  },
  {
    concept: 'chest_wall_tumor',
    phrases: [
      'chest wall tumor', 'chest wall tumour', 'chest wall mass', 'chest wall sarcoma', 'chest wall chondrosarcoma', 'chondrosarcoma',
      'rib tumor', 'rib tumour', 'rib mass', 'rib lesion', 'chest wall lesion', 'chest wall neoplasm', 'desmoid tumor', 'desmoid',
      'ewing sarcoma', 'osteosarcoma', 'solitary fibrous tumor', 'chest wall metastasis', 'rib metastasis', 'plasmacytoma',
      'chest wall recurrence', 'tumor of the chest wall', 'tumor involving the chest wall', 'sarcoma of the chest wall',
      // A lung cancer grown into the chest wall (T3), taken en bloc with the ribs: the chest wall part is coded too.
      'invading the chest wall', 'invasion of the chest wall', 'chest wall invasion', 'invaded the chest wall', 'invades the chest wall',
      'invading into the chest wall', 'extending into the chest wall', 'extension into the chest wall', 'adherent to the chest wall and ribs',
    ],
  },
  {
    concept: 'extrapleural_rib',
    phrases: ['extrapleural rib resection', 'extrapleural resection of ribs', 'extrapleural resection of the ribs', 'ribs were resected extrapleurally'],
  },
  {
    concept: 'rib_fixation',
    phrases: [
      'rib fracture fixation', 'fixation of rib fractures', 'open reduction and internal fixation of rib', 'orif of rib', 'surgical stabilization of rib fractures', 'ssrf', 'rib plating of fractures',
      ...['', 'right ', 'left ', 'the ', 'the right ', 'the left ', 'multiple ', 'right sided ', 'left sided '].flatMap((w) => [
        `open reduction and internal fixation of ${w}rib fractures`, `orif of ${w}rib fractures`, `internal fixation of ${w}rib fractures`, `fixation of ${w}rib fractures`, `stabilization of ${w}rib fractures`,
        `plating of ${w}rib fractures`, `plate fixation of ${w}rib fractures`,
      ]),
      'rib fixation', 'rib plating', 'rib fractures were fixed', 'rib fractures were plated', 'fractures were reduced and fixed', 'reduced and fixed with',
      'stabilization of the flail segment', 'flail chest fixation', 'flail segment fixation',
    ],
  },
  // "Open reduction and internal fixation of right ribs 5-8": fixation words and the ribs, read apart so the rib count is not swallowed.
  { concept: 'orif', phrases: ['open reduction and internal fixation', 'open reduction internal fixation', 'orif', 'internal fixation', 'plate fixation', 'plated', 'plating'] },
  { concept: 'rib_site', phrases: ['rib', 'ribs', 'rib fracture', 'rib fractures', 'flail chest', 'flail segment'] },
  {
    // The chest wall named somewhere: a knee's "reconstruction" or a femur's "osteosarcoma" is not a chest wall operation.
    concept: 'chest_wall_site',
    phrases: [
      'chest wall', 'thoracic wall', 'chest', 'hemithorax', 'thorax', 'rib', 'ribs', 'sternum', 'sternal', 'costal', 'costochondral',
      'intercostal', 'flail chest', 'flail segment', 'rib fracture', 'rib fractures', 'thoracotomy',
    ],
  },
  {
    // How many ribs were fixed: "ribs 5 through 8", "ribs 5, 6, 7 and 8", "ribs 5-8", "four ribs". One bucket per code (21811/21812/21813).
    concept: 'ribs_1_3',
    also: ['rib_site'],
    phrases: ribCount(1, 3),
  },
  { concept: 'ribs_4_6', also: ['rib_site'], phrases: ribCount(4, 6) },
  { concept: 'ribs_7_plus', also: ['rib_site'], phrases: ribCount(7, 12) },
  // ----- Pleural space -----
  {
    concept: 'thoracentesis',
    phrases: ['thoracentesis', 'thoracenteses', 'thoracocentesis', 'thoracentesis was performed', 'pleural tap', 'diagnostic tap', 'therapeutic tap', 'pleural aspiration', 'thoracentesis needle', 'pleural fluid was aspirated', 'pleural fluid was withdrawn', 'pleural fluid was drained'],
  },
  {
    concept: 'imaging_guidance',
    phrases: [
      'ultrasound guidance', 'ultrasound guided', 'ultrasonographic guidance', 'under ultrasound', 'under ultrasound guidance',
      'ultrasound', 'sonographic guidance', 'sonographically guided', 'sonography', 'real time ultrasound', 'realtime ultrasound',
      'bedside ultrasound', 'image guided', 'image guidance', 'imaging guidance', 'under imaging', 'fluoroscopic guidance',
      'fluoroscopy', 'fluoroscopically', 'under fluoroscopy', 'sonographic', 'ultrasound localization', 'ultrasound was used',
    ],
  },
  {
    concept: 'perc_drain',
    phrases: [
      'pigtail catheter', 'pigtail', 'pigtail chest tube',
      'small bore chest tube', 'small bore catheter', 'seldinger',
      'seldinger technique', 'over a guidewire', 'over the guidewire', 'over a wire', 'guidewire', 'wayne catheter', 'thal quick',
      'percutaneous chest tube', 'percutaneous drainage catheter', 'percutaneous catheter', 'drainage catheter', 'fr pigtail',
      'nontunneled catheter', 'nontunneled', 'non tunneled',
    ],
  },
  {
    // Names the place as well as the device.
    concept: 'perc_drain',
    also: ['pleural_space', 'pleural_site'],
    phrases: [
      'pleural catheter', 'nontunneled pleural catheter', 'pleural drain', 'pleural drainage catheter', 'percutaneous pleural drain',
      'percutaneous pleural drainage', 'small bore pleural catheter', 'pleural pigtail', 'pleural pigtail catheter',
    ],
  },
  {
    concept: 'chest_tube',
    phrases: [
      'tube thoracostomy', 'chest tube placement', 'chest tube insertion', 'insertion of chest tube', 'insertion of a chest tube',
      'placement of chest tube', 'placement of a chest tube', 'placement of right chest tube', 'placement of left chest tube',
      'thoracostomy tube', 'chest tube was placed', 'chest tube was inserted', 'chest tube', 'chest tubes', 'thoracostomy',
      'tube thoracostomies', 'chest drain', 'intercostal drain', 'intercostal chest drain', 'blunt dissection over the rib',
    ],
  },
  {
    concept: 'chest_tube_other',
    phrases: [
      'chest tube removal', 'removal of chest tube', 'removal of the chest tube', 'chest tube was removed', 'chest tubes were removed',
      'chest tube was pulled', 'existing chest tube', 'indwelling chest tube', 'chest tube output', 'chest tube exchange',
      'chest tube was repositioned', 'chest tube to suction', 'chest tube to water seal', 'through the chest tube', 'via the chest tube',
      'previously placed chest tube', 'chest tube in place', 'mediastinal chest tube', 'mediastinal chest tubes', 'mediastinal tube',
      'mediastinal tubes', 'pleural and mediastinal chest tubes', 'chest tubes were placed', 'chest tubes were inserted',
      'chest tube was placed through a separate stab incision', 'chest tube was placed through the camera port',
      'chest tube was placed through the port site', 'chest tube was left', 'chest tubes were left',
    ],
  },
  {
    concept: 'tunneled_catheter',
    phrases: [
      'pleurx', 'pleurx catheter', 'pleur x', 'tunneled pleural catheter', 'tunnelled pleural catheter', 'tunneled indwelling pleural catheter',
      'tunnelled indwelling pleural catheter', 'indwelling pleural catheter', 'aspira catheter', 'aspira', 'tunneled catheter',
      'tunnelled catheter', 'tunneled drainage catheter', 'cuffed catheter', 'indwelling tunneled catheter',
    ],
  },
  {
    // Taking a tube or catheter out (32552 and bedside removals are not placements): as the longer match it keeps
    // "removal of tunneled pleural catheter" from reading as one put in.
    concept: 'device_removal',
    phrases: ['pleurx', 'pleurx catheter', 'tunneled pleural catheter', 'tunnelled pleural catheter', 'indwelling pleural catheter', 'tunneled catheter',
      'pleural catheter', 'chest tube', 'chest tubes', 'pigtail catheter', 'pigtail', 'thoracostomy tube'].flatMap((d) => [
      ...['', 'the ', 'right ', 'left '].map((w) => `removal of ${w}${d}`),
      `${d} removal`, `${d} was removed`, `${d} were removed`, `removed the ${d}`, `${d} was pulled`, `${d} was discontinued`, `${d} were discontinued`,
      `${d} out`, `${d} was out`, `${d} came out`,
    ]),
  },
  {
    concept: 'pleural_condition',
    phrases: [
      'pleural effusion', 'pleural effusions', 'effusion', 'effusions', 'pneumothorax', 'hemothorax', 'empyema', 'hemithorax',
      'parapneumonic', 'loculated', 'pleural fluid', 'malignant effusion', 'chylothorax', 'pleural', 'intercostal space',
    ],
  },
  {
    concept: 'abdominal',
    phrases: [
      'abdominal', 'abdomen', 'peritoneal', 'intraperitoneal', 'ascites', 'paracentesis', 'biliary', 'gallbladder', 'cholecystostomy',
      'nephrostomy', 'pelvic', 'pelvis', 'retroperitoneal', 'subphrenic', 'hepatic abscess', 'psoas', 'pericardial', 'pericardium',
      'pericardiocentesis', 'bladder', 'suprapubic',
    ],
  },
  {
    concept: 'pleurodesis',
    phrases: ['pleurodesis', 'chemical pleurodesis', 'sclerosis', 'sclerosant', 'sclerotherapy', 'pleural sclerosis', 'talc pleurodesis'],
  },
  {
    concept: 'talc_slurry',
    phrases: [
      'talc slurry', 'slurry', 'doxycycline pleurodesis', 'bleomycin pleurodesis', 'talc was instilled', 'instilled talc', 'instillation of talc',
      'doxycycline was instilled', 'bleomycin was instilled', 'sclerosant was instilled', 'instilled through the chest tube',
      'instilled via the chest tube', 'instillation through the chest tube', 'bedside pleurodesis',
    ],
  },
  {
    concept: 'poudrage',
    phrases: [
      'talc poudrage', 'poudrage', 'talc insufflation', 'insufflation of talc', 'talc was insufflated', 'insufflated talc', 'talc was sprayed',
      'sterile talc was insufflated', 'mechanical pleurodesis', 'pleural abrasion', 'abrasion pleurodesis', 'abraded', 'abrasion',
      'scratch pad', 'bovie scratch pad',
    ],
    also: ['pleurodesis'],
  },
  {
    concept: 'decortication',
    phrases: ['decortication', 'decorticated', 'decorticate', 'removal of the pleural peel', 'peel was removed', 'pleural peel was removed', 'lung was decorticated'],
  },
  { concept: 'partial', phrases: ['partial', 'partially', 'limited', 'localized'] },
  { concept: 'total', phrases: ['total', 'complete', 'completely', 'entire', 'full'] },
  {
    concept: 'pleurectomy',
    phrases: ['pleurectomy', 'parietal pleurectomy', 'apical pleurectomy', 'pleurectomies', 'stripping of the parietal pleura', 'parietal pleura was stripped'],
  },
  { concept: 'pleurectomy_decortication', phrases: ['pleurectomy decortication', 'pleurectomy and decortication', 'decortication and pleurectomy', 'decortication and parietal pleurectomy',
      // "P/D" as written for mesothelioma; not "PD" (a peritoneal dialysis catheter).
      'p/d'], also: ['pleurectomy', 'decortication'] },
  {
    concept: 'bullae',
    phrases: [
      'bullectomy', 'blebectomy', 'bleb resection', 'blebs were resected', 'resection of blebs', 'resection of bullae', 'bullae were resected',
      'bullous resection', 'apical bleb', 'apical blebs', 'stapling of blebs', 'blebs were stapled', 'plication of bullae', 'bullae were plicated',
      'bleb was resected', 'bulla was resected', 'resection of bulla', 'resection of the bleb', 'bullae resection', 'bleb', 'blebs', 'bulla', 'bullae',
    ],
  },
  {
    concept: 'pericardial_window',
    phrases: [
      'pericardial window', 'pericardiostomy', 'subxiphoid pericardial window', 'subxiphoid window', 'pericardial drainage',
      'partial pericardiectomy', 'pericardial resection', 'window was created in the pericardium', 'pericardium was opened',
      'pericardial window was created', 'pleuropericardial window',
    ],
  },
  {
    concept: 'mediastinoscopy',
    phrases: ['mediastinoscopy', 'cervical mediastinoscopy', 'video mediastinoscopy', 'videomediastinoscopy', 'video assisted mediastinoscopy', 'mediastinoscope', 'video assisted mediastinoscopic'],
  },
  {
    concept: 'needle_biopsy',
    phrases: [
      'core biopsy', 'core biopsies', 'core needle biopsy', 'core needle biopsies', 'needle biopsy', 'needle biopsies', 'percutaneous biopsy',
      'ct guided biopsy', 'core samples', 'core specimens', 'cores were obtained', 'coaxial', 'trucut', 'tru cut', 'biopsy needle',
      'biopsy gun', 'core needle', 'gauge biopsy', 'transthoracic needle biopsy', 'percutaneous needle biopsy',
    ],
  },
  {
    // Names the organ in the same words ("CT-guided percutaneous lung biopsy"): also a lung target.
    concept: 'needle_biopsy',
    also: ['lung_target'],
    phrases: [
      'percutaneous lung biopsy', 'percutaneous pulmonary biopsy', 'ct guided lung biopsy', 'ct guided percutaneous lung biopsy',
      'transthoracic lung biopsy', 'lung core biopsy', 'lung core needle biopsy', 'core needle lung biopsy', 'core biopsy of the lung',
      'core needle biopsy of the lung', 'needle biopsy of the lung', 'percutaneous biopsy of the lung', 'percutaneous lung nodule biopsy',
    ],
  },
  {
    // A mass in the mediastinum itself: a needle biopsy of it is 32408 like a lung's.
    concept: 'mediastinal_target',
    also: ['chest_site'],
    phrases: [
      'mediastinal mass', 'mediastinal masses', 'anterior mediastinal mass', 'posterior mediastinal mass', 'middle mediastinal mass',
      'mediastinal lesion', 'mediastinal tumor', 'mediastinal tumour', 'prevascular mass', 'thymic mass', 'subcarinal mass',
      // Not lymph nodes: "mediastinal lymph node sampling" must keep its node words for 38746, 32674 and 39402.
    ],
  },
  { concept: 'biopsy', phrases: ['biopsy', 'biopsies', 'biopsied', 'biopsy was obtained', 'biopsies were obtained', 'specimens were obtained', 'samples were obtained'] },
  {
    // A diagnosis already made by an earlier biopsy ("biopsy-proven NSCLC"): the longer phrase keeps "biopsy" from reading as one done today.
    concept: 'biopsy_diagnosis',
    phrases: ['biopsy proven', 'biopsy confirmed', 'biopsy positive', 'prior biopsy', 'previous biopsy', 'earlier biopsy', 'outside biopsy', 'biopsy showed', 'biopsy revealed', 'biopsy demonstrated'],
  },
  { concept: 'fna', phrases: ['fine needle aspiration', 'fine needle aspirate', 'fna', 'aspiration biopsy'] },
  {
    concept: 'pleural_biopsy',
    phrases: ['pleural biopsy', 'pleural biopsies', 'biopsy of the pleura', 'biopsies of the pleura', 'parietal pleural biopsy', 'parietal pleural biopsies', 'pleura was biopsied', 'biopsies of the parietal pleura', 'pleural nodules were biopsied',
      ...['biopsy of', 'biopsies of'].flatMap((b) => ['', 'the ', 'multiple ', 'several '].flatMap((w) => [`${b} ${w}pleural nodules`, `${b} ${w}pleural nodule`, `${b} ${w}pleural implants`, `${b} ${w}pleural plaques`, `${b} ${w}pleural masses`])),
      'pleural nodule biopsy', 'pleural nodule biopsies', 'pleural implants were biopsied', 'pleural plaques were biopsied'],
  },
  {
    concept: 'diagnostic_thoracoscopy',
    phrases: [
      'diagnostic thoracoscopy', 'diagnostic video assisted thoracoscopic surgery', 'diagnostic video assisted thoracoscopy',
      'exploratory thoracoscopy', 'thoracoscopic exploration', 'diagnostic pleuroscopy', 'exploratory video assisted thoracoscopic surgery',
      'thoracoscopic inspection', 'thoracoscopy was performed and', 'diagnostic exploration',
      'thoracoscopic exploration only', 'thoracoscopy exploration only', 'video assisted thoracoscopic surgery exploration only',
      'video assisted thoracoscopic surgery with exploration only', 'video assisted thoracoscopic surgery exploration', 'diagnostic video assisted thoracoscopic surgery only',
    ],
    also: ['thoracoscopic'],
  },
  {
    // Word order of a list or a template: "Left thoracoscopy, diagnostic, without biopsy". The word keeps its diagnostic
    // meaning too: "VATS diagnostic wedge resection" is a diagnostic wedge.
    concept: 'diagnostic_thoracoscopy',
    also: ['thoracoscopic', 'diagnostic_intent'],
    // Not "VATS diagnostic": as the longer match it would hide "diagnostic wedge resection" in "VATS diagnostic wedge resection".
    phrases: ['thoracoscopy diagnostic', 'thoracoscopy diagnostic only'],
  },
  {
    concept: 'empyema_open',
    phrases: [
      'eloesser', 'eloesser flap', 'eloesser procedure', 'open window thoracostomy', 'open flap drainage', 'clagett', 'clagett window',
      'open thoracic window', 'thoracic window',
    ],
  },
  {
    concept: 'empyema_rib',
    phrases: ['thoracostomy with rib resection', 'rib resection and drainage of empyema', 'rib resection for empyema', 'open drainage of empyema with rib resection', 'rib resection and open drainage'],
  },
  // Open drainage of an empyema cavity, described in pieces: the drainage, and a rib segment taken out for access.
  {
    concept: 'empyema_drain',
    phrases: [
      'drainage of empyema', 'drainage of the empyema', 'drainage of residual empyema', 'drainage of the residual empyema', 'empyema drainage',
      'empyema tube', 'drained the empyema', 'empyema was drained', 'empyema cavity was drained', 'drainage of the empyema cavity',
    ],
  },
  {
    concept: 'rib_removed',
    phrases: [
      'portion of rib was removed', 'portion of the rib was removed', 'segment of rib was removed', 'segment of the rib was removed',
      'piece of rib was removed', 'section of rib was removed', 'rib segment was removed', 'rib segment was resected',
      'short segment of rib was resected', 'segment of rib was resected', 'segment of the rib was resected', 'partial rib resection',
      'rib was partially resected', 'subperiosteal rib resection',
    ],
  },
  {
    // A rib taken out as the operation itself (osteomyelitis, a painful rib): 21600. "Resection of the right
    // posterior 6th rib" is read as a resection and a rib in one sentence: a concept for "6th rib" would, as the
    // longest match, hide "rib lesion" and "rib fracture" behind it.
    concept: 'rib_excision',
    phrases: [
      'rib resection', 'rib resections', 'rib excision', 'resection of rib', 'resection of the rib', 'excision of rib',
      'excision of the rib', 'partial rib excision', 'partial excision of the rib', 'partial resection of the rib',
      'rib was resected', 'rib was excised', 'ribs were resected', 'ribs were excised',
    ],
  },
  {
    // A rib taken for another purpose, coded elsewhere: thoracic outlet (21615), spine access, a graft, a flap's recipient vessels.
    concept: 'rib_other_purpose',
    phrases: [
      'first rib', '1st rib', 'cervical rib', 'thoracic outlet', 'costotransversectomy', 'rib head', 'rib heads', 'rib graft', 'rib grafts',
      'bone graft', 'autograft', 'harvest', 'harvested', 'recipient vessels', 'internal mammary vessels', 'flap', 'for exposure',
      'to facilitate exposure', 'for access', 'rib bed',
      // The organ the rib was taken to reach (a flank nephrectomy, a thoracoabdominal spine or aortic approach).
      'kidney', 'renal', 'nephrectomy', 'adrenal', 'adrenalectomy', 'spleen', 'splenectomy', 'liver', 'hepatectomy', 'esophagus',
      'esophagectomy', 'aorta', 'aortic', 'aneurysm', 'spine', 'spinal', 'vertebra', 'vertebrae', 'vertebral', 'discectomy',
      'corpectomy', 'fusion', 'flank incision', 'flank approach', 'retroperitoneal', 'retroperitoneum', 'thoracoabdominal',
      'breast', 'mastectomy', 'mandible', 'costochondral graft',
    ],
  },
  { concept: 'sympathectomy', phrases: ['sympathectomy', 'sympathicotomy', 'sympathetic chain was divided', 'sympathetic chain was transected', 'sympathetic chain was clipped', 'sympathetic chain was ablated', 'sympathectomies'] },
  { concept: 'thymectomy', phrases: ['thymectomy', 'thymectomies', 'resection of the thymus', 'thymus was resected', 'thymoma resection', 'excision of thymoma', 'resection of thymoma'] },
  // ----- Anything that makes a chest tube part of a bigger operation -----
  {
    concept: 'major_chest_op',
    phrases: [
      'sternotomy', 'median sternotomy', 'coronary artery bypass grafting', 'coronary artery bypass', 'valve replacement', 'valve repair',
      'cardiopulmonary bypass', 'esophagectomy', 'ivor lewis', 'heart transplant', 'lung transplant', 'aortic', 'aneurysm repair',
      'thoracoabdominal', 'splenectomy', 'laparotomy', 'nissen', 'hiatal hernia', 'fundoplication', 'diaphragm', 'diaphragmatic',
      'spine', 'spinal', 'vertebral', 'corpectomy', 'anterior spinal fusion', 'scoliosis', 'nephrectomy', 'adrenalectomy',
    ],
  },
  {
    // A chest tube being used, not placed: instilled through, clamped, removed.
    concept: 'chest_tube_use',
    phrases: [
      // Not "instillation" alone: "chest tube thoracostomy with instillation of tPA" places the tube and then uses it.
      ...['instilled', 'instillation', 'was instilled', 'were instilled'].flatMap((v) => [`${v} through`, `${v} via`, `${v} into`, `${v} down`, `${v} in`]),
      'existing', 'indwelling', 'previously placed', 'clamped', 'was removed', 'were removed',
      'removal', 'output', 'was pulled', 'were pulled', 'in place',
    ],
  },
  // ----- Where the procedure is: the organ a code is about -----
  {
    concept: 'chest_site',
    phrases: [
      'lung', 'lungs', 'pulmonary', 'pleura', 'pleural', 'hemithorax', 'hemithoraces', 'thorax', 'thoracic cavity', 'chest',
      'intercostal', 'bronchus', 'bronchi', 'bronchial', 'bronchus intermedius', 'hilum', 'hilar', 'fissure', 'mediastinum',
      'mediastinal', 'lingula', 'lingular', 'inferior pulmonary ligament', 'thoracoscopy', 'thoracoscopic', 'thoracotomy',
      'video assisted thoracoscopic surgery', 'pneumothorax', 'hemothorax', 'empyema', 'chylothorax', 'trapped lung',
      'double lumen tube', 'single lung ventilation', 'pleural peel', 'fibrothorax',
      ...SIDE_WORDS.flatMap((sd) => ['upper lobe', 'lower lobe', 'middle lobe'].map((l) => `${sd} ${l}`)),
    ],
  },
  {
    concept: 'pleural_site',
    phrases: [
      'pleura', 'pleural', 'pleural space', 'pleural cavity', 'pleural effusion', 'pleural effusions', 'pleural fluid',
      'hemithorax', 'pneumothorax', 'hemothorax', 'empyema', 'chylothorax', 'parapneumonic', 'hydrothorax', 'chest', 'thoracic cavity',
      'intercostal', 'thoracentesis', 'chest tube', 'tube thoracostomy', 'thoracostomy', 'lung', 'lungs', 'trapped lung',
    ],
  },
  {
    // Where a lung metastasis came from ("wedge resection of a colon cancer metastasis", "metastatic renal cell carcinoma"):
    // as the longer match it keeps the organ word from reading as an operation on that organ. Not thyroid, liver or
    // oesophagus: their own operations (a thyroid lobectomy, a liver wedge, an oesophagectomy) share the lung's words.
    concept: 'primary_elsewhere',
    phrases: ['colon', 'colorectal', 'rectal', 'renal cell', 'renal', 'kidney', 'breast', 'prostate', 'bladder', 'testicular', 'uterine', 'endometrial', 'ovarian', 'cervical', 'pancreatic', 'gastric']
      .flatMap((o) => [`${o} cancer`, `${o} carcinoma`, `${o} adenocarcinoma`, `${o} primary`, `${o} cancers`]),
  },
  {
    // Organs and tissues whose "lobectomy", "wedge", "decortication" or "drain" is not a chest code.
    concept: 'other_organ',
    phrases: [
      'thyroid', 'thyroidectomy', 'parathyroid', 'isthmus', 'isthmusectomy', 'temporal', 'frontal', 'parietal lobe', 'occipital',
      'brain', 'cerebral', 'cerebellar', 'hippocampus', 'amygdala', 'amygdalohippocampectomy', 'craniotomy', 'pituitary',
      'liver', 'hepatic', 'hepatectomy', 'caudate', 'segment 6', 'segment 7', 'segment 8', 'segment 5', 'segment 4', 'stomach',
      'gastric', 'gastrectomy', 'duodenum', 'colon', 'colonic', 'bowel', 'small bowel', 'kidney', 'renal', 'nephrectomy', 'prostate',
      'prostatic', 'breast', 'mammary', 'uterus', 'uterine', 'ovary', 'ovarian', 'spleen', 'pancreas', 'pancreatic', 'adrenal',
      'parotid', 'bone', 'bones', 'condyle', 'femur', 'femoral', 'tibia', 'tibial', 'humerus', 'vertebral', 'vertebra', 'vertebrae',
      'transverse process', 'transverse processes', 'facet', 'facets', 'lamina', 'laminae', 'spinous process', 'knee', 'hip',
      'ankle', 'shoulder', 'elbow', 'wrist', 'mandible', 'skull', 'endplate', 'endplates', 'iliac crest', 'fusion bed', 'gutters',
      'pericardiocentesis', 'pericardial space', 'pericardial sac', 'subxiphoid approach', 'peritoneal', 'peritoneal cavity',
      'ascites', 'paracentesis', 'gallbladder', 'biliary', 'nephrostomy', 'abscess cavity',
      // Spinal fusion: "decortication was performed and morcellized autograft placed" is bone, not lung.
      'autograft', 'allograft', 'bone graft', 'morcellized', 'morselized', 'scoliosis', 'scoliotic', 'pedicle screw', 'pedicle screws',
      'laminectomy', 'discectomy', 'interbody', 'arthrodesis',
      // Knee and other ligament reconstructions.
      'cruciate', 'ligament reconstruction', 'acl', 'meniscus', 'tendon',
    ],
  },
  {
    // A lung transplant (a code family outside this set) includes the recipient pneumonectomy and its chest tubes.
    concept: 'lung_transplant',
    phrases: [
      'lung transplant', 'lung transplantation', 'lung transplants', 'single lung transplant', 'double lung transplant',
      'bilateral lung transplant', 'bilateral sequential lung transplant', 'donor lung', 'donor lungs', 'lung allograft',
      'recipient pneumonectomy', 'implantation of the donor lung', 'transplant pneumonectomy', 'heart lung transplant',
    ],
  },
  {
    // A needle and catheter into the pericardium (33016-33019, outside this set), not a window.
    concept: 'pericardiocentesis',
    phrases: ['pericardiocentesis', 'pericardiocenteses', 'pericardial drainage catheter', 'pericardial drain catheter', 'pericardial pigtail'],
  },
  {
    // Heart operations: chest tubes, pericardial windows and re-explorations during them are part of them.
    concept: 'cardiac_surgery',
    phrases: [
      'sternotomy', 'median sternotomy', 'redo sternotomy', 'resternotomy', 'coronary artery bypass grafting', 'coronary artery bypass',
      'bypass grafting', 'cardiopulmonary bypass', 'aortic valve', 'mitral valve', 'tricuspid valve', 'valve replacement',
      'valve repair', 'heart transplant', 'lvad', 'ventricular assist device', 'aortic root', 'ascending aorta', 'maze procedure',
      'off pump', 'internal mammary artery', 'mammary artery', 'saphenous vein graft', 'cardioplegia', 'aortic cross clamp',
      'cross clamp', 'mediastinal exploration', 'mediastinal reexploration', 'exploration of the mediastinum', 'mediastinal chest tubes',
      'mediastinal chest tube', 'mediastinal tubes', 'mediastinal tube', 'previous sternotomy', 'prior sternotomy',
      'sternotomy was reopened', 'sternum was reopened', 'sternal wires', 'sternum was closed', 'sternal closure',
      'sternum was reapproximated', 'sternum was closed with wires', 'pericardium was closed',
    ],
  },
  // ----- Modifier cues -----
  {
    concept: 'extra_work',
    phrases: [
      'additional time', 'additional operative time', 'significantly increased', 'substantially increased', 'substantially more',
      'significantly more difficult', 'significantly longer', 'substantially longer', 'unusually difficult', 'extremely difficult',
      'exceptionally difficult', 'markedly increased', 'increased complexity', 'increased the complexity', 'increased operative time',
      'prolonged operative time', 'prolonged the operation', 'prolonged the procedure', 'added approximately', 'added an additional',
      'extra time', 'modifier 22', 'unusual procedural services', 'more than double', 'twice the usual', 'well beyond the usual',
      'beyond the typical', 'extensive adhesiolysis', 'lengthy adhesiolysis', 'tedious adhesiolysis', 'prolonged adhesiolysis',
      'extensive lysis of adhesions', 'tedious dissection', 'hours of adhesiolysis', 'minutes of adhesiolysis', 'greater than usual',
    ],
  },
  {
    concept: 'adhesions',
    phrases: [
      'dense adhesions', 'extensive adhesions', 'severe adhesions', 'dense pleural adhesions', 'dense fibrous adhesions',
      'obliterated pleural space', 'pleural symphysis', 'frozen chest', 'frozen hemithorax', 'hostile chest', 'adhesiolysis',
      'lysis of adhesions', 'dense scar', 'dense scarring', 'extensive scarring', 'fibrotic',
    ],
  },
  {
    concept: 'prior_radiation',
    phrases: [
      'prior radiation', 'previous radiation', 'radiation therapy', 'radiotherapy', 'chemoradiation', 'chemoradiotherapy',
      'radiated field', 'irradiated field', 'irradiated', 'radiated', 'post radiation', 'postradiation', 'radiation changes',
      'radiation fibrosis', 'induction chemoradiation', 'neoadjuvant chemoradiation', 'neoadjuvant chemoradiotherapy',
    ],
  },
  {
    concept: 'obesity',
    phrases: ['morbid obesity', 'morbidly obese', 'severe obesity', 'body habitus', 'super obese', 'bmi of 4', 'bmi 4', 'bmi of 5', 'bmi 5'],
  },
  {
    concept: 'discontinued',
    phrases: [
      'procedure was aborted', 'procedure was discontinued', 'operation was aborted', 'operation was discontinued', 'was aborted',
      'aborted', 'discontinued the procedure',
      // "At this time, the procedure was terminated" is how many dictations say it ended: only an early or forced end counts.
      ...['procedure was terminated', 'operation was terminated', 'terminated the procedure', 'terminated the operation'].flatMap((p) =>
        ['early', 'prematurely', 'due to', 'because', 'because of', 'secondary to', 'given', 'before', 'prior to', 'at this point'].map((why) => `${p} ${why}`)),
      'had to be terminated', 'was prematurely terminated', 'terminated prematurely', 'terminated early', 'procedure terminated', 'operation terminated',
      // Not "the procedure was stopped" alone: a thoracentesis is stopped when the patient coughs, its normal end.
      'procedure was stopped early', 'procedure was stopped prematurely', 'procedure had to be stopped', 'operation had to be stopped', 'operation was stopped early', 'abandoned', 'was abandoned',
      'decision was made to abort', 'decision was made to terminate', 'decision was made to stop', 'aborting the procedure',
      'not completed', 'was not completed', 'could not be completed', 'incomplete procedure',
    ],
  },
  {
    concept: 'cosurgeon',
    phrases: [
      'co surgeon', 'cosurgeon', 'co surgeons', 'cosurgeons', 'co surgery', 'neurosurgery', 'neurosurgeon', 'neurosurgical',
      'spine surgeon', 'spine surgery', 'spinal surgeon', 'orthopedic spine', 'orthopaedic spine', 'vascular surgeon',
      'vascular surgery', 'working together with', 'jointly with', 'jointly performed',
      'performed jointly', 'each performed', 'performed the spinal', 'performed the laminectomy', 'performed the foraminotomy',
    ],
  },
  {
    concept: 'no_resident',
    phrases: [
      'no qualified resident', 'no qualified residents', 'qualified resident was not available', 'qualified resident not available',
      'no resident available', 'no residents available', 'no resident was available', 'no teaching resident',
      'non teaching', 'nonteaching', 'without a qualified resident',
      'no qualified surgical resident', 'no qualified surgery resident', 'qualified surgical resident was not available',
      'qualified surgical resident not available', 'no surgical resident was available', 'no surgical resident available',
    ],
  },
  {
    concept: 'resident',
    phrases: ['resident', 'residents', 'fellow', 'pgy', 'pgy1', 'pgy2', 'pgy3', 'pgy4', 'pgy5', 'pgy6', 'pgy7', 'house officer', 'medical student'],
  },
  {
    concept: 'assistant_pa',
    phrases: [
      'pa c', 'pac', 'physician assistant', 'physician s assistant', 'physicians assistant', 'nurse practitioner', 'np',
      'aprn', 'crnp', 'fnp', 'acnp', 'agacnp', 'clinical nurse specialist', 'cns', 'pa',
      // Not RNFA, surgical technologists or CRNAs: AS is for a PA, NP or CNS.
    ],
  },
  {
    concept: 'assistant_intro',
    phrases: [
      'assistant was', 'assistant is', 'first assistant was', 'assisted by', 'with the assistance of', 'assisting was',
      'assisting me was', 'assistant for this case was', 'assistant for the case was', 'assistant surgeon was', 'assistance from',
    ],
  },
  {
    concept: 'assistant_md',
    phrases: ['md', 'do', 'm d', 'dr', 'doctor', 'frcs', 'facs', 'mbbs', 'phd md'],
  },
  {
    concept: 'different_surgeon',
    phrases: [
      'another surgeon', 'different surgeon', 'outside surgeon', 'outside hospital', 'another hospital', 'another institution',
      'by another physician', 'by a different surgeon', 'at an outside',
    ],
  },
  { concept: 'unrelated', phrases: ['unrelated', 'unrelated to', 'not related to', 'new problem', 'separate problem'] },
  { concept: 'staged', phrases: ['staged', 'second stage', 'planned second stage', 'stage two', 'second look', 'planned return'] },
  {
    concept: 'distinct_site',
    phrases: [
      'separate incision', 'separate site', 'different site', 'separate procedure', 'distinct procedure', 'different incision',
      'contralateral', 'opposite side', 'separate session', 'separate lesion', 'distinct lesion', 'different lobe',
      'separate organ', 'separate structure',
    ],
  },
  // ----- Operative-note markers -----
  {
    concept: 'opnote',
    phrases: [
      'brought to the operating room', 'taken to the operating room', 'brought to the or', 'brought to the procedure room',
      'brought to the interventional radiology suite', 'placed on the ct table', 'prepped and draped', 'prepped and draped in the usual sterile fashion',
      'prepped and draped in sterile fashion', 'general anesthesia', 'general endotracheal anesthesia', 'time out', 'timeout',
      'tolerated the procedure', 'tolerated the procedure well', 'estimated blood loss', 'incision was made', 'sterile fashion',
      'local anesthesia', 'moderate sedation', 'conscious sedation', 'double lumen tube', 'single lung ventilation',
      'lateral decubitus position', 'procedure note', 'operative note', 'operative report', 'operation report',
      'taken to the or', 'taken back to the or', 'returned to the or', 'returned to the operating room', 'brought back to the operating room',
      'taken back to the operating room', 'brought back to the or', 'taken to the operating suite', 'brought to the operating suite', 'brought to the endoscopy suite',
      'brought to the bronchoscopy suite', 'induction of anesthesia', 'after induction', 'op note', 'brief op note', 'op report', 'brief operative note',
    ],
  },
];

// Concepts that only ever name the chest also name the site, so a longer
// phrase ("artificial pneumothorax", "left pneumonectomy") still says where.
const CHEST_ONLY = [
  'induced_ptx', 'pneumonectomy', 'completion_pneumonectomy', 'sleeve_pneumonectomy', 'epp', 'sleeve_lobectomy', 'bilobectomy',
  'explore_chest', 'diagnostic_thoracoscopy', 'thoracotomy', 'converted_open', 'pleural_biopsy', 'pleurectomy',
  'pleurectomy_decortication', 'lung_target', 'thoracentesis', 'chest_tube', 'chest_tube_other', 'talc_slurry', 'empyema_open',
  'empyema_rib', 'empyema_drain', 'mediastinoscopy', 'thymectomy', 'segmentectomy', 'apex_tumor', 'apex_resection', 'extrapleural_rib',
];
const PLEURA_ONLY = ['induced_ptx', 'thoracentesis', 'chest_tube', 'chest_tube_other', 'talc_slurry', 'pleural_biopsy', 'pleurectomy'];
for (const set of concepts) {
  const extra = [
    ...(CHEST_ONLY.includes(set.concept) ? ['chest_site'] : []),
    ...(PLEURA_ONLY.includes(set.concept) ? ['pleural_site'] : []),
  ];
  if (extra.length) set.also = [...(set.also ?? []), ...extra];
}
concepts.push(
  {
    concept: 'chest_site',
    phrases: [
      'upper lobectomy', 'lower lobectomy', 'middle lobectomy', 'upper lobe resection', 'lower lobe resection', 'middle lobe resection',
      'lingulectomy', 'thoracoscopically', 'thoracoscope', 'video assisted thoracoscopic', 'video assisted thoracoscopy',
      'video assisted thoracic surgery', 'pleuroscopy', 'medical thoracoscopy', 'uniportal', 'pleurx', 'pleurx catheter',
      'tunneled pleural catheter', 'tunnelled pleural catheter', 'indwelling pleural catheter', 'talc poudrage', 'poudrage',
      'talc insufflation', 'pleural abrasion', 'diagnostic video assisted thoracoscopic surgery',
    ],
  },
  {
    concept: 'pleural_site',
    phrases: ['pleurx', 'pleurx catheter', 'tunneled pleural catheter', 'tunnelled pleural catheter', 'indwelling pleural catheter', 'talc poudrage', 'poudrage', 'pleuroscopy', 'medical thoracoscopy'],
  },
);
