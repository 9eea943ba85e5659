import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openPopupWithShortcut, openTab, waitForResult } from './harness';
import { useBrowserEnv } from './session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through CDP, so the extension page's CSP does not block it). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const env = useBrowserEnv();

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', 'pancoast-mesh'],
    ['dark', 'takeback-bleeding'],
    ['light', 'no-thoracic'],
  ])('popup in %s mode on %s has no violations', async (scheme, note) => {
    const page = await openTab(env.session, `${env.origin}/ehr/${note}`);
    const popup = await openPopupWithShortcut(env.session, page);
    await popup.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
    await waitForResult(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each(['Codes and phrases', 'Add a code', 'Settings', 'Import and export', 'Licensed descriptors', 'Managed by your organisation'])(
    'options page, tab "%s", has no violations in light and dark mode',
    async (tab) => {
      const options = await env.session.context.newPage();
      await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
      await options.getByRole('tab', { name: tab }).click();
      if (tab === 'Codes and phrases') {
        await options.fill('#options-search', 'pancoast');
        await options.locator('.codes li[data-code="32503"] button').click();
      }
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(options), `${tab} in ${scheme} mode`).toEqual([]);
      }
      await options.close();
    },
  );

  it('every popup control is reachable by Tab and has a name', async () => {
    const page = await openTab(env.session, `${env.origin}/ehr/pancoast-mesh`);
    const popup = await openPopupWithShortcut(env.session, page);
    await waitForResult(popup);
    const controls = await popup.locator('button, summary, input, [tabindex]').count();
    const seen = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await popup.keyboard.press('Tab');
      const name = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const labelledBy = el.getAttribute('aria-labelledby');
        const name =
          el.getAttribute('aria-label') ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
          ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
          el.textContent;
        return `${el.tagName}:${(name ?? '').trim()}`;
      });
      if (name) {
        expect(name.split(':')[1], `focused ${name} has a name`).not.toBe('');
        seen.add(name);
      }
    }
    expect(seen.size).toBe(controls);
    await popup.close();
    await page.close();
  });
});
