/**
 * Code store benchmarks (issue 4):
 *  - seeding the full built-in code set into a fresh store (target < 200 ms);
 *  - the code search answering each keystroke (target < 16 ms).
 *
 *   node --import tsx scripts/bench-store.ts
 *
 * IndexedDB is fake-indexeddb here (Node); Chromium's IndexedDB is of the
 * same order. The search is measured warm, as a coder types: every prefix
 * of each query, then the slowest and 95th-percentile keystroke.
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import Dexie from 'dexie';
import { defaultRuleset } from '../data';
import { CodeStore } from '../utils/store/db';
import { seedStore } from '../utils/store/seed';
import { createCodeSearch, searchEntries } from '../utils/search/codeSearch';
import type { Ruleset } from '../utils/engine/types';

const QUERIES = ['pancost', 'cryo', 'superior sulcus resection', 'vats lobectomy', 'chest tube', 'take back', 'decortication', '3250', 'talc slurry', 'microwave ablation'];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The code set scaled `k` times (fresh numbers), to show the headroom. */
function scaled(r: Ruleset, k: number): Ruleset {
  if (k === 1) return r;
  const codes = [];
  for (let i = 0; i < k; i++) for (const c of r.codes) codes.push({ ...c, code: i === 0 ? c.code : `${c.code.slice(0, 4)}${String.fromCharCode(65 + (i % 26))}${i}` });
  return { ...r, codes };
}

export async function benchSeed(ruleset: Ruleset, runs = 15): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const name = `bench-seed-${i}-${Date.now()}`;
    const db = new CodeStore(name);
    await db.open();
    const t0 = performance.now();
    await seedStore(db, ruleset);
    times.push(performance.now() - t0);
    db.close();
    await Dexie.delete(name);
  }
  return times;
}

export function benchSearch(ruleset: Ruleset, rounds = 20): number[] {
  const search = createCodeSearch(searchEntries(ruleset));
  // Warm up, as the page does while the coder starts typing.
  for (const q of QUERIES) search.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        const t0 = performance.now();
        search.search(q.slice(0, n));
        times.push(performance.now() - t0);
      }
    }
  }
  return times;
}

async function main() {
  const fmt = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`Code store benchmarks (Node ${process.version}, fake-indexeddb)\n`);
  for (const k of [1, 10]) {
    const r = scaled(defaultRuleset, k);
    const seed = await benchSeed(r);
    const search = benchSearch(r);
    const label = k === 1 ? `full code set (${r.codes.length} codes)` : `code set x${k} (${r.codes.length} codes)`;
    console.log(`${label}`);
    console.log(`  seed into an empty store: median ${fmt(percentile(seed, 50))}, max ${fmt(Math.max(...seed))}   (target < 200 ms)`);
    console.log(`  search per keystroke:     median ${fmt(percentile(search, 50))}, p95 ${fmt(percentile(search, 95))}, max ${fmt(Math.max(...search))} over ${search.length} keystrokes   (target < 16 ms)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
