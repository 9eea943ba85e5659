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
import type { Compiled, CompiledCue } from './compile';
import type { Candidate } from './rules';
import type { Note, Mention, SideHit } from './note';
import { isCodeKind, isSupportKind, quoteSpan, spanText } from './note';
import { NEG, HYPO, OTHER } from './context';
import type { SectionKind } from './types';

export const MODIFIER_ORDER = ['22', '50', '52', '53', '58', '62', '66', '76', '77', '78', '79', '80', '81', '82', 'AS', '51', '59', 'XE', 'XP', 'XS', 'XU', 'RT', 'LT'];

const RANK = new Map(MODIFIER_ORDER.map((m, i) => [m, i]));

export function orderModifiers(mods: string[]): string[] {
  const uniq: string[] = [];
  for (const m of mods) if (!uniq.includes(m)) uniq.push(m);
  return uniq.sort((a, b) => rankOf(a) - rankOf(b));
}

function rankOf(m: string): number {
  return RANK.get(m) ?? 99;
}

function q(note: Note, first: number, last: number): string {
  return quoteSpan(note, first, last, 80);
}

export interface SideResult {
  side: 'R' | 'L' | 'B' | null;
  reason: string;
}

/** Side votes and, per side, the first side word that voted for it. */
class SideVotes {
  r = 0;
  l = 0;
  b = 0;
  whyR: SideHit | null = null;
  whyL: SideHit | null = null;
  whyB: SideHit | null = null;

  vote(h: SideHit, w: number): void {
    if (h.side === 'R') {
      this.r += w;
      this.whyR ??= h;
    } else if (h.side === 'L') {
      this.l += w;
      this.whyL ??= h;
    } else if (h.side === 'B') {
      this.b += w;
      this.whyB ??= h;
    }
  }

  get total(): number {
    return this.r + this.l + this.b;
  }
}

/** The side of the procedure evidenced by `mentions`. */
export function procedureSide(note: Note, mentions: Mention[]): SideResult {
  const v = new SideVotes();
  const sides = note.sides;
  // 1. Side words in the sentences that carried the code: the nearest one.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!isCodeKind(m.kind) || m.flags !== 0 || seenBefore(mentions, i)) continue;
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
    if (best && best.side !== 'none') v.vote(best, (m.kind === 'procedure' ? 3 : 2) * best.weight);
  }
  // 2. Fall back on the procedure list, then the diagnosis, then position cues.
  if (v.total === 0) {
    for (const h of sides) if (h.kind === 'procedure') v.vote(h, h.weight);
  }
  if (v.total === 0) {
    for (const h of sides) if (h.kind === 'diagnosis' || h.kind === 'indications') v.vote(h, h.weight);
  }
  // 3. The narrative's side words when they all agree ("Right posterolateral thoracotomy; ... the peel was removed").
  if (v.total === 0) {
    let only: SideHit['side'] | null = null;
    let agree = true;
    for (const h of sides) {
      if (h.weight < 1 || !isCodeKind(h.kind) || h.side === 'none') continue;
      if (only === null) only = h.side;
      else if (only !== h.side) agree = false;
    }
    if (only !== null && agree) for (const h of sides) if (h.weight >= 1 && isCodeKind(h.kind) && h.side === only) v.vote(h, h.weight);
  }
  if (v.total === 0) {
    for (const h of sides) if (h.weight < 1 && isCodeKind(h.kind)) v.vote(h, h.weight);
  }
  if (v.total === 0) return { side: null, reason: 'No side is documented for this procedure.' };
  if (v.b > 0 && v.b >= Math.max(v.r, v.l)) {
    return { side: 'B', reason: `both sides: "${q(note, v.whyB!.first, v.whyB!.last)}"` };
  }
  // Strong evidence for both sides from the procedure's own sentences: bilateral.
  if (v.r >= 2 && v.l >= 2) {
    return { side: 'B', reason: `both sides: "${q(note, v.whyR!.first, v.whyR!.last)}" and "${q(note, v.whyL!.first, v.whyL!.last)}"` };
  }
  const h = v.r >= v.l ? v.whyR! : v.whyL!;
  return { side: v.r >= v.l ? 'R' : 'L', reason: `side from "${q(note, h.first, h.last)}"` };
}

/** An earlier mention in the list starts at the same token (the same words, counted once). */
function seenBefore(mentions: Mention[], i: number): boolean {
  const first = mentions[i].first;
  for (let k = 0; k < i; k++) if (mentions[k].first === first) return true;
  return false;
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

/** Sections whose words may carry a modifier cue. */
function isCueKind(kind: SectionKind): boolean {
  return isCodeKind(kind) || isSupportKind(kind) || kind === 'surgeon' || kind === 'assistant' || kind === 'cosurgeon' || kind === 'other' || kind === 'history';
}

/** The candidate's own evidence names `concept`. */
function carries(cand: Candidate | undefined, concept: number): boolean {
  if (cand === undefined) return false;
  for (const m of cand.mentions) if (m.concept === concept) return true;
  return false;
}

/** Some negated mention of an `others` concept (not one the candidate itself carries) in sentence `sent`. */
function negatedOtherIn(note: Note, others: number[], cand: Candidate | undefined, sent: number): boolean {
  for (const o of others) {
    if (carries(cand, o)) continue;
    for (const m of note.mentions(o)) if (m.sent === sent && (m.flags & NEG) !== 0) return true;
  }
  return false;
}

/** The first mention of a cue concept that counts for the modifier. */
function cueHit(note: Note, def: CompiledCue, concept: number, cand: Candidate | undefined, checkOthers: boolean): Mention | null {
  for (const m of note.mentions(concept)) {
    if ((m.flags & ~def.allow) !== 0 || !isCueKind(m.kind)) continue;
    if (checkOthers && def.otherInSentence.length > 0 && negatedOtherIn(note, def.otherInSentence, cand, m.sent)) continue;
    return m;
  }
  return null;
}

interface CueResult {
  ok: boolean;
  words: string[];
}

const NO_CUE: CueResult = { ok: false, words: [] };

/** Some `concepts` mention affirmed where the procedure is described, diagnosed or indicated. */
function affirmedSupport(note: Note, concepts: number[]): boolean {
  for (const id of concepts) for (const m of note.mentions(id)) if (m.flags === 0 && (isCodeKind(m.kind) || isSupportKind(m.kind))) return true;
  return false;
}

/**
 * `ignoreRequires`: the cue words alone, without the `requires` concepts.
 * `cand`: when its own evidence is a strong cue (the coded procedure IS the
 * take-back), `requires` is met by the procedure itself.
 */
function cue(note: Note, c: Compiled, modifier: string, ignoreRequires = false, cand?: Candidate): CueResult {
  const def = c.cues.get(modifier);
  if (!def) return NO_CUE;
  if (!ignoreRequires && def.requires !== null) {
    let selfCue = false;
    for (const s of def.strong) if (carries(cand, s)) selfCue = true;
    if (!selfCue && !affirmedSupport(note, def.requires)) return NO_CUE;
  }
  for (const s of def.strong) {
    const hit = cueHit(note, def, s, cand, true);
    if (hit) return { ok: true, words: [q(note, hit.first, hit.last)] };
  }
  const words: string[] = [];
  for (const w of def.weak) {
    const hit = cueHit(note, def, w, cand, false);
    if (hit) words.push(q(note, hit.first, hit.last));
  }
  return words.length >= 2 ? { ok: true, words } : words.length ? { ok: false, words } : NO_CUE;
}

/** The first mention of a concept none of whose context flags is in `mask`. */
function firstWithout(note: Note, concept: number | undefined, mask: number): Mention | null {
  if (concept === undefined) return null;
  for (const m of note.mentions(concept)) if ((m.flags & mask) === 0) return m;
  return null;
}

/** The first mention of a concept under an ASSISTANT heading, or within 12 words after an "assisted by" intro. */
function firstAssisting(note: Note, concept: number | undefined, intros: Mention[]): Mention | null {
  if (concept === undefined) return null;
  for (const m of note.mentions(concept)) {
    // "No residents or fellows on this service" names who did not assist.
    if ((m.flags & NEG) !== 0) continue;
    if (m.kind === 'assistant') return m;
    // The last intro of the sentence is the one that counts.
    let end = -1;
    for (const i of intros) if (i.sent === m.sent) end = i.last;
    if (end >= 0 && end < m.first && m.first - end <= 12) return m;
  }
  return null;
}

/** Who assisted: 'AS' (PA/NP/CNS), '80' (physician), 'resident', or null. */
function assistant(note: Note, c: Compiled): { kind: 'AS' | '80' | 'resident' | null; words: string } {
  // Under an ASSISTANT heading, or named just after "assisted by" / "assistant was" in the narrative.
  const intros: Mention[] = [];
  const introId = c.conceptIds.get('assistant_intro');
  if (introId !== undefined) for (const i of note.mentions(introId)) if ((i.flags & NEG) === 0) intros.push(i);
  const pa = firstAssisting(note, c.conceptIds.get('assistant_pa'), intros);
  if (pa) return { kind: 'AS', words: q(note, pa.first, pa.last) };
  // "No qualified resident was available (all residents were scrubbed elsewhere)": the residents named did not assist.
  const noRes = firstWithout(note, c.conceptIds.get('no_resident'), NEG | HYPO);
  const res = noRes ? null : firstAssisting(note, c.conceptIds.get('resident'), intros);
  if (res) return { kind: 'resident', words: q(note, res.first, res.last) };
  const md = firstAssisting(note, c.conceptIds.get('assistant_md'), intros);
  if (md) return { kind: '80', words: q(note, md.first, md.last) };
  return { kind: null, words: '' };
}

const NONE_ALLOWED: ReadonlySet<string> = new Set();

/** Adds modifier m with its reason, or says why the code does not take it. */
function addModifier(cand: Candidate, allowed: ReadonlySet<string>, mods: string[], m: string, reason: string): void {
  if (allowed.has(m)) {
    mods.push(m);
    cand.reasons.push(`-${m}: ${reason}`);
  } else {
    cand.reasons.push(`-${m} left out: ${cand.code} does not allow it (${reason})`);
  }
}

export interface ModifierContext {
  /** This candidate is the first (primary) reported procedure. */
  primary: boolean;
}

/** Adds modifiers (and reasons) to a candidate, only those its code allows. */
export function assignModifiers(cand: Candidate, note: Note, c: Compiled, ctx: ModifierContext): void {
  const entry = c.codes.get(cand.code);
  const allowed = c.allowed.get(cand.code) ?? NONE_ALLOWED;
  const mods: string[] = [];
  const add = (m: string, reason: string) => addModifier(cand, allowed, mods, m, reason);

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
  const recent = firstWithout(note, c.conceptIds.get('recent_surgery'), NEG | HYPO | OTHER);
  const otherSurgeon = firstWithout(note, c.conceptIds.get('different_surgeon'), NEG | HYPO);
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
