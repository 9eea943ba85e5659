/**
 * Pair edits (NCCI-style, from data): a bundled pair is never suggested as
 * if billable together. The column-2 code is demoted below the report line
 * (dropped, with a warning on the primary saying why), or, for "distinct"
 * edits with documentation of a separate site or side, kept with XS (59
 * where XS is not allowed).
 */
import type { Compiled } from './compile';
import type { Candidate } from './rules';
import type { Note } from './note';
import { isCodeKind, spanText } from './note';
import { NEG } from './context';
import { procedureSide } from './modifiers';

const REPORT = 0.5;
const DEMOTED = 0.3;

export function applyPairEdits(cands: Candidate[], note: Note, c: Compiled): void {
  const distinctId = c.conceptIds.get('distinct_site');
  const distinctCue = distinctId === undefined ? undefined : note.mentions(distinctId).find((m) => m.flags === 0 && isCodeKind(m.kind));
  for (const edit of c.pairEdits) {
    for (const p of cands) {
      if (!edit.primary.includes(p.code) || p.confidence < REPORT) continue;
      if (edit.warnConcepts) {
        for (const name of edit.warnConcepts) {
          const id = c.conceptIds.get(name);
          const m = id === undefined ? undefined : note.mentions(id).find((x) => (x.flags & NEG) === 0);
          if (m) {
            const words = spanText(note, m.first, m.last).replace(/\s+/g, ' ');
            p.warnings.push(`"${words}": do not report ${edit.secondary.join(' or ')} with ${p.code}: ${edit.why}.`);
            break;
          }
        }
      }
      for (const s of cands) {
        if (s === p || !edit.secondary.includes(s.code) || s.confidence < REPORT) continue;
        if (edit.kind === 'distinct') {
          const ps = procedureSide(note, p.mentions).side;
          const ss = procedureSide(note, s.mentions).side;
          const otherSide = ps && ss && ps !== 'B' && ss !== 'B' && ps !== ss;
          if (otherSide || distinctCue) {
            const allowed = c.codes.get(s.code)?.allowedModifiers ?? [];
            const mod = allowed.includes('XS') ? 'XS' : allowed.includes('59') ? '59' : null;
            const why = otherSide
              ? `done on the other side from ${p.code}`
              : `"${spanText(note, distinctCue!.first, distinctCue!.last)}"`;
            if (mod) {
              s.modifiers.push(mod);
              s.reasons.push(`-${mod}: distinct from ${p.code}, ${why} (${edit.why})`);
            }
            s.warnings.push(`Normally bundled with ${p.code}; reported as distinct because it was ${otherSide ? 'on the other side' : 'documented as separate'}. Check the documentation supports it.`);
            continue;
          }
        }
        // Bundled: the column-2 code is dropped; the primary says why.
        s.confidence = Math.min(s.confidence, DEMOTED);
        s.dropped = true;
        p.warnings.push(`${s.code} is not reported with ${p.code}: ${edit.why}.`);
      }
    }
  }
}
