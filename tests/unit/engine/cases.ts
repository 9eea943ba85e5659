/**
 * Our own table of hard cases. Each case: a class (for accuracy by class),
 * a note, the codes a coder would report (>= 0.5) with their modifiers, in
 * order (first = primary). `mods: undefined` means "modifiers not checked".
 */
export interface Expect {
  code: string;
  mods?: string[];
}

export interface Case {
  name: string;
  cls: string;
  text: string;
  expect: Expect[];
}

/** A short operative note around the given procedure line and narrative. */
export function op(procedure: string, description = '', extra = ''): string {
  return [
    'PREOPERATIVE DIAGNOSIS: See below.',
    `PROCEDURE PERFORMED: ${procedure}`,
    extra,
    'DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and general anesthesia was induced. ' + description,
    'ESTIMATED BLOOD LOSS: 100 mL.',
    'COMPLICATIONS: None.',
  ]
    .filter(Boolean)
    .join('\n');
}

const c = (cls: string, name: string, text: string, expect: Expect[]): Case => ({ cls, name, text, expect });

export const cases: Case[] = [
  // ----- 32503 / 32504 -----
  c('apex', 'pancoast resection, right', op('Right Pancoast tumor resection.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex', 'superior sulcus, left, en bloc', op('Left superior sulcus tumor resection en bloc with ribs 1-3.'), [{ code: '32503', mods: ['LT'] }]),
  c('apex', 'misspelt pancost', op('Right pancost tumor resection.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex', 'hyphenated Pan-coast', op('Right Pan-coast tumour resection.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex', 'recon with marlex mesh', op('Right Pancoast tumor resection with chest wall reconstruction using Marlex mesh.'), [{ code: '32504', mods: ['RT'] }]),
  c('apex', 'recon in narrative only', op('Left Pancoast resection.', 'The left upper lobe and ribs 1 to 3 were resected en bloc. The chest wall defect was reconstructed with a Gore-Tex patch.'), [{ code: '32504', mods: ['LT'] }]),
  c('apex', 'titanium plates', op('Right superior sulcus tumor resection.', 'The defect was bridged with titanium plates and rib fixation.'), [{ code: '32504', mods: ['RT'] }]),
  c('apex', 'latissimus flap', op('Right Pancoast tumor resection with latissimus dorsi flap.'), [{ code: '32504', mods: ['RT'] }]),
  c('apex', 'methyl-methacrylate sandwich', op('Left Pancoast resection.', 'A methyl-methacrylate sandwich prosthesis was fashioned and secured.'), [{ code: '32504', mods: ['LT'] }]),
  c('apex', 'line break inside phrase', op('Right Pancoast tumor resection with chest wall\nreconstruction (Prolene mesh).'), [{ code: '32504', mods: ['RT'] }]),
  c('apex', 'hyphenation at line end', op('Right Pancoast tumor resection with chest wall recon-\nstruction.'), [{ code: '32504', mods: ['RT'] }]),
  c('apex-negated', 'no reconstruction required', op('Right Pancoast tumor resection.', 'No chest wall reconstruction was required.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex-negated', 'reconstruction not performed', op('Left superior sulcus resection. Chest wall reconstruction was not performed.'), [{ code: '32503', mods: ['LT'] }]),
  c('apex-negated', 'without mesh', op('Right Pancoast tumor resection without mesh reconstruction.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex-negated', 'did not require', op('Right Pancoast resection.', 'The defect was small and did not require reconstruction.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex-negated', 'recon planned later', op('Right Pancoast resection.', 'Chest wall reconstruction is planned at a later stage.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex-negated', 'recon discussed in indications only', ['INDICATIONS: We discussed chest wall reconstruction with mesh if needed.', op('Left Pancoast tumor resection.')].join('\n'), [{ code: '32503', mods: ['LT'] }]),
  c('apex-negated', 'CWR abbreviation negated', op('Right Pancoast resection, no CWR.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex', 'subclavian artery reconstructed is not chest wall', op('Right Pancoast tumor resection.', 'The subclavian artery was reconstructed with an 8 mm ring PTFE graft.'), [{ code: '32503', mods: ['RT'] }]),
  c('apex', 'spine co-surgeon', op('Right Pancoast tumor resection with chest wall reconstruction using Marlex mesh.', '', 'CO-SURGEON: Dr. Ann Lee (neurosurgery), who performed the T1-T2 laminectomy and nerve root division.'), [{ code: '32504', mods: ['62', 'RT'] }]),
  c('apex', 'PA assistant', op('Left Pancoast resection.', '', 'ASSISTANT: J. Ruiz, PA-C'), [{ code: '32503', mods: ['AS', 'LT'] }]),
  c('apex', 'physician assistant surgeon', op('Left Pancoast resection.', '', 'ASSISTANT: Dr. Paul Young, MD'), [{ code: '32503', mods: ['80', 'LT'] }]),
  c('apex', 'resident assistant gets no modifier', op('Left Pancoast resection.', '', 'ASSISTANT: Dr. Kim, resident PGY-3'), [{ code: '32503', mods: ['LT'] }]),
  c('apex', 'extra work 22', op('Right Pancoast resection.', 'Dense adhesions from prior radiation required extensive adhesiolysis adding 90 minutes of additional operative time.'), [{ code: '32503', mods: ['22', 'RT'] }]),
  c('history', 's/p pancoast in indications', ['INDICATIONS: s/p right Pancoast resection 2019, now with a new left lower lobe nodule.', op('Left lower lobe wedge resection, thoracoscopic.', 'Video-assisted thoracoscopic wedge resection of the left lower lobe nodule was performed.')].join('\n'), [{ code: '32666', mods: ['LT'] }]),

  // ----- 32994 / 32998 / 32999 -----
  c('ablation', 'cryoablation RUL', op('CT-guided percutaneous cryoablation of a right upper lobe nodule.'), [{ code: '32994', mods: ['RT'] }]),
  c('ablation', 'cryo ablation two words', op('Percutaneous cryo ablation of left lower lobe lung metastasis under CT guidance.'), [{ code: '32994', mods: ['LT'] }]),
  c('ablation', 'ice ball and freeze-thaw', op('Left lung tumor ablation.', 'Two cryoprobes were placed into the left lower lobe lesion and two freeze-thaw cycles created an ice ball.'), [{ code: '32994', mods: ['LT'] }]),
  c('ablation', 'RFA abbreviation', op('CT-guided RFA of right lower lobe pulmonary nodule.'), [{ code: '32998', mods: ['RT'] }]),
  c('ablation', 'radiofrequency', op('Percutaneous radiofrequency ablation of a left upper lobe lung tumor.'), [{ code: '32998', mods: ['LT'] }]),
  c('ablation', 'microwave -> 32998 (32999 shown lower)', op('CT-guided percutaneous microwave ablation of right lower lobe lung nodule.'), [{ code: '32998', mods: ['RT'] }]),
  c('ablation', 'bilateral cryo -> 50', op('Bilateral percutaneous cryoablation of lung metastases, right lower lobe and left lower lobe.'), [{ code: '32994', mods: ['50'] }]),
  c('ablation', 'cryo not RFA', op('Percutaneous cryoablation (rather than radiofrequency ablation) of a right lung nodule.'), [{ code: '32994', mods: ['RT'] }]),
  c('non-thoracic', 'renal cryoablation', op('CT-guided percutaneous cryoablation of a left renal mass.', 'Three cryoprobes were placed into the left kidney lesion. The lung bases were clear.'), []),
  c('non-thoracic', 'AF cryoballoon', op('Pulmonary vein isolation with cryoablation for atrial fibrillation.'), []),
  c('non-thoracic', 'liver RFA', op('Radiofrequency ablation of a hepatic lesion in the right lobe of the liver.'), []),
  c('non-thoracic', 'thyroid RFA', op('Radiofrequency ablation of a benign thyroid nodule.'), []),
  c('non-thoracic', 'genicular nerve RFA', op('Right genicular nerve radiofrequency ablation.'), []),
  c('non-thoracic', 'bronchoscopic cryobiopsy', op('Flexible bronchoscopy with transbronchial cryobiopsy of the right lower lobe.', 'The cryoprobe was advanced into the right lower lobe.'), []),

  // ----- 32120 -----
  c('takeback', 'take-back for bleeding', ['INDICATIONS: POD 1 after right upper lobectomy via thoracotomy with hemothorax.', op('Take-back, re-exploration of right thoracotomy for bleeding.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
  c('takeback', 're-do thoracotomy air leak', ['INDICATIONS: Persistent air leak on postoperative day 5 after left lower lobectomy.', op('Re-do left thoracotomy and repair of air leak.')].join('\n'), [{ code: '32120', mods: ['78', 'LT'] }]),
  c('takeback', 'returned to OR, reopened thoracotomy', ['INDICATIONS: Two days ago he had a right middle lobectomy; now clotted hemothorax.', op('Right thoracotomy for evacuation of clotted hemothorax.', 'He was returned to the operating room. The previous thoracotomy incision was reopened and clot was evacuated.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
  c('non-thoracic', 'sternotomy re-exploration after CABG', ['INDICATIONS: Bleeding after coronary artery bypass grafting yesterday.', op('Re-exploration of the mediastinum for bleeding through the median sternotomy.', 'The sternotomy was reopened and clot evacuated. Chest tubes were replaced.')].join('\n'), []),
  c('history', 'history of thoracotomy only', op('Right knee arthroscopy.', 'He has a history of a re-do thoracotomy in 2012.'), []),

  // ----- 32960 -----
  c('ptx', 'artificial pneumothorax', op('Right artificial pneumothorax for cavitary tuberculosis.'), [{ code: '32960', mods: ['RT'] }]),
  c('ptx', 'air insufflated', op('Therapeutic collapse of the left lung.', '600 mL of air was injected into the left pleural space through a needle.'), [{ code: '32960', mods: ['LT'] }]),
  c('ptx', 'induced pneumothorax assistant not allowed', op('Left induced pneumothorax.', '', 'ASSISTANT: Dr. Bell, MD'), [{ code: '32960', mods: ['LT'] }]),
  c('non-thoracic', 'chest x-ray pneumothorax', ['RADIOLOGY REPORT', 'EXAM: Chest x-ray, two views.', 'FINDINGS: Small right apical pneumothorax. No pleural effusion.', 'IMPRESSION: Small right pneumothorax.'].join('\n'), []),
  c('non-thoracic', 'iatrogenic pneumothorax after line', op('Right internal jugular central line placement.', 'A small iatrogenic pneumothorax was seen on the chest x-ray.'), []),

  // ----- negated / planned / family / history -----
  c('negated', 'pancoast resection not performed', op('Right thoracotomy. Pancoast resection was not performed because the tumor was unresectable.'), []),
  c('planned', 'pancoast resection planned', ['ASSESSMENT AND PLAN: Right Pancoast tumor. We will plan right Pancoast resection with chest wall reconstruction next month after chemoradiation.'].join('\n'), []),
  c('planned', 'consent text only', ['HISTORY OF PRESENT ILLNESS: Right superior sulcus tumor.', 'PLAN: The risks and benefits of Pancoast resection and chest wall reconstruction were discussed with the patient.'].join('\n'), []),
  c('family', 'mother had pancoast resection', op('Left inguinal hernia repair with mesh.', 'Family history is notable for a mother who had a Pancoast resection.'), []),
  c('family', 'family history section', ['FAMILY HISTORY: Father had lung cancer treated with cryoablation of a right lower lobe nodule.', op('Laparoscopic cholecystectomy.')].join('\n'), []),
  c('history', 'past surgical history ablation', ['PAST SURGICAL HISTORY: Cryoablation of right lower lobe lung nodule in 2020. Appendectomy.', op('Colonoscopy with polypectomy.')].join('\n'), []),
  c('history', 's/p lobectomy in HPI', ['HPI: 70-year-old s/p left upper lobectomy, now with chest pain.', 'PLAN: Stress test.'].join('\n'), []),
  c('non-thoracic', 'CABG with chest tubes', op('Coronary artery bypass grafting x3 (LIMA to LAD, SVG to OM and PDA).', 'Two mediastinal chest tubes and a left pleural chest tube were placed. The sternum was closed with wires.'), []),
  c('non-thoracic', 'plain letter mentioning pancoast resection', 'Dear Dr. Smith, I saw your patient today. She underwent a right Pancoast resection with mesh reconstruction and is doing well.', []),
  c('non-thoracic', 'empty', '', []),
  c('non-thoracic', 'whitespace', '   \n\n\t ', []),
];
