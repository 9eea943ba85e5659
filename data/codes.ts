import type { CodeEntry } from '../utils/engine/types';

/**
 * The code set, edition 2024. Summaries are our own plain words (never AMA
 * descriptor text). allowedModifiers follow the fee-schedule indicators in
 * the domain brief for the codes it lists; for the others we allow the
 * usual surgical modifiers, side modifiers for one-sided procedures, the
 * assistant modifiers only for major operations, and 50 only where
 * bilateral billing is customary.
 */

const SURGICAL = ['22', '51', '53', '58', '59', '76', '77', '78', '79', 'XS', 'XE', 'XU'];
const SIDES = ['RT', 'LT'];
const ASSIST = ['80', '82', 'AS'];
const ADD_ON = ['22', '59', 'XS', '80', '82', 'AS', 'RT', 'LT'];

function mods(...groups: (string | string[])[]): string[] {
  const out: string[] = [];
  for (const g of groups) for (const m of Array.isArray(g) ? g : [g]) if (!out.includes(m)) out.push(m);
  return out;
}

/** A major one-sided chest operation: assistant and co-surgeon allowed with documentation. */
const MAJOR = mods(SURGICAL, SIDES, ASSIST, '62');
/** A minor one-sided procedure: no assistant. */
const MINOR = mods(SURGICAL, SIDES);

export const codes: CodeEntry[] = [
  // The five starting codes
  { code: '32503', summary: 'Removal of a lung-apex (Pancoast/superior sulcus) tumour with chest wall, rib and nerve/vessel dissection as needed, without chest wall reconstruction.', category: 'Lung resection: apex tumour', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['pancoast', 'superior sulcus', 'apical tumour'] },
  { code: '32504', summary: 'Removal of a lung-apex (Pancoast/superior sulcus) tumour as in 32503, plus reconstruction of the chest wall.', category: 'Lung resection: apex tumour', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['pancoast with reconstruction', 'superior sulcus mesh'] },
  { code: '32994', summary: 'Freezing (cryoablation) of one or more lung tumours through the skin, one side, imaging guidance included.', category: 'Lung ablation', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST), synonyms: ['cryoablation', 'cryo lung'] },
  { code: '32120', summary: 'Reopening the chest through a thoracotomy to treat a complication of a recent operation.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['take-back', 're-exploration', 'redo thoracotomy'] },
  { code: '32960', summary: 'Deliberately putting air into the pleural space to collapse the lung (therapeutic pneumothorax).', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES), synonyms: ['artificial pneumothorax', 'induced pneumothorax'] },

  // Ablation neighbours
  { code: '32998', summary: 'Heat ablation (radiofrequency) of one or more lung tumours through the skin, one side, imaging guidance included; also used for microwave by many payers.', category: 'Lung ablation', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST), synonyms: ['radiofrequency ablation', 'RFA', 'microwave ablation'] },
  { code: '32999', summary: 'Unlisted procedure of the lungs or pleura (needs a description and comparison code).', category: 'Unlisted', globalDays: null, allowedModifiers: mods('22', '51', '59', SIDES), synonyms: ['unlisted lung'] },

  // Chest wall
  { code: '21600', summary: 'Partial removal of a rib.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['rib resection'] },
  { code: '21601', summary: 'Removal of a chest wall tumour including ribs, no lung-apex resection.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['chest wall tumor resection'] },
  { code: '21602', summary: 'Removal of a chest wall tumour including ribs, with plastic reconstruction, without mediastinal lymph node removal.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['chest wall resection reconstruction'] },
  { code: '21603', summary: 'Removal of a chest wall tumour including ribs, with plastic reconstruction and mediastinal lymph node removal.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['chest wall resection lymphadenectomy'] },
  { code: '21811', summary: 'Open fixation of rib fracture(s), one side, 1 to 3 ribs (thoracoscopic look included).', category: 'Chest wall', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST, '62'), synonyms: ['rib ORIF', 'rib plating', 'SSRF'] },
  { code: '21812', summary: 'Open fixation of rib fractures, one side, 4 to 6 ribs (thoracoscopic look included).', category: 'Chest wall', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST, '62'), synonyms: ['rib ORIF 4-6', 'flail chest fixation'] },
  { code: '21813', summary: 'Open fixation of rib fractures, one side, 7 or more ribs (thoracoscopic look included).', category: 'Chest wall', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST, '62'), synonyms: ['rib ORIF 7+'] },
  { code: '32820', summary: 'Major rebuilding of the chest wall after injury.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['posttraumatic chest wall reconstruction'] },
  { code: '32900', summary: 'Removal of ribs outside the pleura, all stages.', category: 'Chest wall', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['extrapleural rib resection'] },
  { code: '19260', summary: 'Deleted in 2018 (chest wall tumour excision): use 21601.', category: 'Deleted', globalDays: null, allowedModifiers: [], deleted: true },
  { code: '19271', summary: 'Deleted in 2018 (chest wall tumour excision with reconstruction): use 21602.', category: 'Deleted', globalDays: null, allowedModifiers: [], deleted: true },
  { code: '19272', summary: 'Deleted in 2018 (same with lymphadenectomy): use 21603.', category: 'Deleted', globalDays: null, allowedModifiers: [], deleted: true },

  // Thoracotomy family
  { code: '32100', summary: 'Opening the chest to explore it, biopsy included, with no other definitive procedure.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['exploratory thoracotomy'] },
  { code: '32110', summary: 'Opening the chest to stop bleeding from an injury and/or repair a torn lung.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['trauma thoracotomy'] },
  { code: '32601', summary: 'Diagnostic thoracoscopy of lung, pericardium, mediastinum or pleura, no biopsy.', category: 'Thoracoscopy', globalDays: 0, allowedModifiers: MAJOR, synonyms: ['diagnostic VATS'] },
  { code: '32654', summary: 'Thoracoscopic control of bleeding from an injury.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS trauma bleeding'] },

  // Pleural space
  { code: '32554', summary: 'Needle drainage of the pleural space (thoracentesis) without imaging guidance.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50'), synonyms: ['thoracentesis'] },
  { code: '32555', summary: 'Needle drainage of the pleural space (thoracentesis) with imaging guidance.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50'), synonyms: ['ultrasound thoracentesis'] },
  { code: '32556', summary: 'Placement of an indwelling pleural drainage catheter through the skin (e.g. pigtail) without imaging guidance.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50'), synonyms: ['pigtail catheter'] },
  { code: '32557', summary: 'Placement of an indwelling pleural drainage catheter through the skin with imaging guidance.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50'), synonyms: ['image guided pigtail'] },
  { code: '32551', summary: 'Open chest tube placement (tube thoracostomy) through an incision.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES, '50'), synonyms: ['chest tube', 'tube thoracostomy'] },
  { code: '32550', summary: 'Placement of a tunnelled indwelling pleural catheter with cuff.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES), synonyms: ['PleurX', 'tunneled pleural catheter'] },
  { code: '32560', summary: 'Putting a sclerosing agent (e.g. talc slurry) into the pleural space through a chest tube.', category: 'Pleura', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES), synonyms: ['talc slurry', 'chemical pleurodesis'] },
  { code: '32650', summary: 'Thoracoscopic pleurodesis (e.g. talc poudrage or abrasion).', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS pleurodesis'] },

  // Lung resection, open
  { code: '32480', summary: 'Open removal of one lobe of a lung.', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['lobectomy'] },
  { code: '32482', summary: 'Open removal of two lobes of a lung.', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['bilobectomy'] },
  { code: '32484', summary: 'Open removal of a single lung segment.', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['segmentectomy'] },
  { code: '32440', summary: 'Open removal of a whole lung.', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['pneumonectomy'] },
  { code: '32505', summary: 'Open therapeutic wedge removal of lung tissue, first one.', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['wedge resection thoracotomy'] },
  { code: '32442', summary: 'Open removal of a whole lung with a tracheal segment and rejoining (sleeve pneumonectomy).', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['sleeve pneumonectomy'] },
  { code: '32445', summary: 'Open removal of a whole lung outside the pleura (extrapleural pneumonectomy).', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['extrapleural pneumonectomy'] },
  { code: '32486', summary: 'Open lobe removal with a bronchial segment cut out and rejoined (sleeve lobectomy).', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['sleeve lobectomy'] },
  { code: '32488', summary: 'Open removal of all lung remaining after an earlier partial removal (completion pneumonectomy).', category: 'Lung resection: open', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['completion pneumonectomy'] },

  // Lung resection, thoracoscopic
  { code: '32663', summary: 'Thoracoscopic (VATS or robotic) removal of one lobe.', category: 'Lung resection: thoracoscopic', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS lobectomy', 'robotic lobectomy'] },
  { code: '32669', summary: 'Thoracoscopic removal of a single lung segment.', category: 'Lung resection: thoracoscopic', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS segmentectomy'] },
  { code: '32670', summary: 'Thoracoscopic removal of two lobes.', category: 'Lung resection: thoracoscopic', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS bilobectomy'] },
  { code: '32671', summary: 'Thoracoscopic removal of a whole lung.', category: 'Lung resection: thoracoscopic', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS pneumonectomy'] },
  { code: '32666', summary: 'Thoracoscopic therapeutic wedge removal of lung tissue, first one.', category: 'Lung resection: thoracoscopic', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS wedge'] },
  { code: '32607', summary: 'Thoracoscopic diagnostic biopsy of lung infiltrate(s), one side.', category: 'Thoracoscopy', globalDays: 0, allowedModifiers: MAJOR, synonyms: ['VATS lung biopsy infiltrate'] },
  { code: '32608', summary: 'Thoracoscopic diagnostic biopsy of lung nodule(s) or mass(es), one side.', category: 'Thoracoscopy', globalDays: 0, allowedModifiers: MAJOR, synonyms: ['VATS nodule biopsy'] },
  { code: '32609', summary: 'Thoracoscopic biopsy of the pleura.', category: 'Thoracoscopy', globalDays: 0, allowedModifiers: MAJOR, synonyms: ['VATS pleural biopsy'] },

  // Add-on lymphadenectomy
  { code: '38746', summary: 'Add-on: removal of mediastinal and regional chest lymph nodes through a thoracotomy.', category: 'Lymphadenectomy', globalDays: null, addOn: true, allowedModifiers: ADD_ON, synonyms: ['mediastinal lymph node dissection open'] },
  { code: '32674', summary: 'Add-on: thoracoscopic removal of mediastinal and regional lymph nodes.', category: 'Lymphadenectomy', globalDays: null, addOn: true, allowedModifiers: ADD_ON, synonyms: ['VATS mediastinal lymph node dissection'] },

  // Biopsy and guidance
  { code: '32408', summary: 'Core needle biopsy of lung or mediastinum through the skin, imaging guidance included.', category: 'Biopsy', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES), synonyms: ['CT guided lung biopsy'] },
  { code: '32405', summary: 'Deleted in 2021 (percutaneous lung biopsy): use 32408.', category: 'Deleted', globalDays: null, allowedModifiers: [], deleted: true },
  { code: '32400', summary: 'Needle biopsy of the pleura through the skin.', category: 'Biopsy', globalDays: 0, allowedModifiers: mods(SURGICAL, SIDES), synonyms: ['pleural biopsy'] },
  { code: '77013', summary: 'CT guidance for tissue ablation (included in the lung ablation codes; never separately with them).', category: 'Imaging guidance', globalDays: null, allowedModifiers: [], synonyms: ['CT guidance ablation'] },
  { code: '77022', summary: 'MR guidance for tissue ablation (included in the lung ablation codes; never separately with them).', category: 'Imaging guidance', globalDays: null, allowedModifiers: [], synonyms: ['MRI guidance ablation'] },

  // Wider section
  { code: '32220', summary: 'Open removal of the pleural peel from the whole lung (total decortication).', category: 'Pleura', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['decortication'] },
  { code: '32225', summary: 'Open removal of the pleural peel from part of the lung (partial decortication).', category: 'Pleura', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['partial decortication'] },
  { code: '32310', summary: 'Open removal of the parietal pleura (pleurectomy).', category: 'Pleura', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['pleurectomy'] },
  { code: '32320', summary: 'Open decortication together with removal of the parietal pleura.', category: 'Pleura', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['decortication and pleurectomy'] },
  { code: '32651', summary: 'Thoracoscopic partial decortication.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS partial decortication'] },
  { code: '32652', summary: 'Thoracoscopic total decortication, including drainage of the pleural space.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS decortication'] },
  { code: '32653', summary: 'Thoracoscopic removal of a foreign body or fibrin from the pleural space.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS clot evacuation'] },
  { code: '32655', summary: 'Thoracoscopic removal or plication of lung bullae (blebs).', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS bullectomy', 'blebectomy'] },
  { code: '32656', summary: 'Thoracoscopic removal of the parietal pleura.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['VATS pleurectomy'] },
  { code: '32141', summary: 'Open removal or plication of lung bullae.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['bullectomy'] },
  { code: '32659', summary: 'Thoracoscopic pericardial window or partial pericardium removal.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: mods(SURGICAL, ASSIST, '62'), synonyms: ['VATS pericardial window'] },
  { code: '33025', summary: 'Opening a window in the pericardium (or removing part of it) for drainage.', category: 'Pericardium', globalDays: 90, allowedModifiers: mods(SURGICAL, ASSIST, '62'), synonyms: ['pericardial window', 'subxiphoid window'] },
  { code: '39401', summary: 'Mediastinoscopy, with biopsy of a mediastinal mass when done.', category: 'Mediastinum', globalDays: 0, allowedModifiers: mods(SURGICAL, ASSIST), synonyms: ['mediastinoscopy'] },
  { code: '39402', summary: 'Mediastinoscopy with lymph node biopsy (e.g. lung cancer staging).', category: 'Mediastinum', globalDays: 0, allowedModifiers: mods(SURGICAL, ASSIST), synonyms: ['mediastinoscopy lymph node'] },
  { code: '32035', summary: 'Opening the chest with rib removal to drain an empyema.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['thoracostomy rib resection empyema'] },
  { code: '32036', summary: 'Opening the chest with an open skin-muscle flap to drain an empyema (Eloesser).', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['Eloesser flap', 'open window thoracostomy'] },
  { code: '32096', summary: 'Thoracotomy with diagnostic biopsy of lung infiltrate(s), one side.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['open lung biopsy'] },
  { code: '32097', summary: 'Thoracotomy with diagnostic biopsy of lung nodule(s) or mass(es), one side.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['open nodule biopsy'] },
  { code: '32098', summary: 'Thoracotomy with biopsy of the pleura.', category: 'Thoracotomy', globalDays: 90, allowedModifiers: MAJOR, synonyms: ['open pleural biopsy'] },
  { code: '32664', summary: 'Thoracoscopic thoracic sympathectomy.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: mods(SURGICAL, SIDES, '50', ASSIST), synonyms: ['sympathectomy', 'hyperhidrosis'] },
  { code: '32673', summary: 'Thoracoscopic removal of the thymus.', category: 'Thoracoscopy', globalDays: 90, allowedModifiers: mods(SURGICAL, ASSIST, '62'), synonyms: ['VATS thymectomy', 'robotic thymectomy'] },
];
