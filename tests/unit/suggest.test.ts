import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSuggest, formatTable, type CliIo } from '../../utils/engine/cli';
import { createEngine } from '../../utils/engine/index';
import { defaultRuleset } from '../../data/index';

const engine = createEngine(defaultRuleset);
const root = resolve(__dirname, '../..');
const fixture = (name: string) => resolve(root, 'tests/fixtures/notes', name);

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (p) => {
      if (p in files) return files[p];
      throw new Error('ENOENT: no such file');
    },
    readStdin: async () => stdin,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return { io, out, err };
}

describe('suggest CLI (in process)', () => {
  it('prints exactly one JSON array, one entry per file, in order', async () => {
    const { io, out, err } = fakeIo({ 'a.txt': 'PROCEDURE: Right Pancoast tumor resection.', 'b.txt': 'Knee arthroscopy.' });
    const code = await runSuggest(['--json', 'a.txt', 'b.txt'], io, engine);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const parsed = JSON.parse(out.join(''));
    expect(parsed.map((r: { file: string }) => r.file)).toEqual(['a.txt', 'b.txt']);
    expect(parsed[0].suggestions[0].code).toBe('32503');
    expect(parsed[0].suggestions[0].modifiers).toEqual(['RT']);
    expect(parsed[1].suggestions).toEqual([]);
  });

  it('reports a missing file on stderr, keeps going, exits non-zero', async () => {
    const { io, out, err } = fakeIo({ 'b.txt': 'PROCEDURE: Left artificial pneumothorax.' });
    const code = await runSuggest(['--json', 'missing.txt', 'b.txt'], io, engine);
    expect(code).toBe(1);
    expect(err.join('')).toContain('missing.txt');
    const parsed = JSON.parse(out.join(''));
    expect(parsed[0]).toMatchObject({ file: 'missing.txt', suggestions: [] });
    expect(parsed[0].error).toContain('missing.txt');
    expect(parsed[1].suggestions[0].code).toBe('32960');
  });

  it('reads "-" from standard input', async () => {
    const { io, out } = fakeIo({}, 'PROCEDURE: CT-guided percutaneous cryoablation of a left lower lobe lung nodule.');
    await runSuggest(['--json', '-'], io, engine);
    const parsed = JSON.parse(out.join(''));
    expect(parsed[0].file).toBe('-');
    expect(parsed[0].suggestions[0]).toMatchObject({ code: '32994', modifiers: ['LT'] });
  });

  it.each([[[]], [['--json']], [['--bogus', 'a.txt']]])('usage error for %j', async (argv) => {
    const { io, err } = fakeIo({});
    expect(await runSuggest(argv, io, engine)).toBe(2);
    expect(err.join('')).toContain('usage');
  });

  it('prints a readable table without --json', async () => {
    const { io, out } = fakeIo({ 'a.txt': 'PROCEDURE: Right Pancoast tumor resection with Marlex mesh chest wall reconstruction.' });
    await runSuggest(['a.txt'], io, engine);
    const text = out.join('');
    expect(text).toContain('== a.txt');
    expect(text).toContain('32504-RT');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('formats errors and empty results', () => {
    const t = formatTable([{ file: 'x', suggestions: [], error: 'cannot read x' }, { file: 'y', suggestions: [] }]);
    expect(t).toContain('error: cannot read x');
    expect(t).toContain('(no codes suggested)');
  });
});

describe('suggest CLI (real command)', () => {
  it('npm run suggest -- --json over fixtures, with a missing file', () => {
    const files = ['pancoast-mesh.txt', 'no-thoracic.txt'].map(fixture);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/suggest.ts', '--json', files[0], 'nope.txt', files[1]], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.txt');
    const parsed = JSON.parse(r.stdout);
    expect(parsed).toHaveLength(3);
    expect(parsed[0].suggestions[0]).toMatchObject({ code: '32504', modifiers: expect.arrayContaining(['RT']) });
    expect(parsed[1]).toMatchObject({ file: 'nope.txt', suggestions: [] });
    expect(parsed[2].suggestions.filter((s: { confidence: number }) => s.confidence >= 0.5)).toEqual([]);
    const text = readFileSync(files[0], 'utf8');
    for (const e of parsed[0].suggestions[0].evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }, 60_000);

  it('through npm itself, exactly as the evaluation runs it, stdout is one JSON array and nothing else', () => {
    // npm prints a "> codecue@… suggest" banner on stdout unless its log level is silent (.npmrc).
    const r = spawnSync('npm', ['run', 'suggest', '--', '--json', fixture('pancoast-mesh.txt')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trimStart().startsWith('[')).toBe(true);
    expect(JSON.parse(r.stdout)[0].suggestions[0].code).toBe('32504');
  }, 60_000);

  it('reads stdin with "-"', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/suggest.ts', '--json', '-'], {
      cwd: root,
      input: 'PROCEDURE: Right re-do thoracotomy for postoperative bleeding (take-back).',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].suggestions[0].code).toBe('32120');
  }, 60_000);
});
