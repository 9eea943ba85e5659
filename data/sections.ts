import type { HeadingEntry, SectionKind, SideEntry } from '../utils/engine/types';

function h(kind: SectionKind, phrases: string[]): HeadingEntry[] {
  return phrases.map((phrase) => ({ phrase, kind }));
}

/**
 * Operative-note headings. A phrase here is only a heading where the text
 * around it says so (line start or capitals, then a colon, dash or line
 * end): see utils/engine/sections.ts.
 */
export const headings: HeadingEntry[] = [
  ...h('procedure', [
    'procedure', 'procedures', 'procedure s', 'procedure performed', 'procedures performed', 'procedure s performed',
    'procedure done', 'procedures done', 'operation', 'operations', 'operation performed', 'operations performed',
    'operative procedure', 'operative procedures', 'name of procedure', 'name of operation', 'title of procedure',
    'title of operation', 'surgical procedure', 'surgical procedures', 'procedure name', 'procedure title', 'performed procedure',
    'planned procedure and procedure performed', 'principal procedure', 'primary procedure', 'secondary procedure',
    'additional procedure', 'additional procedures', 'exam', 'examination performed', 'intervention', 'interventions',
    'procedure type', 'surgery performed', 'surgery', 'operations and procedures', 'cpt procedures',
  ]),
  ...h('description', [
    'description of procedure', 'description of the procedure', 'description of operation', 'description of the operation',
    'procedure description', 'operative description', 'procedure in detail', 'details of procedure', 'details of the procedure',
    'procedure details', 'detailed description', 'detailed description of procedure', 'description', 'technique',
    'operative technique', 'procedure technique', 'operative findings and procedure', 'narrative', 'operative narrative',
    'procedure narrative', 'operative note', 'procedure note', 'description of findings and procedure', 'course of procedure',
    'operative course', 'summary of procedure', 'description of the procedure in detail', 'details', 'body of report',
    'operative details',
  ]),
  ...h('findings', [
    'findings', 'operative findings', 'intraoperative findings', 'finding', 'impression', 'results', 'result', 'pathology',
    'frozen section', 'gross findings', 'radiology', 'imaging', 'ct findings', 'ct scan', 'chest xray', 'chest x ray',
    'laboratory', 'laboratory data', 'labs', 'physical examination', 'physical exam', 'review of systems', 'vital signs',
    'conclusion', 'conclusions', 'comparison', 'technique and findings',
    // A pathology report's sections: the specimen described, not an operation ("GROSS DESCRIPTION:" is not "DESCRIPTION:").
    'gross description', 'microscopic description', 'gross examination', 'microscopic examination', 'microscopic findings',
    'frozen section diagnosis', 'intraoperative consultation', 'pathologic diagnosis', 'final pathologic diagnosis', 'synoptic report',
  ]),
  ...h('diagnosis', [
    'preoperative diagnosis', 'postoperative diagnosis', 'pre operative diagnosis', 'post operative diagnosis',
    'preoperative diagnoses', 'postoperative diagnoses', 'preprocedure diagnosis', 'postprocedure diagnosis',
    'pre procedure diagnosis', 'post procedure diagnosis', 'diagnosis', 'diagnoses', 'preop diagnosis', 'postop diagnosis',
    'pre op diagnosis', 'post op diagnosis', 'admitting diagnosis', 'discharge diagnosis', 'discharge diagnoses',
    'final diagnosis', 'clinical diagnosis', 'preoperative dx', 'postoperative dx', 'dx', 'pre procedure dx', 'post procedure dx',
    'preprocedure dx', 'postprocedure dx', 'preop dx', 'postop dx', 'pre op dx', 'post op dx', 'pre procedural diagnosis', 'post procedural diagnosis',
  ]),
  ...h('indications', [
    'indications', 'indication', 'indications for procedure', 'indications for the procedure', 'indication for procedure',
    'indications for operation', 'indications for surgery', 'indication for surgery', 'reason for procedure',
    'reason for operation', 'reason for surgery', 'clinical indication', 'clinical indications', 'reason for exam',
    'reason for examination', 'clinical history', 'clinical information', 'brief history', 'reason for consultation',
    'reason for consult', 'chief complaint', 'clinical summary', 'clinical note', 'indications and consent',
    'context', 'clinical context', 'background', 'clinical background', 'case summary', 'pertinent history',
  ]),
  ...h('history', [
    'history', 'history of present illness', 'hpi', 'past medical history', 'past surgical history', 'medical history',
    'surgical history', 'social history', 'past history', 'interval history',
    'medications', 'current medications', 'allergies', 'home medications', 'admission medications', 'history and physical',
  ]),
  ...h('hospitalCourse', [
    'hospital course', 'brief hospital course', 'summary of hospital course', 'course in the hospital', 'course in hospital',
    'hospital stay', 'discharge medications', 'medications at discharge', 'discharge medication', 'consults obtained',
  ]),
  ...h('familyHistory', ['family history', 'family medical history', 'family hx']),
  ...h('plan', [
    'plan', 'plans', 'disposition', 'recommendations', 'recommendation', 'assessment and plan', 'assessment', 'follow up',
    'followup', 'postoperative plan', 'post operative plan', 'discharge instructions', 'discharge plan', 'condition',
    'condition at discharge', 'discharge condition', 'instructions', 'postoperative care', 'post procedure plan',
    // What was intended is not what was billed: "PROCEDURE PLANNED:" beside "PROCEDURE PERFORMED:".
    'procedure planned', 'procedures planned', 'planned procedure', 'planned procedures', 'intended procedure',
    'proposed procedure', 'planned operation', 'operation planned', 'intended operation',
  ]),
  ...h('surgeon', [
    'surgeon', 'surgeons', 'attending surgeon', 'primary surgeon', 'attending', 'operating surgeon', 'physician',
    'performing physician', 'proceduralist', 'staff', 'attending physician', 'surgeon of record', 'operator',
  ]),
  ...h('assistant', [
    'assistant', 'assistants', 'assistant surgeon', 'assistant surgeons', 'assistant s', 'first assistant', 'second assistant',
    'surgical assistant', 'assisting', 'assist', 'assistant at surgery',
  ]),
  ...h('cosurgeon', ['co surgeon', 'co surgeons', 'cosurgeon', 'cosurgeons', 'co surgeon s']),
  ...h('anesthesia', [
    'anesthesia', 'anaesthesia', 'anesthesiologist', 'anesthetist', 'type of anesthesia', 'anesthesia type', 'sedation',
  ]),
  ...h('other', [
    'estimated blood loss', 'blood loss', 'specimens', 'specimen', 'specimens removed', 'complications', 'complication',
    'drains', 'drain', 'fluids', 'iv fluids', 'urine output', 'blood products', 'transfusion', 'implants', 'implant',
    'counts', 'sponge and needle counts', 'wound class', 'date of procedure', 'date of operation', 'date of surgery',
    'date of service', 'date', 'patient', 'patient name', 'mrn', 'medical record number', 'dob', 'date of birth', 'location',
    'tubes', 'lines', 'position', 'positioning', 'consent', 'time out', 'antibiotics', 'prophylactic antibiotics',
    'referring physician', 'pathologist', 'primary care physician', 'cc', 'dictated by', 'signed', 'electronically signed by',
    'attestation', 'teaching physician attestation', 'total fluoroscopy time', 'fluoroscopy time', 'contrast', 'dose',
    'radiation dose', 'devices', 'device', 'sample', 'samples',
  ]),
];

/** Laterality words. Positions imply the other side, weakly. */
export const sides: SideEntry[] = [
  ...['right', 'right sided', 'right side', 'right hemithorax', 'right chest', 'dextro'].map((phrase) => ({ phrase, side: 'R' as const })),
  ...['left', 'left sided', 'left side', 'left hemithorax', 'left chest'].map((phrase) => ({ phrase, side: 'L' as const })),
  // Only one lung has these.
  ...['middle lobe', 'middle lobectomy', 'rml'].map((phrase) => ({ phrase, side: 'R' as const, weight: 0.8 })),
  ...['lingula', 'lingular', 'lingulectomy'].map((phrase) => ({ phrase, side: 'L' as const, weight: 0.8 })),
  ...['rt', 'r'].map((phrase) => ({ phrase, side: 'R' as const, weight: 0.6 })),
  ...['lt', 'l'].map((phrase) => ({ phrase, side: 'L' as const, weight: 0.6 })),
  ...['bilateral', 'bilaterally', 'both sides', 'both lungs', 'both hemithoraces', 'bilateral lungs', 'right and left', 'left and right',
    'both the right and left'].map((phrase) => ({ phrase, side: 'B' as const })),
  // Patient position: lying on the left side means the right chest is up.
  ...['left lateral decubitus', 'left lateral decubitus position', 'left side down', 'left lateral position', 'right side up']
    .map((phrase) => ({ phrase, side: 'R' as const, weight: 0.4 })),
  ...['right lateral decubitus', 'right lateral decubitus position', 'right side down', 'right lateral position', 'left side up']
    .map((phrase) => ({ phrase, side: 'L' as const, weight: 0.4 })),
  // Side words that are not about the operated side.
  ...['left double lumen', 'right double lumen', 'left sided double lumen', 'right sided double lumen', 'left main stem',
    'right main stem', 'left mainstem', 'right mainstem', 'left main bronchus', 'right main bronchus', 'right internal jugular',
    'left internal jugular', 'right radial', 'left radial', 'right radial arterial line', 'left radial arterial line',
    'right arm', 'left arm', 'right leg', 'left leg', 'right hand', 'left hand', 'right groin', 'left groin', 'right femoral',
    'left femoral', 'right heart', 'left heart', 'left ventricle', 'right ventricle', 'left ventricular', 'right ventricular',
    'right atrium', 'left atrium', 'left anterior descending', 'right coronary', 'left lung ventilation', 'right lung ventilation',
    'left lung was ventilated', 'right lung was ventilated', 'left lung isolation', 'right lung isolation', 'right eye', 'left eye',
    'right ear', 'left ear', 'right knee', 'left knee', 'right hip', 'left hip', 'right shoulder', 'left shoulder', 'right foot', 'left foot',
    'left side of the table', 'right side of the table', 'right of the patient', 'left of the patient', 'to the right', 'to the left',
    'right side of the patient', 'left side of the patient', 'all right'].map((phrase) => ({ phrase, side: 'none' as const })),
  // The verb, not the side: "catheter left to drainage", "the tube was left in place".
  ...['left to drainage', 'left to drain', 'left to suction', 'left to water seal', 'left to gravity', 'left to bulb suction', 'left in place',
    'left in situ', 'left open', 'left indwelling', 'left draining', 'left attached', 'left behind', 'was left', 'were left', 'is left',
    'be left'].map((phrase) => ({ phrase, side: 'none' as const })),
  // Litres, not left: "thoracentesis of 1 L", "1.5 L removed".
  ...Array.from({ length: 21 }, (_, n) => ({ phrase: `${n} l`, side: 'none' as const })),
];
