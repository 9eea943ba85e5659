import { describe, expect, it } from 'vitest';
import { compile } from '../../../utils/engine/compile';
import { readNote } from '../../../utils/engine/note';
import { defaultRuleset } from '../../../data/index';

const compiled = compile(defaultRuleset);

/** "kind:first words" of every section that has words. */
function sections(text: string): string[] {
  const note = readNote(text, compiled);
  return note.sections.sections
    .filter((s) => s.to > s.from)
    .map((s) => `${s.kind}:${text.slice(note.tokens.start[s.from], note.tokens.end[Math.min(s.to - 1, s.from + 1)])}`);
}

describe('sections', () => {
  it.each([
    ['PREOPERATIVE DIAGNOSIS: Pancoast tumor.\nPROCEDURE PERFORMED: Right Pancoast resection.', ['diagnosis:Pancoast tumor', 'procedure:Right Pancoast']],
    ['PROCEDURE: ,  Right VATS lobectomy.', ['procedure:Right VATS']],
    ['Procedure performed - Right thoracotomy.', ['procedure:Right thoracotomy']],
    ['PREOPERATIVE DIAGNOSIS: X. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Pancoast resection. ANESTHESIA: General. INDICATIONS: Pain.', ['diagnosis:X', 'diagnosis:Same', 'procedure:Pancoast resection', 'anesthesia:General', 'indications:Pain']],
    ['PROCEDURE PERFORMED\nRight Pancoast resection\n\nINDICATIONS\nShoulder pain', ['procedure:Right Pancoast', 'indications:Shoulder pain']],
    ['Description of Procedure: The patient was', ['description:The patient']],
    ['1. PROCEDURE: thoracentesis', ['unknown:1', 'procedure:thoracentesis']],
    ['HISTORY OF PRESENT ILLNESS: s/p lobectomy', ['history:s/p']],
    ['FAMILY HISTORY: Mother had lung cancer.', ['familyHistory:Mother had']],
    ['ASSISTANT: Jane Roe, PA-C\nCO-SURGEON: Dr. Lee', ['assistant:Jane Roe', 'cosurgeon:Dr. Lee']],
    ['ESTIMATED BLOOD LOSS: 50 mL. SPECIMENS: Lobe.', ['other:50 mL', 'other:Lobe']],
    ['PLAN: Chest wall reconstruction later.', ['plan:Chest wall']],
    ['The procedure performed was a right thoracotomy.', ['unknown:The procedure']],
    ['We reviewed the findings with the family.', ['unknown:We reviewed']],
    ['Findings were normal. FINDINGS: Dense adhesions.', ['unknown:Findings were', 'findings:Dense adhesions']],
    ['INDICATIONS FOR PROCEDURE: Bleeding.', ['indications:Bleeding']],
    ['Technique: Under CT guidance', ['description:Under CT']],
    ['OPERATIVE FINDINGS: tumor', ['findings:tumor']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sections(text)).toEqual(expected);
  });

  it('100,000 headings stay fast (linear)', () => {
    const text = 'PROCEDURE: x. '.repeat(100_000);
    const t0 = performance.now();
    const note = readNote(text, compiled);
    expect(note.sections.sections.length).toBe(100_001);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
