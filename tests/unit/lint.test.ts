import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath = 'components/Sample.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('house lint rules that keep page text inert', () => {
  it.each([
    ['innerHTML assignment', 'export function f(el: HTMLElement, t: string) { el.innerHTML = t; }', 'no-restricted-syntax'],
    ['outerHTML read', 'export const f = (el: HTMLElement) => el.outerHTML;', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML('beforeend', t); }", 'no-restricted-syntax'],
    ['dangerouslySetInnerHTML in JSX', 'export const C = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;', 'no-restricted-syntax'],
    ['eval', 'export const f = (s: string) => eval(s);', 'no-eval'],
    ['new Function', "export const f = (s: string) => new Function('x', s);", 'no-new-func'],
    ['console.log', 'export const f = (s: string) => console.log(s);', 'no-console'],
  ])('forbids %s', async (_label, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('allows rendering text as text and logging errors', async () => {
    expect(await ruleIds("export const C = ({ t }: { t: string }) => <p>{t}</p>;\nexport const g = (el: HTMLElement, t: string) => { el.textContent = t; console.error('failed'); };")).toEqual([]);
  });

  it('the whole codebase passes', async () => {
    const results = await eslint.lintFiles(['entrypoints', 'components', 'utils', 'data', 'scripts']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
