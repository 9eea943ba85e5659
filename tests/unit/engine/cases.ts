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
  c('template', 'checkbox template: only the ticked box is coded', 'PROCEDURE:\n[x] Right VATS wedge resection, RUL nodule\n[ ] Lobectomy\n[ ] Mediastinal lymph node dissection\n[ ] Pleurodesis\nDESCRIPTION: Three ports were placed and the nodule was removed by stapled wedge resection. A chest tube was placed.', [{ code: '32666', mods: ['RT'] }]),
  c('template', 'template answer "Pleurodesis: no."', 'PROCEDURES:\n1. Right VATS wedge resection of a right upper lobe nodule.\n2. Talc pleurodesis: no.\nDESCRIPTION: The nodule was removed by stapled wedge resection. A chest tube was placed.', [{ code: '32666', mods: ['RT'] }]),
  c('misspelling', 'thorascopy, diagnostic', op('Left diagnostic video assisted thorascopy.', 'The hemidiaphragm was inspected through two ports and was intact. No biopsies were taken.'), [{ code: '32601', mods: ['LT'] }]),
  c('history', 'biopsy-proven cancer is not a biopsy today', op('CT-guided cryoablation of a right lower lobe nodule.', 'Indication: biopsy-proven adenocarcinoma. Under CT guidance two cryoprobes were placed into the right lower lobe nodule and two freeze-thaw cycles were performed.'), [{ code: '32994', mods: ['RT'] }]),
  c('thoracotomy', 'posterolateral thoracotomy with exploration', op('Left posterolateral thoracotomy with exploration.', 'The tumor invaded the aortic arch and was unresectable. No biopsy was taken. A chest tube was placed.'), [{ code: '32100', mods: ['LT'] }]),
  c('flattened', 'one-line note with title-case headings', 'Pre-op Dx: RUL nodule Post-op Dx: same Procedure: right VATS right upper lobectomy Surgeon: Dr. Kay Assistant: none Description: ports placed, the right upper lobe vein, artery and bronchus were stapled, specimen removed, chest tube placed.', [{ code: '32663', mods: ['RT'] }]),
  c('non-thoracic', 'breast reconstruction revision, drain through a stab incision', op('Revision of right breast reconstruction and liposuction of the abdomen.', 'The dog ear in the flank left by the latissimus flap harvest was excised. The implant capsule was opened and the implant repositioned. A drain was brought out through a separate stab wound incision and hemostasis was confirmed. A dressing was placed over the chest.'), []),
  c('non-thoracic', 'robotic pyeloplasty with hemostasis', op('Robotic-assisted right pyeloplasty.', 'Ports were placed and the robot was docked. The ureteropelvic junction was divided and reanastomosed over a stent. Hemostasis appeared excellent. A drain was placed through a right flank stab incision. At this time, the procedure was terminated and the robot was undocked.'), []),
  c('discontinued', '"the procedure was terminated" as the normal end is not 53', op('Right VATS wedge resection of a right upper lobe nodule.', 'The nodule was removed with a stapled wedge resection. A chest tube was placed. At this time, the procedure was terminated and the ports were closed.'), [{ code: '32666', mods: ['RT'] }]),
  c('non-thoracic', 'thoracoabdominal aneurysm repair', op('Repair of thoracoabdominal aortic aneurysm through a left thoracoabdominal incision.', 'The aorta was clamped and the graft was sewn in place. Hemostasis was obtained and the bleeding from the suture line was controlled with pledgeted sutures. A chest tube was placed.'), []),
  c('plan-changed', 'VATS decortication, then "decision was made to open the chest"', op('Right thoracotomy, total decortication.', 'Two ports were placed and with the thoracoscopic view blunt decortication was begun. Due to the extensive disease, decision was made to open the chest in a formal right thoracotomy fashion, and a complete decortication of all three lobes was performed.'), [{ code: '32220', mods: ['RT'] }]),
  c('planned', 'central line with "a chest tube will be placed if it enlarges"', op('Insertion of left subclavian central venous catheter.', 'The left subclavian vein was accessed under ultrasound guidance and a triple lumen catheter was placed. The chest x-ray showed a small left pneumothorax; a chest tube will be placed if it enlarges.'), []),
  c('non-thoracic', 'bronchoscopy with transbronchial biopsies', op('Fiberoptic bronchoscopy with bronchoalveolar lavage and transbronchial biopsies of the right lower lobe under fluoroscopic guidance.', 'The bronchoscope was passed into the trachea and both bronchial trees were examined. Five transbronchial biopsies were taken from the right lower lobe. No pneumothorax on the chest x-ray.'), []),
  c('assistant', 'RNFA assistant: no AS (AS is for a PA, NP or CNS)', op('Right VATS right upper lobectomy.', 'The right upper lobe was removed with staplers. A chest tube was placed.', 'ASSISTANT: Jane Doe, RNFA'), [{ code: '32663', mods: ['RT'] }]),
  c('non-thoracic', 'knee ACL reconstruction after a stab injury', op('Right knee arthroscopy with anterior cruciate ligament reconstruction using hamstring autograft.', 'A stab incision was made lateral to the patellar tendon. The torn ligament from the sports injury was debrided and the reconstruction was completed with an interference screw.'), []),
  c('non-thoracic', 'femur osteosarcoma resection with reconstruction', op('Resection of left distal femur osteosarcoma with endoprosthetic reconstruction.', 'The tumor was resected with wide margins and the femur was reconstructed with a modular prosthesis.'), []),
  c('non-thoracic', 'spinal fusion through a thoracotomy, bone decortication', op('Anterior spinal fusion T11-L2 for scoliosis through a left thoracoabdominal approach.', 'The tenth rib was removed for autograft and the pleural space was entered; the lung was packed away. The disks were removed. Decortication was then performed and morcellized rib autograft was placed. A chest tube was placed.'), []),
  c('non-thoracic', 'bronchoscopic cryobiopsy', op('Flexible bronchoscopy with transbronchial cryobiopsy of the right lower lobe.', 'The cryoprobe was advanced into the right lower lobe.'), []),

  // ----- 32120 -----
  c('takeback', 'take-back for bleeding', ['INDICATIONS: POD 1 after right upper lobectomy via thoracotomy with hemothorax.', op('Take-back, re-exploration of right thoracotomy for bleeding.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
  c('takeback', 're-do thoracotomy air leak', ['INDICATIONS: Persistent air leak on postoperative day 5 after left lower lobectomy.', op('Re-do left thoracotomy and repair of air leak.')].join('\n'), [{ code: '32120', mods: ['78', 'LT'] }]),
  c('takeback', 'returned to OR, reopened thoracotomy', ['INDICATIONS: Two days ago he had a right middle lobectomy; now clotted hemothorax.', op('Right thoracotomy for evacuation of clotted hemothorax.', 'He was returned to the operating room. The previous thoracotomy incision was reopened and clot was evacuated.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
  c('non-thoracic', 'sternotomy re-exploration after CABG', ['INDICATIONS: Bleeding after coronary artery bypass grafting yesterday.', op('Re-exploration of the mediastinum for bleeding through the median sternotomy.', 'The sternotomy was reopened and clot evacuated. Chest tubes were replaced.')].join('\n'), []),
  // A return to the OR within weeks of an earlier operation is 78 only for a complication of that operation.
  c('takeback', 'back to OR for the other lung, no complication: no 78', ['INDICATIONS: Two weeks ago a left VATS wedge showed a benign nodule. She comes back to the operating room today for the known right upper lobe cancer.', op('Right thoracotomy, right upper lobectomy.')].join('\n'), [{ code: '32480', mods: ['RT'] }]),
  c('takeback', 'returned to OR after recent staging procedure: no 78', ['INDICATIONS: Mediastinoscopy last week was negative; he is returned to the operating room for resection.', op('Left lower lobectomy through a left thoracotomy.')].join('\n'), [{ code: '32480', mods: ['LT'] }]),
  c('takeback', 'return to OR with air leak still gets 78', ['INDICATIONS: Prolonged air leak ten days after a right lower lobectomy.', op('Return to the operating room: redo right thoracotomy and repair of air leak.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
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
  // ----- Lung resection: open vs thoracoscopic -----
  c('resection', 'VATS lobectomy RUL', op('Right VATS right upper lobectomy.', 'Three ports were placed. The right upper lobe was resected thoracoscopically.'), [{ code: '32663', mods: ['RT'] }]),
  c('resection', 'robotic lobectomy', op('Robotic-assisted left lower lobectomy.'), [{ code: '32663', mods: ['LT'] }]),
  c('resection', 'open lobectomy thoracotomy', op('Left upper lobectomy via posterolateral thoracotomy.'), [{ code: '32480', mods: ['LT'] }]),
  c('resection', 'VATS converted to open', op('Right lower lobectomy.', 'The procedure began as a VATS lobectomy but because of bleeding it was converted to an open thoracotomy.'), [{ code: '32480', mods: ['RT'] }]),
  c('resection', 'VATS segmentectomy', op('Left VATS superior segmentectomy of the left lower lobe.'), [{ code: '32669', mods: ['LT'] }]),
  c('resection', 'open segmentectomy', op('Right thoracotomy and anatomic segmentectomy.'), [{ code: '32484', mods: ['RT'] }]),
  c('resection', 'lingulectomy VATS', op('Video-assisted thoracoscopic lingulectomy.', 'The left chest was entered with ports.'), [{ code: '32669', mods: ['LT'] }]),
  c('resection', 'open pneumonectomy', op('Left pneumonectomy through a left posterolateral thoracotomy.'), [{ code: '32440', mods: ['LT'] }]),
  c('resection', 'VATS pneumonectomy', op('Right thoracoscopic pneumonectomy.'), [{ code: '32671', mods: ['RT'] }]),
  c('resection', 'open bilobectomy', op('Right thoracotomy, right middle and lower bilobectomy.'), [{ code: '32482', mods: ['RT'] }]),
  c('resection', 'VATS bilobectomy', op('VATS right upper and middle lobectomy (bilobectomy).'), [{ code: '32670', mods: ['RT'] }]),
  c('resection', 'sleeve lobectomy', op('Right thoracotomy with right upper sleeve lobectomy.'), [{ code: '32486', mods: ['RT'] }]),
  c('resection', 'completion pneumonectomy', op('Left completion pneumonectomy via redo thoracotomy for recurrent cancer.', '', 'INDICATIONS: Left upper lobectomy in 2019, now recurrence.'), [{ code: '32488', mods: ['LT'] }]),
  c('resection', 'extrapleural pneumonectomy', op('Right extrapleural pneumonectomy for mesothelioma.'), [{ code: '32445', mods: ['RT'] }]),
  c('resection', 'VATS wedge', op('Right VATS wedge resection of right lower lobe nodule.'), [{ code: '32666', mods: ['RT'] }]),
  c('resection', 'open wedge', op('Left thoracotomy with wedge resection of left upper lobe lung metastasis.'), [{ code: '32505', mods: ['LT'] }]),
  c('resection', 'VATS diagnostic wedge biopsy nodule', op('Left VATS wedge biopsy of left upper lobe nodule for diagnosis.'), [{ code: '32608', mods: ['LT'] }]),
  c('resection', 'VATS lung biopsy ILD', op('Right VATS lung biopsy for interstitial lung disease.', 'Wedge biopsies of the right upper and right lower lobes were taken.'), [{ code: '32607', mods: ['RT'] }]),
  c('resection', 'lobectomy with MLND VATS', op('1. Right VATS right upper lobectomy. 2. Mediastinal lymph node dissection.'), [{ code: '32663', mods: ['RT'] }, { code: '32674', mods: ['RT'] }]),
  c('resection', 'lobectomy with MLND open', op('1. Left upper lobectomy via thoracotomy. 2. Complete mediastinal lymphadenectomy.'), [{ code: '32480', mods: ['LT'] }, { code: '38746', mods: ['LT'] }]),
  c('resection', 'lymph node sampling is no add-on', op('Right VATS lower lobectomy with mediastinal lymph node sampling.'), [{ code: '32663', mods: ['RT'] }]),
  c('resection', 'wedge then lobectomy same lobe', op('Right VATS wedge resection of right upper lobe nodule followed by right upper lobectomy.', 'Frozen section showed adenocarcinoma and lobectomy was completed.'), [{ code: '32663', mods: ['RT'] }]),
  c('resection', 'pneumonectomy bundles lobectomy', op('Left pneumonectomy via thoracotomy.', 'The left upper lobe and lower lobe were removed as the entire left lung.'), [{ code: '32440', mods: ['LT'] }]),
  c('resection', 'lobectomy + 22 for adhesions', op('Right VATS right lower lobectomy.', 'There were dense adhesions from prior radiation. Extensive adhesiolysis added approximately 75 minutes.'), [{ code: '32663', mods: ['22', 'RT'] }]),
  c('resection', 'lobectomy with PA assistant', op('Left VATS upper lobectomy.', '', 'ASSISTANT: Karen White, PA-C'), [{ code: '32663', mods: ['AS', 'LT'] }]),
  c('resection', 'lobectomy with physician assistant, no resident', op('Left thoracotomy and left lower lobectomy.', '', 'ASSISTANT: Dr. Omar Said, MD. No qualified resident was available.'), [{ code: '32480', mods: ['82', 'LT'] }]),
  c('history', 'prior lobectomy only history', ['PAST SURGICAL HISTORY: Right upper lobectomy 2015.', op('Laparoscopic appendectomy.')].join('\n'), []),
  c('planned', 'lobectomy planned', ['ASSESSMENT: RUL adenocarcinoma.', 'PLAN: Right VATS lobectomy next week. We discussed the risks of lobectomy.'].join('\n'), []),
  c('negated', 'lobectomy aborted not performed', op('Right thoracotomy; lobectomy was not performed.', 'Exploratory thoracotomy showed unresectable disease and no resection was done.'), [{ code: '32100', mods: ['RT'] }]),

  // ----- Chest wall -----
  c('chest-wall', 'chest wall tumour excision ribs', op('Left chest wall tumor excision with resection of ribs 5 and 6.', 'No reconstruction was required.'), [{ code: '21601', mods: ['LT'] }]),
  c('chest-wall', 'chest wall sarcoma with mesh', op('Right chest wall sarcoma resection including ribs 4 to 6 with Gore-Tex mesh reconstruction.'), [{ code: '21602', mods: ['RT'] }]),
  c('chest-wall', 'chest wall tumour recon + MLND', op('1. Resection of left chest wall chondrosarcoma with ribs 3-5. 2. Chest wall reconstruction with Marlex mesh. 3. Mediastinal lymph node dissection.'), [{ code: '21603', mods: ['LT'] }]),
  c('chest-wall', 'post-traumatic chest wall reconstruction', op('Major chest wall reconstruction with titanium plates after traumatic flail chest (motor vehicle collision).'), [{ code: '32820' }]),
  c('chest-wall', 'extrapleural rib resection', op('Right extrapleural rib resection.'), [{ code: '32900', mods: ['RT'] }]),

  // ----- Thoracotomy family -----
  c('thoracotomy', 'exploratory thoracotomy', op('Right exploratory thoracotomy with biopsy.'), [{ code: '32100', mods: ['RT'] }]),
  c('thoracotomy', 'trauma thoracotomy hemorrhage', op('Left anterolateral thoracotomy for gunshot wound with control of hemorrhage and repair of lung laceration.'), [{ code: '32110', mods: ['LT'] }]),
  c('thoracotomy', 'VATS trauma hemothorax', op('Right VATS for traumatic hemothorax with control of bleeding from intercostal artery.', 'Stab wound to the right chest.'), [{ code: '32654', mods: ['RT'] }]),
  c('thoracotomy', 'diagnostic thoracoscopy', op('Left diagnostic thoracoscopy.', 'No biopsy was taken.'), [{ code: '32601', mods: ['LT'] }]),
  c('thoracotomy', 'takeback with exploratory wording', ['INDICATIONS: POD 2 after right lower lobectomy, hemothorax.', op('Right re-exploratory thoracotomy for bleeding, evacuation of hemothorax.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),

  // ----- Pleural space -----
  c('pleural', 'thoracentesis with ultrasound', op('Right thoracentesis under ultrasound guidance.', '1.2 L of straw colored fluid was removed.'), [{ code: '32555', mods: ['RT'] }]),
  c('pleural', 'thoracentesis without imaging', op('Left diagnostic thoracentesis.', 'The site was chosen by percussion; no imaging guidance was used.'), [{ code: '32554', mods: ['LT'] }]),
  c('pleural', 'bilateral thoracentesis US', op('Bilateral ultrasound-guided thoracentesis.'), [{ code: '32555', mods: ['50'] }]),
  c('pleural', 'pigtail with CT', op('CT-guided placement of a 10 French pigtail catheter into the right pleural effusion.'), [{ code: '32557', mods: ['RT'] }]),
  c('pleural', 'pigtail without imaging', op('Left percutaneous pleural drain (pigtail catheter) for pneumothorax by Seldinger technique.', 'No imaging guidance was used.'), [{ code: '32556', mods: ['LT'] }]),
  c('pleural', 'chest tube for pneumothorax', op('Right tube thoracostomy.', 'A 28 French chest tube was placed after blunt dissection over the rib into the pleural space.'), [{ code: '32551', mods: ['RT'] }]),
  c('pleural', 'PleurX', op('Placement of right tunneled pleural catheter (PleurX) for malignant effusion.'), [{ code: '32550', mods: ['RT'] }]),
  c('pleural', 'talc slurry via chest tube', op('Talc slurry pleurodesis via the existing right chest tube.'), [{ code: '32560', mods: ['RT'] }]),
  c('pleural', 'VATS talc pleurodesis', op('Right VATS with talc poudrage pleurodesis.'), [{ code: '32650', mods: ['RT'] }]),
  c('non-thoracic', 'PleurX peritoneal for ascites', op('Placement of tunneled peritoneal PleurX catheter for malignant ascites.'), []),
  c('non-thoracic', 'nephrostomy pigtail', op('Left percutaneous nephrostomy with 8 French pigtail catheter under fluoroscopy.'), []),
  c('non-thoracic', 'paracentesis', op('Ultrasound-guided paracentesis.', '4 L of ascites was removed from the abdomen.'), []),
  c('history', 'thoracentesis history', ['HISTORY OF PRESENT ILLNESS: She had a thoracentesis last week for a right effusion.', op('Upper endoscopy.')].join('\n'), []),
  c('pleural', 'VATS decortication', op('Right VATS decortication for empyema.', 'Complete decortication of the right lung was performed.'), [{ code: '32652', mods: ['RT'] }]),
  c('pleural', 'open decortication', op('Left thoracotomy and total decortication for trapped lung.'), [{ code: '32220', mods: ['LT'] }]),
  c('pleural', 'VATS partial decortication', op('Right VATS partial decortication.'), [{ code: '32651', mods: ['RT'] }]),
  c('pleural', 'VATS bullectomy and pleurodesis', op('Left VATS blebectomy with mechanical pleurodesis.', 'Apical blebs were resected with a stapler and the parietal pleura was abraded.'), [{ code: '32655', mods: ['LT'] }]),
  c('pleural', 'VATS pleurectomy', op('Right VATS parietal pleurectomy.'), [{ code: '32656', mods: ['RT'] }]),
  c('pleural', 'open pleurectomy decortication', op('Right thoracotomy, pleurectomy and decortication for mesothelioma.'), [{ code: '32320', mods: ['RT'] }]),

  // ----- Pericardium, mediastinum, biopsy, other -----
  c('other', 'subxiphoid pericardial window', op('Subxiphoid pericardial window for pericardial effusion.'), [{ code: '33025' }]),
  c('other', 'mediastinoscopy nodes', op('Cervical mediastinoscopy with biopsy of lymph node stations 4R, 7 and 4L.'), [{ code: '39402' }]),
  c('other', 'mediastinoscopy mass', op('Cervical mediastinoscopy with biopsy of anterior mediastinal mass.'), [{ code: '39401' }]),
  c('other', 'CT guided lung biopsy', op('CT-guided percutaneous core needle biopsy of right upper lobe lung mass.'), [{ code: '32408', mods: ['RT'] }]),
  c('non-thoracic', 'CT guided liver biopsy', op('CT-guided core needle biopsy of a liver lesion.', 'Care was taken to avoid the lung base.'), []),
  c('non-thoracic', 'EBUS bronchoscopy', op('Bronchoscopy with endobronchial ultrasound guided transbronchial needle aspiration of station 7 and right lower lobe biopsy.'), []),
  c('other', 'VATS sympathectomy bilateral', op('Bilateral thoracoscopic T2-T3 sympathectomy for hyperhidrosis.'), [{ code: '32664', mods: ['50'] }]),
  c('other', 'robotic thymectomy', op('Robotic thymectomy for thymoma.'), [{ code: '32673' }]),
  c('other', 'Eloesser flap', op('Right Eloesser flap for chronic empyema.'), [{ code: '32036', mods: ['RT'] }]),
  // Open empyema drainage told in pieces (the drainage in the list, the rib segment in the narrative) is 32035, not a chest tube.
  c('other', 'empyema drained through a rib bed', op('Open drainage of the empyema, left.', 'Through a short incision over the collection a 2 cm segment of rib was resected. The cavity was debrided and a large bore tube was left in the empyema cavity.'), [{ code: '32035', mods: ['LT'] }]),
  c('other', 'rib segment removed at decortication is not 32035', op('Right thoracotomy and total decortication for organized empyema.', 'A segment of the sixth rib was removed for exposure. The empyema was drained and the peel was stripped from the entire lung.'), [{ code: '32220', mods: ['RT'] }]),

  // ----- From the second blind batch: general fixes, each in a note of its own -----
  c('other', 'VATS converted to a posterolateral thoracotomy is open', op('Left VATS left lower lobectomy.', 'Because of bleeding we converted to a posterolateral thoracotomy and completed the lobectomy.'), [{ code: '32480', mods: ['LT'] }]),
  c('negation', 'PROCEDURE PLANNED is not what was done', 'PROCEDURE PLANNED: Right VATS right upper lobectomy.\nPROCEDURE PERFORMED: Right VATS wedge resection of right upper lobe tumor.\nDESCRIPTION: A stapled therapeutic wedge resection was performed because a lobectomy would not be tolerated.', [{ code: '32666', mods: ['RT'] }]),
  c('other', 'rib ORIF, 2 ribs', op('Open reduction and internal fixation of left ribs 4 and 5.', 'Both fractures were plated.'), [{ code: '21811', mods: ['LT'] }]),
  c('other', 'rib ORIF, 7 ribs', op('Open reduction and internal fixation of right ribs 3 through 9 for flail chest.'), [{ code: '21813', mods: ['RT'] }]),
  c('modifier', 'abandoned resection does not make the pleurodesis 53', op('Right VATS talc poudrage.', 'Pleural metastases were found, so the resection was abandoned. Talc was insufflated over the pleura.'), [{ code: '32650', mods: ['RT'] }]),
  c('multi', 'chest tube on the other side during a VATS', op('1. Right VATS blebectomy. 2. Left tube thoracostomy.', 'Apical blebs were stapled. A left chest tube was placed by blunt dissection for a new left pneumothorax. A right chest tube was placed at the end of the VATS.'), [{ code: '32655', mods: ['RT'] }, { code: '32551', mods: ['51', 'LT'] }]),

  // ----- Multiple procedures in one note -----
  c('multi', 'pancoast + separate contralateral chest tube', op('1. Right Pancoast tumor resection. 2. Left tube thoracostomy for contralateral pneumothorax.', 'No chest wall reconstruction was required.'), [{ code: '32503', mods: ['RT'] }, { code: '32551', mods: ['51', 'XS', 'LT'] }]),
  c('multi', 'mediastinoscopy then VATS lobectomy', op('1. Cervical mediastinoscopy with lymph node biopsies. 2. Right VATS right upper lobectomy.'), [{ code: '32663', mods: ['RT'] }, { code: '39402', mods: ['51'] }]),
  c('multi', 'VATS lobectomy chest tube bundled', op('Right VATS lower lobectomy. Placement of right chest tube.'), [{ code: '32663', mods: ['RT'] }]),
  c('multi', 'cryo with CT guidance code is not separate', op('CT-guided cryoablation of left lower lobe lung metastasis. CT guidance (77013).'), [{ code: '32994', mods: ['LT'] }]),
  c('multi', 'cryo and RFA both named -> cryo only', op('Percutaneous cryoablation of the right lower lobe nodule.', 'Radiofrequency ablation was considered but not used.'), [{ code: '32994', mods: ['RT'] }]),
  c('multi', 'takeback chest tube replaced is bundled', ['INDICATIONS: POD 1 after left upper lobectomy, bleeding.', op('Left redo thoracotomy for bleeding. Replacement of left chest tube.')].join('\n'), [{ code: '32120', mods: ['78', 'LT'] }]),

  // ----- Flattened EHR text, typos, caps -----
  c('ehr', 'MTSamples-style flattened', 'PREOPERATIVE DIAGNOSIS:,  Right Pancoast tumor.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE PERFORMED:,  Right Pancoast tumor resection with chest wall reconstruction using Prolene mesh.,ANESTHESIA:,  General.,DESCRIPTION OF PROCEDURE: , The patient was brought to the operating room.', [{ code: '32504', mods: ['RT'] }]),
  c('ehr', 'one long line, inline headings', 'PRE-OP DIAGNOSIS: left superior sulcus tumor POST-OP DIAGNOSIS: same PROCEDURE: left pancoast resection, no chest wall reconstruction SURGEON: Dr. A ASSISTANT: none ANESTHESIA: GETA EBL: 300', [{ code: '32503', mods: ['LT'] }]),
  c('ehr', 'ALL CAPS note', op('RIGHT PANCOAST TUMOR RESECTION WITH CHEST WALL RECONSTRUCTION (MARLEX MESH).'), [{ code: '32504', mods: ['RT'] }]),
  c('ehr', 'NBSP and odd spaces', op('Right\u00a0Pancoast\u2009tumor resection.'), [{ code: '32503', mods: ['RT'] }]),
  c('ehr', 'dash heading', 'Procedure performed - Left artificial pneumothorax.\nTechnique - Air was injected into the left pleural space.', [{ code: '32960', mods: ['LT'] }]),
  c('ehr', 'take back no hyphen', ['INDICATIONS: Post op day 1 after right lower lobectomy with hemothorax.', op('Takeback to the OR, right thoracotomy re-exploration and evacuation of hemothorax.')].join('\n'), [{ code: '32120', mods: ['78', 'RT'] }]),
  c('ehr', 'cryoablation typo spacing', op('CT guided cryo ablation of RLL nodule.'), [{ code: '32994', mods: ['RT'] }]),
  c('ehr', 'superior sulcus with line break', op('Right superior\nsulcus tumor resection.'), [{ code: '32503', mods: ['RT'] }]),

  // ----- Non-thoracic notes from other specialties -----
  c('non-thoracic', 'cardiac cath', op('Left heart catheterization, coronary angiography and left ventriculography.', 'The right radial artery was accessed. The left main was normal.'), []),
  c('non-thoracic', 'colonoscopy', op('Colonoscopy with cold snare polypectomy.', 'The scope was advanced to the cecum.'), []),
  c('non-thoracic', 'TURP', op('Transurethral resection of the prostate.'), []),
  c('non-thoracic', 'lap chole', op('Laparoscopic cholecystectomy.', 'The gallbladder was removed from the liver bed.'), []),
  c('non-thoracic', 'total knee', op('Right total knee arthroplasty.'), []),
  c('non-thoracic', 'esophagectomy with chest tubes', op('Ivor Lewis esophagectomy with right thoracotomy and feeding jejunostomy.', 'A right chest tube was placed and the thoracotomy closed.'), []),
  c('non-thoracic', 'CABG with pleural tube', op('CABG x4.', 'Bilateral pleural chest tubes were placed.'), []),
  c('non-thoracic', 'discharge summary with thoracentesis', ['DISCHARGE SUMMARY', 'HOSPITAL COURSE: The patient underwent right thoracentesis on day 2 with removal of 1 L.', 'DISCHARGE DIAGNOSES: Pleural effusion.'].join('\n'), []),
  c('non-thoracic', 'radiology CT chest', ['EXAM: CT chest with contrast.', 'FINDINGS: Status post right upper lobectomy. Small left pneumothorax. Post-treatment changes after cryoablation of a left lower lobe nodule.', 'IMPRESSION: No recurrence.'].join('\n'), []),
  c('non-thoracic', 'consult with plan for VATS', ['REASON FOR CONSULTATION: Lung nodule.', 'ASSESSMENT AND PLAN: Recommend right VATS wedge resection. May need lobectomy depending on frozen section.'].join('\n'), []),
  c('non-thoracic', 'H&P with s/p pancoast', ['HISTORY AND PHYSICAL', 'PAST SURGICAL HISTORY: S/P left Pancoast resection with chest wall reconstruction (2018).', 'PHYSICAL EXAM: Healed left thoracotomy scar.'].join('\n'), []),
  c('non-thoracic', 'pacemaker', op('Dual-chamber pacemaker implantation via left subclavian vein.', 'Chest x-ray showed no pneumothorax.'), []),
  c('non-thoracic', 'breast reconstruction', op('Left mastectomy with immediate breast reconstruction using latissimus dorsi flap.'), []),
  c('non-thoracic', 'hernia mesh', op('Open ventral hernia repair with Prolene mesh.'), []),
  c('non-thoracic', 'renal RFA', op('CT-guided radiofrequency ablation of right renal cell carcinoma.'), []),
  c('non-thoracic', 'liver microwave', op('Laparoscopic microwave ablation of segment 7 liver metastasis.', 'The diaphragm and right lung were protected.'), []),
  c('non-thoracic', 'spine surgery', op('T4-T6 posterior spinal fusion.', 'The right chest was not entered.'), []),
  c('ehr', 'MTSamples run-together sentences', 'PREOPERATIVE DIAGNOSIS:,  Left pneumothorax.POSTOPERATIVE DIAGNOSIS:,  Same.PROCEDURE PERFORMED:,  Left tube thoracostomy.ANESTHESIA:,  Local.DESCRIPTION OF PROCEDURE: ,  The left chest was prepped and draped in sterile fashion.A 28-French chest tube was inserted into the pleural space.', [{ code: '32551', mods: ['LT'] }]),
  c('ehr', 'MTSamples cataract (non-thoracic)', 'PREOPERATIVE DIAGNOSIS:,  Nuclear sclerotic cataract, right eye.OPERATIVE PROCEDURES:,  Kelman phacoemulsification with posterior chamber intraocular lens, right eye.', []),
  c('pleural', 'medical thoracoscopy pleural biopsies + talc', op('Left medical thoracoscopy (pleuroscopy) with parietal pleural biopsies and talc poudrage.', 'Biopsies of the parietal pleura were obtained. Talc poudrage was performed. A chest tube was placed.'), [{ code: '32650', mods: ['LT'] }]),

  // ----- Real-text precision: other specialties' notes that use chest words (written for this table) -----
  c('non-thoracic', 'thyroid lobectomy', op('Left thyroid lobectomy with isthmusectomy.', 'The recurrent laryngeal nerve was preserved and the left lobe and isthmus were removed.'), []),
  c('non-thoracic', 'temporal lobectomy', op('Right anterior temporal lobectomy for epilepsy.', 'A right craniotomy was made and the anterior temporal lobe was resected with the hippocampus.'), []),
  c('non-thoracic', 'liver wedge', op('Laparoscopic nonanatomic wedge resection of a segment 7 liver metastasis.'), []),
  c('non-thoracic', 'gastric wedge', op('Laparoscopic wedge resection of a gastric stromal tumor.', 'The tumor on the stomach was removed with a stapler.'), []),
  c('non-thoracic', 'bone decortication', op('Posterior lumbar fusion L4-S1.', 'The transverse processes were decorticated with a burr and graft laid in the gutters.'), []),
  c('non-thoracic', 'knee decortication', op('Knee arthroscopy, decortication of the femoral condyle defect.'), []),
  c('non-thoracic', 'pericardiocentesis pigtail', op('Echo-guided pericardiocentesis.', 'Via a subxiphoid approach a pigtail catheter was left in the pericardial space and 500 mL of effusion drained.'), []),
  c('non-thoracic', 'valve surgery pericardial window', op('Mitral valve repair.', 'Through a median sternotomy on cardiopulmonary bypass the valve was repaired. A posterior pericardial window was made. Pleural and mediastinal chest tubes were left.'), []),
  c('non-thoracic', 'CABG take-back through the sternotomy', ['INDICATIONS: CABG yesterday, bleeding.', op('Mediastinal re-exploration for bleeding.', 'The previous sternotomy was reopened, clot evacuated, chest tubes replaced and the sternum was closed with wires.')].join('\n'), []),
  c('non-thoracic', 'trauma H&P with ED chest tube', 'TRAUMA ADMISSION NOTE. Stab wound to the right chest. A right chest tube was placed in the emergency department with 300 mL of blood. Plan: serial films; thoracotomy if output stays high.', []),
  c('non-thoracic', 'clinic visit after VATS lobectomy', 'FOLLOW-UP VISIT. Seen 3 weeks after left VATS lobectomy. Incisions healed, chest tube site dry. X-ray: no pneumothorax. Return in 6 months with CT.', []),
  c('non-thoracic', 'discharge summary thoracentesis in course', 'DISCHARGE SUMMARY\nHOSPITAL COURSE: Admitted with heart failure; a right thoracentesis removed 1.2 L on day 2.\nDISCHARGE DIAGNOSES: Pleural effusion, heart failure.', []),
  c('non-thoracic', 'radiology chest film', 'EXAM: Portable chest.\nFINDINGS: Left chest tube in place. No pneumothorax. Stable postoperative changes of a right lobectomy.\nIMPRESSION: No acute change.', []),
  c('non-thoracic', 'bronchoscopy alone', op('Flexible bronchoscopy with bronchoalveolar lavage of the right middle lobe.', 'No biopsies were taken. No pneumothorax on the post procedure film.'), []),
  c('non-thoracic', 'EBUS with old mediastinoscopy', op('EBUS-TBNA of stations 4R and 7.', 'He had a mediastinoscopy in 2016. The nodes were sampled with a 22 gauge needle.'), []),
  c('non-thoracic', 'rib fracture visit', 'ED NOTE: fall on ice, tender left 6th rib, x-ray shows a nondisplaced rib fracture and no pneumothorax. Plan: analgesia, spirometer; a chest tube may be needed if a pneumothorax develops.', []),
  c('non-thoracic', 'costochondral rib graft harvest', op('Costochondral rib graft harvest for mandible reconstruction.', 'A segment of the right sixth rib was harvested; the pleura was intact and no chest tube was needed.'), []),
  c('non-thoracic', 'flank nephrectomy with rib resection', op('Left radical nephrectomy through a flank incision with 11th rib resection.', 'The pleura was entered and repaired over a catheter; no chest tube was needed.'), []),
  c('non-thoracic', 'central line', 'PROCEDURE NOTE: Ultrasound-guided right internal jugular central line, Seldinger technique over a guidewire. Chest x-ray shows no pneumothorax.', []),
  c('non-thoracic', 'SI joint radiofrequency', op('Radiofrequency ablation of the L5 dorsal ramus and S1-S3 lateral branches.', 'The patient lay prone with a pillow under the chest.'), []),
  // ----- Thoracic notes in styles the first table lacked -----
  c('assistant', 'PA named in the narrative', op('Right VATS right upper lobectomy.', 'Assisting me was Dana Cole, PA-C. The lobe was removed with staplers.'), [{ code: '32663', mods: ['AS', 'RT'] }]),
  c('resection', 'decortication off the entire lung is not a pneumonectomy', op('Right VATS decortication for empyema.', 'The peel was stripped off the entire right lung.'), [{ code: '32652', mods: ['RT'] }]),
  c('trauma', 'gunshot named only in the diagnosis', ['PREOPERATIVE DIAGNOSIS: Stab wound, right chest, hemothorax.', op('Right thoracotomy, control of hemorrhage, repair of lung laceration.')].join('\n'), [{ code: '32110', mods: ['RT'] }]),
  c('resection', 'redo thoracotomy for completion pneumonectomy is not 32120', op('Right completion pneumonectomy through a redo right thoracotomy.', '', 'INDICATIONS: Right upper lobectomy in 2020; recurrence at the bronchial stump.'), [{ code: '32488', mods: ['RT'] }]),
  c('pleural', 'talc through the existing tube is not a new chest tube', op('Talc slurry pleurodesis, right, through the existing right chest tube.', 'The talc was instilled through the right chest tube, which was clamped for one hour.'), [{ code: '32560', mods: ['RT'] }]),
  // ----- 21600: a rib taken out as the operation, not for access -----
  c('chestwall', 'rib osteomyelitis, numbered rib', op('Right thoracotomy with resection of the posterior 6th rib for osteomyelitis.', 'The rib was removed subperiosteally; the pleura was not entered.'), [{ code: '21600', mods: ['RT'] }]),
  c('chestwall', 'rib osteomyelitis, partial excision', op('Partial excision of the left 7th rib for chronic osteomyelitis with a draining sinus.', 'The involved segment was removed back to bleeding bone; the pleura was intact.'), [{ code: '21600', mods: ['LT'] }]),
  c('chestwall', 'a numbered rib lesion is a chest wall tumour', op('Excision of left 8th rib lesion.', 'The rib was resected with 2 cm margins. Pathology: fibrous dysplasia.'), [{ code: '21601', mods: ['LT'] }]),
  c('chestwall', 'rib resected for access to a lobectomy is part of it', op('Right VATS lobectomy.', 'The 5th rib was resected to improve exposure.'), [{ code: '32663', mods: ['RT'] }]),
  c('non-thoracic', 'first rib resection for thoracic outlet', op('Right first rib resection for thoracic outlet syndrome.'), []),
  c('non-thoracic', 'rib taken for a spinal fusion', op('Anterior spinal fusion T10-L2 through a thoracoabdominal approach.', 'The 10th rib was resected and used as autograft.'), []),
  c('pleural', 'mini-thoracotomy with pleural biopsy', op('Right mini-thoracotomy and pleural biopsy.', 'Multiple parietal pleural biopsies were obtained.'), [{ code: '32098', mods: ['RT'] }]),
  c('non-thoracic', 'lung transplant includes the recipient pneumonectomy', op('Bilateral sequential lung transplant.', 'Through a clamshell incision the right lung was removed (pneumonectomy) and the donor lung implanted; then the left. Four chest tubes were placed.'), []),
  c('pleural', 'thoracentesis years after a lung transplant', op('Right thoracentesis with ultrasound guidance.', 'History of bilateral lung transplant in 2019. 900 mL of pleural fluid was removed.'), [{ code: '32555', mods: ['RT'] }]),
  c('non-thoracic', 'subcutaneous chest wall lipoma is soft tissue, not 21601', op('Excision of right chest wall mass.', 'A 4 cm subcutaneous mass on the right chest wall was excised. Pathology: lipoma.'), []),
  c('non-thoracic', 'needle biopsy of a liver "right lobe mass"', op('Needle biopsy of the liver, CT-guided.', 'An 18 gauge core needle was advanced into the right lobe mass; three cores obtained. No pneumothorax.'), []),
  c('trauma', 'exploratory thoracotomy, then the repair in its own clause', op('Right thoracotomy and exploration for gunshot wound; control of intercostal bleeding and repair of lung laceration.'), [{ code: '32110', mods: ['RT'] }]),
  c('discontinued', 'aborted chest wall tumour resection names no rib', op('Attempted left thoracotomy for chest wall tumor resection.', 'After the skin incision and division of the latissimus, the patient developed ventricular tachycardia and hypotension. The procedure was aborted and the incision closed.'), [{ code: '21601', mods: ['53', 'LT'] }]),
  c('chest-wall', 'chest wall tumour with mesh, ribs not named', op('Resection of right chest wall tumor with Marlex mesh reconstruction.', 'The tumor was resected en bloc with 3 cm margins.'), [{ code: '21602', mods: ['RT'] }]),
  // ----- 32653: clot or fibrin out of the pleural space by thoracoscopy -----
  c('reexploration', 'VATS take-back for bleeding after a VATS lobectomy', 'Operative Report\nPatient returned to OR on POD 1 for bleeding after right VATS lobectomy. Right VATS re-exploration, evacuation of hemothorax. The bleeding source was an intercostal vessel at a port site, which was cauterized.', [{ code: '32653', mods: ['78', 'RT'] }]),
  c('vats', 'VATS evacuation of a retained hemothorax days after a fall', ['PROCEDURE: Left VATS evacuation of retained hemothorax.', 'INDICATIONS: Fall 10 days ago with rib fractures; a loculated clotted hemothorax remains despite a chest tube.', 'DESCRIPTION: Three ports were placed. 700 mL of organized clot and fibrin were evacuated and the lung re-expanded.'].join('\n'), [{ code: '32653', mods: ['LT'] }]),
  c('trauma', 'VATS control of traumatic bleeding includes the clot evacuation', op('Right VATS for traumatic hemothorax with control of bleeding from an intercostal artery and evacuation of clot.'), [{ code: '32654', mods: ['RT'] }]),
  c('trauma', 'open evacuation of hemothorax after a stab wound', op('Right thoracotomy, evacuation of hemothorax, for stab wound.'), [{ code: '32110', mods: ['RT'] }]),
  c('reexploration', 'open take-back: the lobectomy it follows is history', op('Return to the operating room for persistent air leak, post-op day 5 after left upper lobectomy. Re-do left thoracotomy, repair of air leak with buttressed staple line.'), [{ code: '32120', mods: ['78', 'LT'] }]),
  // ----- Lung metastases named by their primary: the organ word is where it came from, not what was operated on -----
  c('resection', 'VATS wedge of a colon cancer metastasis', op('Right VATS wedge resection of a known colon cancer metastasis in the right lower lobe (therapeutic).'), [{ code: '32666', mods: ['RT'] }]),
  c('resection', 'VATS wedges for metastatic renal cell carcinoma', op('Left VATS wedge resections x2 of left lower lobe nodules, metastatic renal cell carcinoma.'), [{ code: '32666', mods: ['LT'] }]),
  c('ablation', 'cryoablation of a renal cell carcinoma lung metastasis', op('Percutaneous cryoablation of a right lower lobe pulmonary metastasis from renal cell carcinoma under CT guidance.'), [{ code: '32994', mods: ['RT'] }]),
  c('history', 'needle biopsy with breast cancer in the history', op('CT-guided core needle biopsy of a left lower lobe nodule in a patient with a history of breast cancer.'), [{ code: '32408', mods: ['LT'] }]),
  c('vats', 'diagnostic thoracoscopy in list word order', op('Left thoracoscopy, diagnostic, without biopsy.', 'No pleural metastases were seen; the planned resection was not done.'), [{ code: '32601', mods: ['LT'] }]),
  c('vats', 'VATS, exploration only', op('Right VATS, exploration only.', 'The tumor was unresectable and no biopsy was taken.'), [{ code: '32601', mods: ['RT'] }]),
  c('resident-template', 'terse VATS wedge with a resident assisting', 'Attending: Dr. Wu. Resident: Dr. Chen (PGY-4) assisted throughout.\nPROCEDURE: Right VATS wedge resection.', [{ code: '32666', mods: ['RT'] }]),
  c('resection', 'terse open wedge', op('Left thoracotomy and wedge resection.'), [{ code: '32505', mods: ['LT'] }]),
  c('two-sides', 'lobectomy one side, wedge the other', op('1. Right VATS right lower lobectomy. 2. Left VATS wedge resection of a left upper lobe nodule.'), [{ code: '32663', mods: ['RT'] }, { code: '32666', mods: ['51', 'XS', 'LT'] }]),
  c('other', 'VATS pericardial window takes no side', op('Left VATS pericardial window.'), [{ code: '32659', mods: [] }]),
  c('pleural', 'removing a tunneled pleural catheter is not placing one', op('Removal of tunneled pleural catheter, right.', 'The cuff was freed by blunt dissection and the catheter was removed intact.'), []),
  c('pleural', 'chest tube removal', op('Chest tube removal.', 'The right chest tube was removed at end-expiration and an occlusive dressing applied.'), []),
];
