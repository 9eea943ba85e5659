/**
 * From concept mentions to candidate codes. Each rule (data) lists clauses
 * (concepts that must be affirmed together, in one sentence or anywhere in
 * the procedure text); siblings are told apart by `requires` / `unless` on
 * the distinguishing cue; `demote` and `support` adjust confidence. Nothing
 * here knows a code number.
 */
import type { CompiledRule, Compiled } from './compile';
import type { SectionKind } from './types';
import type { Note, Mention } from './note';
import { firstInSentence, isCodeKind, isSupportKind, quoteSpan, sectionLabel } from './note';
import { HIST, NEG, HYPO, describeFlags } from './context';
import { procedureSide } from './modifiers';

export interface Candidate {
  code: string;
  confidence: number;
  /** Evidence spans as token ranges. */
  spans: { first: number; last: number }[];
  /** The mentions that carried the code (anchors first), for side and modifiers. */
  mentions: Mention[];
  reasons: string[];
  warnings: string[];
  rank: number;
  addOnTo?: string[];
  modifiers: string[];
  /** Bundled into another suggested code by a pair edit: not shown. */
  dropped?: boolean;
}

const MAX_ANCHORS = 400;
const MAX_SPANS = 6;

function affirmedCode(m: Mention): boolean {
  return m.flags === 0 && isCodeKind(m.kind);
}

/** Any mention of one of `concepts` in sentence `sent` (any context). */
function sentenceHas(note: Note, concepts: number[], sent: number): boolean {
  return note.inSentence(concepts, sent);
}

function nearestInSentence(note: Note, concepts: number[], anchor: Mention, ok: (m: Mention) => boolean): Mention | null {
  let best: Mention | null = null;
  let bestD = Infinity;
  for (const c of concepts) {
    if (note.count(c) === 0) continue;
    const list = note.mentions(c);
    for (let k = firstInSentence(list, anchor.sent); k < list.length && list[k].sent === anchor.sent; k++) {
      const m = list[k];
      if (!ok(m)) continue;
      const d = Math.abs(m.first - anchor.first);
      if (d < bestD) {
        best = m;
        bestD = d;
      }
      if (d === 0) break;
    }
  }
  return best;
}

function mentionsOf(note: Note, concepts: number[]): Mention[] {
  if (concepts.length === 1) return note.mentions(concepts[0]);
  const out: Mention[] = [];
  for (const c of concepts) for (const m of note.mentions(c)) out.push(m);
  out.sort((a, b) => a.first - b.first);
  return out;
}

function findAffirmed(note: Note, concepts: number[], ok: (m: Mention) => boolean): Mention | null {
  let best: Mention | null = null;
  for (const c of concepts) {
    for (const m of note.mentions(c)) {
      if (!ok(m)) continue;
      // Prefer the procedure list, then the earliest.
      if (!best || (m.kind === 'procedure' && best.kind !== 'procedure') || (m.kind === best.kind && m.first < best.first)) best = m;
      if (m.kind === 'procedure') break;
    }
  }
  return best;
}

function isBlocked(note: Note, cr: CompiledRule, m: Mention): boolean {
  return cr.blockSentence.length > 0 && sentenceHas(note, cr.blockSentence, m.sent);
}

/** Some clause has a mention for every entry (cheap test before the real evaluation). */
function mayApply(note: Note, cr: CompiledRule): boolean {
  for (const cl of cr.clauses) {
    let ok = true;
    for (const entry of cl.all) {
      let any = false;
      for (const id of entry) {
        if (note.count(id) > 0) {
          any = true;
          break;
        }
      }
      if (!any) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

interface ClauseHit {
  base: number;
  groups: Mention[][];
}

function evalClause(note: Note, cr: CompiledRule, clauseIndex: number): ClauseHit | null {
  const cl = cr.clauses[clauseIndex];
  const groups: Mention[][] = [];
  if (cl.sentence) {
    const anchors = mentionsOf(note, cl.all[0]);
    let tried = 0;
    for (const a of anchors) {
      if (!affirmedCode(a) || isBlocked(note, cr, a)) continue;
      if (++tried > MAX_ANCHORS) break;
      const group = [a];
      let ok = true;
      for (let j = 1; j < cl.all.length && ok; j++) {
        const m = nearestInSentence(note, cl.all[j], a, affirmedCode);
        if (m) group.push(m);
        else ok = false;
      }
      if (ok) {
        groups.push(group);
        if (groups.length >= MAX_SPANS) break;
      }
    }
  } else {
    const group: Mention[] = [];
    for (let j = 0; j < cl.all.length; j++) {
      const entry = cl.all[j];
      const m = findAffirmed(note, entry, (x) => {
        if (x.flags !== 0) return false;
        const allowed = isCodeKind(x.kind) || (cl.anySection.has(x.concept) && isSupportKind(x.kind));
        if (!allowed) return false;
        return j > 0 || !isBlocked(note, cr, x);
      });
      if (!m) return null;
      group.push(m);
    }
    groups.push(group);
  }
  if (groups.length === 0) return null;
  return { base: cl.base, groups };
}

/**
 * A mention of a requires/unless cue that counts (not in a sentence with a cueBlock concept): the first one, or with
 * `near`, one in that sentence if there is one, so that a wedge's "Left VATS" is not taken from the right lobectomy
 * listed before it (the cue's side votes for the code).
 */
function cueMention(note: Note, cr: CompiledRule, concepts: number[], accept: (m: Mention) => boolean, near = -1): Mention | null {
  let found: Mention | null = null;
  for (const c of concepts) {
    for (const m of note.mentions(c)) {
      // Mentions come in text order: past `near` (always, without one) nothing better follows.
      if (found && m.sent > near) break;
      if (!isCodeKind(m.kind) || !accept(m)) continue;
      if (cr.cueBlock.length && sentenceHas(note, cr.cueBlock, m.sent)) continue;
      if (m.sent === near) return m;
      if (!found) found = m;
    }
    if (found && near < 0) return found;
  }
  return found;
}

function quote(note: Note, first: number, last: number): string {
  return quoteSpan(note, first, last, 100);
}

function groupSpan(group: Mention[]): { first: number; last: number } {
  let first = group[0].first;
  let last = group[0].last;
  for (const m of group) {
    if (m.first < first) first = m.first;
    if (m.last > last) last = m.last;
  }
  return { first, last };
}

/** One of `concepts` named anywhere the procedure is described, diagnosed or indicated (any context). */
function siteNamed(note: Note, concepts: number[]): boolean {
  return note.inSectionKind(concepts, isSiteKind);
}

function isSiteKind(kind: SectionKind): boolean {
  return isCodeKind(kind) || isSupportKind(kind);
}

function evalRule(note: Note, c: Compiled, cr: CompiledRule): Candidate | null {
  if (!mayApply(note, cr)) return null;
  if (cr.site.length && !siteNamed(note, cr.site)) return null;
  let best: ClauseHit | null = null;
  let satisfied = 0;
  for (let i = 0; i < cr.clauses.length; i++) {
    const hit = evalClause(note, cr, i);
    if (!hit) continue;
    satisfied++;
    if (!best || hit.base > best.base) best = hit;
  }
  if (!best) return null;
  const rule = cr.rule;
  const reasons: string[] = [];
  const warnings: string[] = [];
  const spans: { first: number; last: number }[] = [];
  const mentions: Mention[] = [];
  const kinds = new Set<string>();
  for (const g of best.groups) {
    const sp = groupSpan(g);
    const sameSentence = g.every((m) => m.sent === g[0].sent);
    if (sameSentence && note.tokens.end[sp.last] - note.tokens.start[sp.first] < 240) spans.push(sp);
    else for (const m of g) spans.push({ first: m.first, last: m.last });
    for (const m of g) {
      mentions.push(m);
      kinds.add(m.kind);
    }
  }
  const first = best.groups[0];
  const fs = groupSpan(first);
  reasons.push(`${rule.reason}: "${quote(note, fs.first, fs.last)}" in ${sectionLabel(note, first[0])}`);

  // requires: the distinguishing cue must be affirmed in the procedure text.
  for (const group of cr.requires) {
    const m = cueMention(note, cr, group, (x) => x.flags === 0 || (rule.requiresAllowHistory === true && x.flags === HIST), first[0].sent);
    if (!m) return null;
    if (!mentions.includes(m)) {
      spans.push({ first: m.first, last: m.last });
      mentions.push(m);
      reasons.push(`"${quote(note, m.first, m.last)}" in ${sectionLabel(note, m)} (${c.conceptLabel[m.concept]})`);
    }
  }
  for (const group of cr.requiresSupport) {
    const m = findAffirmed(note, group, (x) => (x.flags & ~HIST) === 0 && (isCodeKind(x.kind) || isSupportKind(x.kind)));
    if (!m) return null;
    reasons.push(`"${quote(note, m.first, m.last)}" in ${sectionLabel(note, m)} (${c.conceptLabel[m.concept]})`);
  }
  let confidence = best.base;
  // unless: a sibling's cue is affirmed -> this rule does not apply.
  if (cr.unless.length) {
    const except = cr.unlessExcept.length ? cueMention(note, cr, cr.unlessExcept, (x) => x.flags === 0) : null;
    const hit = cueMention(note, cr, cr.unless, (x) => x.flags === 0);
    if (hit && !except) return null;
    if (except) reasons.push(`"${quote(note, except.first, except.last)}": ${c.conceptLabel[except.concept]}`);
    if (rule.negatedUnlessBonus) {
      const neg = cueMention(note, cr, cr.unless, (x) => (x.flags & (NEG | HYPO)) !== 0);
      if (neg) {
        confidence += rule.negatedUnlessBonus;
        const sp = contextSpan(note, neg);
        spans.push(sp);
        reasons.push(`"${quote(note, sp.first, sp.last)}": ${c.conceptLabel[neg.concept]} is ${describeFlags(neg.flags).join(', ')}`);
      } else {
        reasons.push(`No ${cr.rule.unless!.map((u) => u.replace(/_/g, ' ')).join(' or ')} documented`);
      }
    }
  }
  if (satisfied > 1) confidence += 0.02;
  if (kinds.has('procedure') && kinds.has('description')) confidence += 0.03;
  if (note.hasList && !kinds.has('procedure')) confidence -= 0.04;
  for (const s of cr.support) {
    const m = findAffirmed(note, s.concepts, affirmedCode);
    if (m) {
      confidence += s.bonus;
      reasons.push(`${s.reason}: "${quote(note, m.first, m.last)}"`);
    }
  }
  if (rule.listOnly && note.hasList && !kinds.has('procedure')) {
    confidence = Math.min(confidence, 0.4);
    warnings.push('Named only in the narrative, not in the procedure list: check whether it was a separate procedure.');
  }
  for (const d of cr.demote) {
    const m = findAffirmed(note, d.concepts, affirmedCode);
    if (m && d.unlessOtherSide) {
      // Any mention of this procedure on the side opposite the larger operation (two chest tubes: one part of it, one not).
      const theirs = procedureSide(note, [m]).side;
      const opposite = theirs === 'R' ? 'L' : theirs === 'L' ? 'R' : null;
      if (opposite && mentions.some((x) => x.flags === 0 && x.kind === 'procedure' && procedureSide(note, [x]).side === opposite)) {
        // The mentions on the larger operation's side are part of it: they do not give this code its side.
        for (let k = mentions.length - 1; k >= 0; k--) if (procedureSide(note, [mentions[k]]).side === theirs) mentions.splice(k, 1);
        reasons.push(`on the other side from "${quote(note, m.first, m.last)}": a separate procedure (59/XS)`);
        continue;
      }
    }
    if (m && confidence > d.to) {
      confidence = d.to;
      warnings.push(`Lowered: "${quote(note, m.first, m.last)}": ${d.reason}.`);
    }
  }
  if (rule.note) warnings.push(rule.note);
  return {
    code: rule.code,
    confidence: Math.max(0, Math.min(0.99, confidence)),
    spans,
    mentions,
    reasons,
    warnings,
    rank: rule.rank ?? 50,
    addOnTo: rule.addOnTo,
    modifiers: [],
  };
}

/** The trigger and mention together ("no chest wall reconstruction was required") when close. */
function contextSpan(note: Note, m: Mention): { first: number; last: number } {
  if (m.trigger < 0) return { first: m.first, last: m.last };
  const t = note.triggerSpan(m.trigger);
  const first = Math.min(t.first, m.first);
  const last = Math.max(t.last, m.last);
  if (last - first > 20) return { first: m.first, last: m.last };
  return { first, last };
}

/** All candidates, one per code (best rule wins; evidence and reasons merged). */
export function evaluateRules(note: Note, c: Compiled): Candidate[] {
  // Only rules some concept of the note leads to, in ruleset order.
  const mark = c.scratch.ruleMarks(c.rules.length);
  for (const r of c.ungatedRules) mark[r] = 1;
  const n = c.rulesOf.length;
  for (let id = 0; id < n; id++) {
    if (note.count(id) === 0) continue;
    for (const r of c.rulesOf[id]) mark[r] = 1;
  }
  const byCode = new Map<string, Candidate>();
  for (let r = 0; r < c.rules.length; r++) {
    if (mark[r] === 0) continue;
    mark[r] = 0;
    const cr = c.rules[r];
    if (!cr.active) continue;
    const cand = evalRule(note, c, cr);
    if (!cand) continue;
    const prev = byCode.get(cand.code);
    if (!prev) {
      byCode.set(cand.code, cand);
      continue;
    }
    const [hi, lo] = cand.confidence > prev.confidence ? [cand, prev] : [prev, cand];
    for (const s of lo.spans) if (!hi.spans.some((x) => x.first === s.first && x.last === s.last)) hi.spans.push(s);
    for (const r of lo.reasons) if (!hi.reasons.includes(r)) hi.reasons.push(r);
    for (const w of lo.warnings) if (!hi.warnings.includes(w)) hi.warnings.push(w);
    for (const m of lo.mentions) if (!hi.mentions.includes(m)) hi.mentions.push(m);
    byCode.set(cand.code, hi);
  }
  return [...byCode.values()];
}
