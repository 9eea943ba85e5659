/**
 * `npm run bench`: engine speed on synthetic operative-note text of 1 KB,
 * 100 KB, 1 MB and 4 MB, against
 *   (a) the npm `ahocorasick` package matching the same phrase list over
 *       the same (pre-lowercased) text, and
 *   (b) a normalise-only pass (tokenise + vocabulary lookup),
 * plus the engine build time and pathological inputs that must stay linear.
 */
import { createRequire } from 'node:module';
import { createEngine } from '../utils/engine/index';
import { compile } from '../utils/engine/compile';
import { tokenize } from '../utils/engine/normalize';
import { defaultRuleset } from '../data/index';

const require = createRequire(import.meta.url);
const AhoCorasick = require('ahocorasick') as new (words: string[]) => { search(text: string): unknown[] };

const SENTENCES = [
  'PREOPERATIVE DIAGNOSIS: Right superior sulcus tumor.',
  'POSTOPERATIVE DIAGNOSIS: Same.',
  'PROCEDURE PERFORMED: Right Pancoast tumor resection with en bloc resection of ribs 1 through 3.',
  'ASSISTANT: Jane Roe, PA-C.',
  'INDICATIONS: The patient is a 64-year-old man with shoulder pain and a history of smoking.',
  'The risks, benefits and alternatives were discussed and informed consent was obtained.',
  'DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and general anesthesia was induced.',
  'A left double-lumen endotracheal tube was placed and the patient was turned to the left lateral decubitus position.',
  'The right chest was prepped and draped in the usual sterile fashion.',
  'A posterolateral thoracotomy was made and the chest was entered through the fourth intercostal space.',
  'There were dense adhesions from prior radiation which required extensive adhesiolysis.',
  'The first and second ribs were divided anteriorly and disarticulated posteriorly.',
  'The right upper lobe was resected en bloc with the chest wall.',
  'No chest wall reconstruction was required because the defect was covered by the scapula.',
  'Two chest tubes were placed and the incision was closed in layers.',
  'ESTIMATED BLOOD LOSS: 400 mL. SPECIMENS: Right upper lobe with ribs. COMPLICATIONS: None.',
  'Under CT guidance two cryoprobes were advanced into the right lower lobe nodule and two freeze-thaw cycles were performed.',
  'The patient tolerated the procedure well and was taken to the recovery room in stable condition.',
  'His mother had lung cancer. He will follow up in clinic in two weeks.',
  'The knee was irrigated and the portals were closed with nylon sutures.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function synthetic(bytes: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const s = SENTENCES[Math.floor(r() * SENTENCES.length)];
    const piece = r() < 0.15 ? `${s}\n\n` : `${s} `;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, bytes);
}

function phraseList(): string[] {
  const r = defaultRuleset;
  const out = new Set<string>();
  for (const c of r.concepts ?? []) for (const p of c.phrases) out.add(p.toLowerCase());
  for (const t of r.triggers ?? []) out.add(t.phrase.toLowerCase());
  for (const t of r.terminations ?? []) out.add(t.phrase.toLowerCase());
  for (const h of r.headings ?? []) out.add(h.phrase.toLowerCase());
  for (const s of r.sides ?? []) out.add(s.phrase.toLowerCase());
  return [...out];
}

/** Median milliseconds of fn over enough runs. */
function time(fn: () => void, minRuns = 3, budgetMs = 1500): number {
  fn(); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < minRuns || (performance.now() - t0 < budgetMs && times.length < 50)) {
    const a = performance.now();
    fn();
    times.push(performance.now() - a);
  }
  times.sort((x, y) => x - y);
  return times[times.length >> 1];
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fmt = (x: number, w = 9) => x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2).padStart(w);

function main(): void {
  const buildMs = time(() => createEngine(defaultRuleset), 5, 2000);
  const engine = createEngine(defaultRuleset);
  const compiled = compile(defaultRuleset);
  const phrases = phraseList();
  const acBuild = time(() => new AhoCorasick(phrases), 3, 2000);
  const ac = new AhoCorasick(phrases);
  console.log(`phrases: ${phrases.length} (automaton states: ${compiled.automaton.states})`);
  console.log(`engine build: ${buildMs.toFixed(2)} ms (target < 20 ms); ahocorasick package build: ${acBuild.toFixed(2)} ms\n`);
  console.log('size      engine MB/s  ahocorasick MB/s  normalise MB/s  engine/ahoc  engine/normalise  engine ms/MB');
  const sizes: [string, number][] = [['1 KB', 1e3], ['100 KB', 1e5], ['1 MB', 1e6], ['4 MB', 4e6]];
  for (const [label, size] of sizes) {
    const text = synthetic(size);
    const lower = text.toLowerCase();
    // Small inputs are timed in batches (about 100 KB of calls), after a warm-up, so the
    // timer's resolution and the JIT's first runs do not dominate the per-MB figure.
    const reps = Math.max(1, Math.round(1e5 / size));
    const batch = (fn: () => void) => () => {
      for (let r = 0; r < reps; r++) fn();
    };
    if (reps > 1) for (let w = 0; w < 20; w++) batch(() => engine.analyze(text))();
    const e = time(batch(() => engine.analyze(text))) / reps;
    const a = time(batch(() => ac.search(lower))) / reps;
    const n = time(batch(() => tokenize(text, { vocab: compiled.vocab }))) / reps;
    console.log(
      `${label.padEnd(8)}${fmt(mbps(size, e), 12)}${fmt(mbps(size, a), 18)}${fmt(mbps(size, n), 16)}${fmt(e / a, 13)}${fmt(e / n, 18)}${fmt(e / (size / 1e6), 14)}`,
    );
  }
  console.log('\npathological inputs (engine):');
  const patho: [string, string][] = [
    ['1 MB of "no no no ..."', 'no '.repeat(333_334)],
    ['1 MB line, no spaces', 'x'.repeat(1e6)],
    ['1 MB of "a-" hyphen chains', 'a-'.repeat(5e5)],
    ['100,000 headings', 'PROCEDURE: x. '.repeat(100_000)],
    ['1 MB "pancoast resection no"', 'pancoast resection no mesh '.repeat(37_000)],
  ];
  for (const [label, text] of patho) {
    const ms = time(() => engine.analyze(text), 2, 1500);
    console.log(`  ${label.padEnd(30)} ${(text.length / 1e6).toFixed(2)} MB  ${ms.toFixed(1).padStart(7)} ms  ${fmt(mbps(text.length, ms), 7)} MB/s`);
  }
}

main();
