/**
 * The `suggest` command, as a testable function: argv and io come in as
 * parameters, so tests run it without a process and scripts/suggest.ts only
 * wires Node's fs and streams to it.
 *
 *   suggest [--json] FILE...     ("-" reads standard input)
 */
import type { Engine, Suggestion } from './types';

export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface FileResult {
  file: string;
  suggestions: Suggestion[];
  error?: string;
}

export const USAGE = 'usage: suggest [--json] FILE...   ("-" reads standard input)';

/** Runs the command; resolves to the exit code. */
export async function runSuggest(argv: string[], io: CliIo, engine: Engine): Promise<number> {
  let json = false;
  const files: string[] = [];
  let literal = false;
  for (const a of argv) {
    if (!literal && a === '--') literal = true;
    else if (!literal && a === '--json') json = true;
    else if (!literal && (a === '--help' || a === '-h')) {
      io.stdout(`${USAGE}\n`);
      return 0;
    } else if (!literal && a.startsWith('--')) {
      io.stderr(`suggest: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (e) {
      failed = true;
      const why = e instanceof Error ? e.message : String(e);
      io.stderr(`suggest: cannot read ${file}: ${why}\n`);
      results.push({ file, suggestions: [], error: `cannot read ${file}: ${why}` });
      continue;
    }
    try {
      results.push({ file, suggestions: engine.analyze(text) });
    } catch (e) {
      failed = true;
      const why = e instanceof Error ? e.message : String(e);
      io.stderr(`suggest: failed on ${file}: ${why}\n`);
      results.push({ file, suggestions: [], error: `failed: ${why}` });
    }
  }
  if (json) io.stdout(`${JSON.stringify(results)}\n`);
  else io.stdout(formatTable(results));
  return failed ? 1 : 0;
}

/** A readable table: one block per file, one line per suggestion. */
export function formatTable(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`== ${r.file}`);
    if (r.error) {
      lines.push(`   error: ${r.error}`);
      continue;
    }
    if (r.suggestions.length === 0) {
      lines.push('   (no codes suggested)');
      continue;
    }
    lines.push(`   ${'code'.padEnd(16)} ${'conf'.padEnd(5)} evidence`);
    for (const s of r.suggestions) {
      const code = [s.code, ...s.modifiers].join('-') + (s.addOn ? ' +' : '');
      const mark = s.confidence >= 0.5 ? '' : ' (check)';
      const ev = s.evidence.map((e) => `"${e.text.replace(/\s+/g, ' ')}"`).slice(0, 2).join('; ');
      lines.push(`   ${code.padEnd(16)} ${s.confidence.toFixed(2)}${mark} ${ev}`);
      for (const w of s.warnings ?? []) lines.push(`      ! ${w}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
