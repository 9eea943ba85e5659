/** `npm run suggest -- [--json] FILE...`: the engine over text files ("-" is stdin). */
import { readFile } from 'node:fs/promises';
import { createEngine } from '../utils/engine/index';
import { runSuggest } from '../utils/engine/cli';
import { defaultRuleset } from '../data/index';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runSuggest(
  process.argv.slice(2),
  {
    readFile: (p) => readFile(p, 'utf8'),
    readStdin,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  },
  createEngine(defaultRuleset),
);
process.exitCode = code;
