/**
 * The CodeCue engine: pure TypeScript, no browser or Node APIs.
 *
 *   const engine = createEngine(defaultRuleset);
 *   engine.analyze(noteText) // -> Suggestion[], best first
 *
 * Everything the engine knows (codes, phrases, triggers, rules, modifier
 * cues, pair edits) is in the ruleset; the ruleset is compiled once here.
 */
import type { Engine, Evidence, Ruleset, Suggestion } from './types';
import { compile, type Compiled } from './compile';
import { readNote, type Note } from './note';
import { evaluateRules, type Candidate } from './rules';
import { applyPairEdits } from './pairs';
import { assignModifiers, orderModifiers } from './modifiers';

export type { Engine, Suggestion, Evidence, Ruleset } from './types';

/** At or above this a coder would report the code. */
export const REPORT_THRESHOLD = 0.5;
/** Below this a candidate is not shown at all. */
const SHOW_THRESHOLD = 0.35;

export function createEngine(ruleset: Ruleset): Engine {
  const compiled = compile(ruleset);
  return {
    analyze(text: string): Suggestion[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      return analyzeWith(compiled, text);
    },
  };
}

export function analyzeWith(c: Compiled, text: string): Suggestion[] {
  // The note lives in the engine's scratch arrays until the next call: nothing returned refers to it.
  try {
    return suggest(c, readNote(text, c, { onlyOpNotes: true, scratch: c.scratch }));
  } finally {
    c.scratch.trim();
  }
}

function suggest(c: Compiled, note: Note): Suggestion[] {
  // Codes are billed from a procedure or operative note; a consult, discharge
  // summary, clinic note or imaging report that mentions a procedure gets none.
  if (!note.opNote) return [];
  const cands = evaluateRules(note, c);
  if (cands.length === 0) return [];
  applyPairEdits(cands, note, c);
  gateAddOns(cands, c);
  const ordered = order(cands.filter((x) => !x.dropped));
  let primaryDone = false;
  for (const cand of ordered) {
    const entry = c.codes.get(cand.code);
    const reportable = cand.confidence >= REPORT_THRESHOLD;
    assignModifiers(cand, note, c, { primary: reportable && !entry?.addOn && !primaryDone });
    if (reportable && !entry?.addOn) {
      if (primaryDone) {
        if (entry?.allowedModifiers.includes('51')) {
          cand.modifiers = orderModifiers([...cand.modifiers, '51']);
          cand.reasons.push('-51: a further procedure in the same session (many payers add it themselves)');
        }
      }
      primaryDone = true;
    }
  }
  return ordered.filter((x) => !x.dropped && x.confidence >= SHOW_THRESHOLD).map((x) => toSuggestion(x, note, c));
}

/** Reportable codes first, by rank (the bigger operation first), then confidence. */
function order(cands: Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => {
    const ra = a.confidence >= REPORT_THRESHOLD ? 1 : 0;
    const rb = b.confidence >= REPORT_THRESHOLD ? 1 : 0;
    if (ra !== rb) return rb - ra;
    if (ra === 1 && a.rank !== b.rank) return b.rank - a.rank;
    if (a.confidence !== b.confidence) return b.confidence - a.confidence;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

/** An add-on code without one of its primaries at >= 0.5 is only a hint. */
function gateAddOns(cands: Candidate[], c: Compiled): void {
  for (const cand of cands) {
    const entry = c.codes.get(cand.code);
    if (!entry?.addOn) continue;
    const primaries = cand.addOnTo ?? [];
    const has = cands.some((p) => p !== cand && primaries.includes(p.code) && p.confidence >= REPORT_THRESHOLD);
    if (!has && cand.confidence >= REPORT_THRESHOLD) {
      cand.confidence = 0.3;
      cand.warnings.push(`Add-on code: report only with its primary procedure (${primaries.join(', ') || 'none found'}), which was not found.`);
    }
  }
}

function toSuggestion(cand: Candidate, note: Note, c: Compiled): Suggestion {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const s of cand.spans) {
    const start = note.tokens.start[s.first];
    const end = note.tokens.end[s.last];
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ start, end, text: note.text.slice(start, end) });
    if (evidence.length >= 8) break;
  }
  evidence.sort((a, b) => a.start - b.start);
  const entry = c.codes.get(cand.code);
  const out: Suggestion = {
    code: cand.code,
    modifiers: cand.modifiers,
    confidence: Math.round(cand.confidence * 100) / 100,
    evidence,
    reasons: cand.reasons,
  };
  if (entry?.addOn) out.addOn = true;
  if (cand.warnings.length) out.warnings = [...new Set(cand.warnings)];
  return out;
}
