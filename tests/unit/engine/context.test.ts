import { describe, expect, it } from 'vitest';
import { compile } from '../../../utils/engine/compile';
import { readNote } from '../../../utils/engine/note';
import { describeFlags } from '../../../utils/engine/context';
import { defaultRuleset } from '../../../data/index';

const compiled = compile(defaultRuleset);

/** Context of the first mention of `concept` in `text` (as words). */
function contextOf(text: string, concept: string): string {
  const note = readNote(`DESCRIPTION OF PROCEDURE: ${text}`, compiled);
  const id = compiled.conceptIds.get(concept)!;
  const m = note.mentions(id)[0];
  if (!m) return 'absent';
  const f = describeFlags(m.flags);
  return f.length ? f.join('+') : 'affirmed';
}

describe('context (NegEx/ConText)', () => {
  it.each([
    ['Chest wall reconstruction with mesh.', 'affirmed'],
    ['No chest wall reconstruction was required.', 'negated'],
    ['Chest wall reconstruction was not performed.', 'negated'],
    ['Reconstruction was not necessary.', 'negated'],
    ['The defect did not require reconstruction.', 'negated'],
    ['Resection without mesh.', 'negated'],
    ['Resection w/o mesh.', 'negated'],
    ['There was no need for reconstruction.', 'negated'],
    ['Resected without difficulty and the chest wall was reconstructed with mesh.', 'affirmed'],
    ['No bleeding; the chest wall was reconstructed.', 'affirmed'],
    ['No bleeding. The chest wall was reconstructed.', 'affirmed'],
    ['No air leak but the chest wall was reconstructed.', 'affirmed'],
    ['We may need chest wall reconstruction.', 'planned or hypothetical'],
    ['Chest wall reconstruction will be considered.', 'planned or hypothetical'],
    ['We will consider reconstruction.', 'planned or hypothetical'],
    ['The risks of reconstruction were discussed.', 'planned or hypothetical'],
    ['Reconstruction is planned at a later stage.', 'planned or hypothetical'],
    ['Mesh reconstruction if needed.', 'planned or hypothetical'],
    ['Informed consent was obtained for reconstruction.', 'planned or hypothetical'],
    ['He had reconstruction in 2015.', 'historical'],
    ['History of chest wall reconstruction.', 'historical'],
    ['s/p chest wall reconstruction.', 'historical'],
    ['Status post chest wall reconstruction.', 'historical'],
    ['Prior chest wall reconstruction.', 'historical'],
    ['Prior to closure the chest wall was reconstructed.', 'affirmed'],
    ['His mother had chest wall reconstruction.', 'about another person'],
    ['Chest wall reconstruction in his father.', 'about another person'],
    ['Not only the ribs but the chest wall was reconstructed.', 'affirmed'],
  ])('%j -> %s', (text, expected) => {
    expect(contextOf(text, 'chest_wall_recon')).toBe(expected);
  });

  it.each([
    ['Cryoablation (rather than RFA) of the right lung.', 'lung_target', 'affirmed'],
    ['Cryoablation rather than RFA of the right lung.', 'lung_target', 'negated'],
    ['Cryoablation rather than RFA of the right lung.', 'cryo', 'affirmed'],
    ['Cryoablation rather than RFA of the right lung.', 'rfa', 'negated'],
    ['Pancoast resection was not performed.', 'apex_tumor', 'negated'],
    ['Unable to perform chest wall resection.', 'chest_wall_resection', 'negated'],
    ['POD 1 after lobectomy, now with hemothorax.', 'postop_problem', 'affirmed'],
    ['Chest x-ray showed no pneumothorax.', 'induced_ptx', 'absent'],
  ])('%j: %s -> %s', (text, concept, expected) => {
    expect(contextOf(text, concept)).toBe(expected);
  });

  it.each([
    ['HISTORY: Right Pancoast resection.', 'historical'],
    ['FAMILY HISTORY: Pancoast resection.', 'about another person'],
    ['PLAN: Pancoast resection.', 'planned or hypothetical'],
    ['PROCEDURE: Pancoast resection.', 'affirmed'],
  ])('section context %j -> %s', (text, expected) => {
    const note = readNote(text, compiled);
    const m = note.mentions(compiled.conceptIds.get('apex_tumor')!)[0];
    const f = describeFlags(m.flags);
    expect(f.length ? f.join('+') : 'affirmed').toBe(expected);
  });

  it('1 MB of "no no no" stays linear', () => {
    const text = 'no '.repeat(350_000) + 'chest wall reconstruction';
    const t0 = performance.now();
    expect(contextOf(text, 'chest_wall_recon')).toBe('negated');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
