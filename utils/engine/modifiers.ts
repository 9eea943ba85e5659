/**
 * Modifiers, each with the words that support it, and only those the code
 * allows (data: CodeEntry.allowedModifiers); a modifier left out because the
 * code does not allow it is said so in the reasons.
 *  - RT/LT/50: the side of the procedure itself: side words in the
 *    evidence sentences first, then the procedure list, the diagnosis, and
 *    last the patient's position.
 *  - 22, 53, 62, 58, 78, 79, 82, XS: cue concepts from data (ModifierCue).
 *  - 80/82/AS: who is named under ASSISTANT.
 */
import type { Compiled } from './compile';
import type { Candidate } from './rules';
import type { Note, Mention, SideHit } from './note';
import { isCodeKind, isSupportKind, spanText } from './note';
import { CATEGORY_BIT, NEG, HYPO, OTHER } from './context';

export const MODIFIER_ORDER = ['22', '50', '52', '53', '58', '62', '66', '76', '77', '78', '79', '80', '81', '82', 'AS', '51', '59', 'XE', 'XP', 'XS', 'XU', 'RT', 'LT'];

export function orderModifiers(mods: string[]): string[] {
  const uniq = [...new Set(mods)];
  return uniq.sort((a, b) => rankOf(a) - rankOf(b));
}

function rankOf(m: string): number {
  const i = MODIFIER_ORDER.indexOf(m);
  return i < 0 ? 99 : i;
}

function q(note: Note, first: number, last: number): string {
  const s = spanText(note, first, last).replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export interface SideResult {
  side: 'R' | 'L' | 'B' | null;
  reason: string;
}

/** The side of the procedure evidenced by `mentions`. */
export function procedureSide(note: Note, mentions: Mention[]): SideResult {
  const votes = { R: 0, L: 0, B: 0 };
  const why: Partial<Record<'R' | 'L' | 'B', SideHit>> = {};
  const vote = (h: SideHit, w: number) => {
    if (h.side === 'none') return;
    votes[h.side] += w;
    if (!why[h.side]) why[h.side] = h;
  };
  const sides = note.sides;
  // 1. Side words in the sentences that carried the code: the nearest one.
  const seen = new Set<number>();
  for (const m of mentions) {
    if (!isCodeKind(m.kind) || m.flags !== 0 || seen.has(m.first)) continue;
    seen.add(m.first);
    let best: SideHit | null = null;
    let bestD = Infinity;
    for (let k = lowerSide(sides, m.sent); k < sides.length && sides[k].sent === m.sent; k++) {
      const h = sides[k];
      // Words before the mention read "right Pancoast"; after it, "... of the right chest".
      const d = h.last < m.first ? m.first - h.last : h.first > m.last ? (h.first - m.last) * 1.5 : 0;
      if (d < bestD) {
        bestD = d;
        best = h;
      }
    }
    if (best && best.side !== 'none') vote(best, (m.kind === 'procedure' ? 3 : 2) * best.weight);
  }
  // 2. Fall back on the procedure list, then the diagnosis, then position cues.
  if (votes.R + votes.L + votes.B === 0) {
    for (const h of sides) if (h.kind === 'procedure') vote(h, h.weight);
  }
  if (votes.R + votes.L + votes.B === 0) {
    for (const h of sides) if (h.kind === 'diagnosis' || h.kind === 'indications') vote(h, h.weight);
  }
  if (votes.R + votes.L + votes.B === 0) {
    for (const h of sides) if (h.weight < 1 && isCodeKind(h.kind)) vote(h, h.weight);
  }
  const total = votes.R + votes.L + votes.B;
  if (total === 0) return { side: null, reason: 'No side is documented for this procedure.' };
  if (votes.B > 0 && votes.B >= Math.max(votes.R, votes.L)) {
    return { side: 'B', reason: `both sides: "${q(note, why.B!.first, why.B!.last)}"` };
  }
  // Strong evidence for both sides from the procedure's own sentences: bilateral.
  if (votes.R >= 2 && votes.L >= 2) {
    return { side: 'B', reason: `both sides: "${q(note, why.R!.first, why.R!.last)}" and "${q(note, why.L!.first, why.L!.last)}"` };
  }
  const side = votes.R >= votes.L ? 'R' : 'L';
  const h = why[side]!;
  return { side, reason: `side from "${q(note, h.first, h.last)}"` };
}

function lowerSide(sides: SideHit[], sent: number): number {
  let lo = 0;
  let hi = sides.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sides[mid].sent < sent) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PERSONNEL = new Set(['surgeon', 'assistant', 'cosurgeon']);

/** Mentions of `concept` that count for a modifier cue. */
function cueHits(note: Note, c: Compiled, concept: string, allow: number): Mention[] {
  const id = c.conceptIds.get(concept);
  if (id === undefined) return [];
  const out: Mention[] = [];
  for (const m of note.mentions(id)) {
    if ((m.flags & ~allow) !== 0) continue;
    if (!(isCodeKind(m.kind) || isSupportKind(m.kind) || PERSONNEL.has(m.kind) || m.kind === 'other' || m.kind === 'history')) continue;
    out.push(m);
  }
  return out;
}

interface CueResult {
  ok: boolean;
  words: string[];
}

/**
 * `ignoreRequires`: the cue words alone, without the `requires` concepts.
 * `cand`: when its own evidence is a strong cue (the coded procedure IS the
 * take-back), `requires` is met by the procedure itself.
 */
function cue(note: Note, c: Compiled, modifier: string, ignoreRequires = false, cand?: Candidate): CueResult {
  const def = c.modifierCues.find((x) => x.modifier === modifier);
  if (!def) return { ok: false, words: [] };
  let allow = 0;
  for (const a of def.allowContexts ?? []) allow |= CATEGORY_BIT[a];
  const selfCue = cand !== undefined && def.strong.some((s) => cand.mentions.some((m) => m.concept === c.conceptIds.get(s)));
  if (!ignoreRequires && !selfCue && def.requires && !def.requires.some((r) => hasConcept(note, c, r, (m) => m.flags === 0 && (isCodeKind(m.kind) || isSupportKind(m.kind))))) {
    return { ok: false, words: [] };
  }
  const own = new Set(cand?.mentions.map((m) => m.concept) ?? []);
  const others = (def.otherInSentence ?? []).map((x) => c.conceptIds.get(x)).filter((x): x is number => x !== undefined && !own.has(x));
  for (const s of def.strong) {
    const hits = cueHits(note, c, s, allow).filter((h) => !others.some((o) => note.mentions(o).some((m) => m.sent === h.sent && (m.flags & NEG) !== 0)));
    if (hits.length) return { ok: true, words: [q(note, hits[0].first, hits[0].last)] };
  }
  const words: string[] = [];
  for (const w of def.weak ?? []) {
    const hits = cueHits(note, c, w, allow);
    if (hits.length) words.push(q(note, hits[0].first, hits[0].last));
  }
  return { ok: words.length >= 2, words };
}

function hasConcept(note: Note, c: Compiled, concept: string, pred: (m: Mention) => boolean): Mention | null {
  const id = c.conceptIds.get(concept);
  if (id === undefined) return null;
  for (const m of note.mentions(id)) if (pred(m)) return m;
  return null;
}

/** Who assisted: 'AS' (PA/NP/CNS), '80' (physician), 'resident', or null. */
function assistant(note: Note, c: Compiled): { kind: 'AS' | '80' | 'resident' | null; words: string } {
  // Under an ASSISTANT heading, or named just after "assisted by" / "assistant was" in the narrative.
  const introId = c.conceptIds.get('assistant_intro');
  const introEnd = new Map<number, number>();
  for (const i of introId === undefined ? [] : note.mentions(introId)) if ((i.flags & NEG) === 0) introEnd.set(i.sent, i.last);
  const inAssist = (m: Mention) => {
    if (m.kind === 'assistant') return true;
    const e = introEnd.get(m.sent);
    return e !== undefined && e < m.first && m.first - e <= 12;
  };
  const pa = hasConcept(note, c, 'assistant_pa', inAssist);
  const md = hasConcept(note, c, 'assistant_md', inAssist);
  const res = hasConcept(note, c, 'resident', inAssist);
  if (pa) return { kind: 'AS', words: q(note, pa.first, pa.last) };
  if (res) return { kind: 'resident', words: q(note, res.first, res.last) };
  if (md) return { kind: '80', words: q(note, md.first, md.last) };
  return { kind: null, words: '' };
}

export interface ModifierContext {
  /** This candidate is the first (primary) reported procedure. */
  primary: boolean;
}

/** Adds modifiers (and reasons) to a candidate, only those its code allows. */
export function assignModifiers(cand: Candidate, note: Note, c: Compiled, ctx: ModifierContext): void {
  const entry = c.codes.get(cand.code);
  const allowed = c.allowed.get(cand.code) ?? new Set<string>();
  const mods: string[] = [];
  const add = (m: string, reason: string) => {
    if (allowed.has(m)) {
      mods.push(m);
      cand.reasons.push(`-${m}: ${reason}`);
    } else {
      cand.reasons.push(`-${m} left out: ${cand.code} does not allow it (${reason})`);
    }
  };

  // Side
  const side = procedureSide(note, cand.mentions);
  if (side.side === 'B') {
    if (allowed.has('50')) add('50', `${side.reason}; some payers want two lines, -RT and -LT, instead`);
    else if (allowed.has('RT')) {
      mods.push('RT', 'LT');
      cand.reasons.push(`-RT, -LT: ${side.reason}; ${cand.code} does not take -50, report one line per side`);
    }
  } else if (side.side === 'R' || side.side === 'L') {
    const m = side.side === 'R' ? 'RT' : 'LT';
    if (allowed.has(m)) add(m, side.reason);
  }

  if (ctx.primary) {
    const x22 = cue(note, c, '22');
    if (x22.ok) add('22', `more work than usual: ${x22.words.map((w) => `"${w}"`).join(', ')}`);
    const x53 = cue(note, c, '53', false, cand);
    if (x53.ok) add('53', `discontinued: "${x53.words[0]}"`);
    const x62 = cue(note, c, '62');
    const cosec = coSurgeonSection(note);
    if (cosec) add('62', `co-surgeon named: "${q(note, cosec.from, Math.min(cosec.to - 1, cosec.from + 8))}"`);
    else if (x62.ok) add('62', `two surgeons: "${x62.words[0]}"`);
  }

  // Global-period modifiers: a return to the OR after a recent operation.
  const recent = hasConcept(note, c, 'recent_surgery', (m) => (m.flags & (NEG | HYPO | OTHER)) === 0);
  const otherSurgeon = hasConcept(note, c, 'different_surgeon', (m) => (m.flags & (NEG | HYPO)) === 0);
  if (recent && !otherSurgeon) {
    const back = cue(note, c, '78', false, cand);
    const unrelated = cue(note, c, '79');
    const staged = cue(note, c, '58');
    if (staged.ok) add('58', `staged/planned: "${staged.words[0]}" after "${q(note, recent.first, recent.last)}"`);
    else if (unrelated.ok) add('79', `unrelated procedure in the global period: "${unrelated.words[0]}"`);
    else if (back.ok) add('78', `unplanned return to the OR for a related problem: "${back.words[0]}", "${q(note, recent.first, recent.last)}"`);
    else if (cue(note, c, '78', true).ok) {
      cand.reasons.push('No -78: a return to the OR is documented but no complication of the earlier operation is named; if this procedure is unrelated to it and within its global period, -79 may apply.');
    }
  }

  // Assistant
  if (!entry?.addOn || allowed.has('80')) {
    const a = assistant(note, c);
    const noRes = cue(note, c, '82');
    if (a.kind === 'AS') add('AS', `assistant is a PA/NP: "${a.words}"`);
    else if (a.kind === '80') {
      if (noRes.ok) add('82', `physician assistant surgeon, "${noRes.words[0]}"`);
      else add('80', `assistant surgeon is a physician: "${a.words}"`);
    } else if (a.kind === 'resident' && !noRes.ok) {
      cand.reasons.push(`No assistant modifier: the assistant is a resident or fellow ("${a.words}").`);
    }
  }

  cand.modifiers = orderModifiers([...cand.modifiers, ...mods]);
}

/** A CO-SURGEON section naming someone (not "none" or "n/a"). */
function coSurgeonSection(note: Note): { from: number; to: number } | null {
  const sm = note.sections;
  for (let i = 0; i < sm.count; i++) {
    if (sm.kindOf(i) !== 'cosurgeon' || sm.to(i) <= sm.from(i)) continue;
    if (!/^\s*(none|n\/a)\b/i.test(sectionText(note, sm.from(i), sm.to(i)))) return { from: sm.from(i), to: sm.to(i) };
  }
  return null;
}

function sectionText(note: Note, from: number, to: number): string {
  if (to <= from) return '';
  return note.text.slice(note.tokens.start[from], note.tokens.end[Math.min(to - 1, from + 6)]);
}
