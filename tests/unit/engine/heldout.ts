/**
 * Held-out thoracic notes (tests/fixtures/notes/heldout/*.txt) and what a
 * coder would report for each (expectations.json, written before the engine
 * was run on them). Shared by heldout.test.ts and `npx tsx tests/unit/engine/heldout.ts`,
 * which prints accuracy per code and per class.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../../utils/engine/types';

export interface HeldoutCase {
  name: string;
  cls: string;
  text: string;
  expect: { code: string; mods?: string[] }[];
}

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/notes/heldout');

/** Batches: 'expectations.json' (first 44 notes), then blind batches of 30, 36 and 36 ('expectations-b2.json' ...). */
export const BATCHES = ['expectations.json', 'expectations-b2.json', 'expectations-b3.json', 'expectations-b4.json'];

export function loadHeldout(file = 'expectations.json'): HeldoutCase[] {
  const exp = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, { cls: string; expect: HeldoutCase['expect'] }>;
  return Object.entries(exp).map(([name, e]) => ({ name, cls: e.cls, expect: e.expect, text: readFileSync(resolve(dir, `${name}.txt`), 'utf8') }));
}

export function reportedOf(engine: Engine, text: string): { code: string; mods: string[] }[] {
  return engine.analyze(text).filter((s) => s.confidence >= 0.5).map((s) => ({ code: s.code, mods: s.modifiers }));
}

const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Per case: top-1 right, codes exactly right, modifiers right where checked. */
export function score(engine: Engine, k: HeldoutCase): { top1: boolean; codes: boolean; mods: boolean; got: { code: string; mods: string[] }[] } {
  const got = reportedOf(engine, k.text);
  const top1 = (got[0]?.code ?? null) === (k.expect[0]?.code ?? null);
  const codes = same(got.map((g) => g.code), k.expect.map((e) => e.code));
  const mods = k.expect.every((e) => !e.mods || same(got.find((g) => g.code === e.code)?.mods ?? ['?'], e.mods));
  return { top1, codes, mods, got };
}

async function main(): Promise<void> {
  const { createEngine } = await import('../../../utils/engine/index');
  const { defaultRuleset } = await import('../../../data/index');
  const engine = createEngine(defaultRuleset);
  const byCls = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  let n = 0;
  let t1 = 0;
  let all = 0;
  const arg = process.argv[2];
  const files = arg === 'all' ? BATCHES : [/^b[2-9]$/.test(arg ?? '') ? `expectations-${arg}.json` : (arg ?? 'expectations.json')];
  for (const k of files.flatMap((f) => loadHeldout(f))) {
    const s = score(engine, k);
    n++;
    if (s.top1) t1++;
    const ok = s.top1 && s.codes && s.mods;
    if (ok) all++;
    for (const [m, key] of [[byCls, k.cls], [byCode, k.expect[0]?.code ?? 'none']] as const) {
      const v = m.get(key) ?? [0, 0];
      v[0] += ok ? 1 : 0;
      v[1]++;
      m.set(key, v);
    }
    if (!ok) console.log(`MISS ${k.name}: expected ${JSON.stringify(k.expect)} got ${JSON.stringify(s.got)}`);
  }
  console.log(`\n${n} notes: top-1 ${t1}/${n}, all codes and modifiers right ${all}/${n}`);
  console.log('by class:', [...byCls].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '));
  console.log('by code:', [...byCode].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '));
}

if (process.argv[1]?.endsWith('heldout.ts')) void main();
