/**
 * `node --import tsx scripts/bench-page.ts` (after `npx wxt build`): the page
 * side in real Chromium, with the built extension.
 *
 * For generated EHR note pages of about 100 KB and 2 MB of visible text
 * (thousands of paragraphs, inline markup and tables, the way a long chart
 * export looks), opened the way a coder opens CodeCue (Alt+Shift+K):
 *   - popup open -> suggestions rendered: median of RUNS,
 *   - the longest task on the page's main thread while CodeCue reads it
 *     (PerformanceObserver 'longtask' installed in the page; 0 = none over 50 ms),
 *   - the content script's read alone (getPageText round trip from the popup),
 * and the gzipped size of the built content script and popup JavaScript.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { EXTENSION_DIR, launchWithExtension, openPopupWithShortcut } from '../tests/browser/harness';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = [
  { name: '100 KB', bytes: 100_000 },
  { name: '2 MB', bytes: 2_000_000 },
];

const PARAGRAPHS = [
  'The patient was brought to the operating room and placed supine. General anesthesia was induced and a <b>double-lumen</b> endotracheal tube was placed.',
  'Vital signs remained stable throughout. Hemostasis was confirmed and the sponge and needle counts were correct at the end of the case.',
  'Nursing note: pain controlled with <i>oral analgesics</i>; ambulating in the hallway; incentive spirometry encouraged every hour while awake.',
  'Medication reconciliation reviewed with the patient and family; no changes to home medications other than the <span class="drug">anticoagulant</span> hold.',
];
const PROCEDURE =
  '<h3>Operative note</h3><p><b>PREOPERATIVE DIAGNOSIS:</b> Right superior sulcus (Pancoast) tumor.</p>' +
  '<p><b>PROCEDURE PERFORMED:</b> Right Pancoast tumor resection with en bloc resection of ribs 1 through 3 and chest wall reconstruction with Marlex mesh.</p>' +
  '<p><b>DESCRIPTION OF PROCEDURE:</b> A right posterolateral thoracotomy was performed. The superior sulcus tumor was resected en bloc with the upper lobe apex and ribs 1 through 3. The chest wall defect was reconstructed with Marlex mesh.</p>';

/** An EHR-like page with about `bytes` characters of visible note text. */
function notePage(bytes: number): string {
  const parts: string[] = [PROCEDURE];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    if (i % 25 === 24) parts.push(`<table><tr><td>Date</td><td>Day ${i}</td></tr><tr><td>Heart rate</td><td>${60 + (i % 30)}</td></tr></table>`);
    parts.push(`<p>Entry ${i}: ${p}</p>`);
    length += p.replace(/<[^>]+>/g, '').length + 12;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Chart</title>
<style>body{font-family:sans-serif;margin:0;display:grid;grid-template-columns:200px 1fr}header{grid-column:1/3;background:#234;color:#fff;padding:8px}nav{background:#eef;padding:8px}main{padding:12px}</style>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
</script></head>
<body><header>DOE, JANE · MRN 000123</header><nav><ul><li>Summary</li><li>Notes</li><li>Orders</li></ul></nav>
<main>${parts.join('\n')}</main></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Every JS file a page of the built extension loads: its module scripts and what they import, transitively. */
function scriptsOf(htmlFile: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) visit(resolvePath(dirname(file), m[1]));
  };
  const html = readFileSync(htmlFile, 'utf8');
  for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) visit(join(EXTENSION_DIR, m[1]));
  return [...seen];
}

function gzipSize(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
  const pages = new Map(SIZES.map((s) => [`/${s.bytes}.html`, notePage(s.bytes)]));
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = await launchWithExtension();
  const rows: string[][] = [];
  try {
    for (const size of SIZES) {
      const openToRendered: number[] = [];
      const popupToRendered: number[] = [];
      const readOnly: number[] = [];
      const longestTasks: number[] = [];
      let textLength = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await session.context.newPage();
        await page.goto(`${origin}/${size.bytes}.html`, { waitUntil: 'load' });
        // Let the page's own first layout and paint happen before measuring (a
        // background tab lays a 2 MB page out only when it comes to the front).
        await page.bringToFront();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.waitForTimeout(500);
        const loadEnd = await page.evaluate(() => performance.now());
        const started = performance.now();
        const popup = await openPopupWithShortcut(session, page);
        await popup.waitForSelector('.suggestions, .state.nothing', { timeout: 60_000 });
        openToRendered.push(performance.now() - started);
        // The same span from the popup's own start (its document's time origin), which leaves out the
        // browser creating the popup window and the test driver attaching to it.
        await popup.waitForFunction(() => performance.getEntriesByName('codecue:rendered').length > 0);
        popupToRendered.push(await popup.evaluate(() => performance.getEntriesByName('codecue:rendered')[0].startTime));

        // The read alone, again, from the open popup (the content script is injected now).
        const read = await popup.evaluate(async () => {
          const chrome = (globalThis as any).chrome;
          const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
          const t0 = performance.now();
          const reply = await chrome.tabs.sendMessage(tab.id, { id: 1, type: 'getPageText', timestamp: Date.now() }, { frameId: 0 });
          return { ms: performance.now() - t0, length: reply.res.text.length as number };
        });
        readOnly.push(read.ms);
        textLength = read.length;
        const tasks: Array<{ start: number; duration: number }> = await page.evaluate(() => (window as any).__longTasks);
        longestTasks.push(Math.max(0, ...tasks.filter((t) => t.start >= loadEnd).map((t) => t.duration)));
        await popup.close();
        await page.close();
      }
      rows.push([
        size.name,
        `${(textLength / 1000).toFixed(0)} k chars`,
        `${median(openToRendered).toFixed(0)} ms`,
        `${median(popupToRendered).toFixed(0)} ms`,
        `${median(readOnly).toFixed(0)} ms`,
        longestTasks.map((t) => (t === 0 ? '-' : t.toFixed(0))).join(' '),
      ]);
    }
  } finally {
    await session.close();
    server.close();
  }

  const contentJs = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  const popupJs = scriptsOf(join(EXTENSION_DIR, 'popup.html'));
  console.log(`Page reading in Chromium (${RUNS} runs each; times are medians; load average ${loadavg()[0].toFixed(1)})\n`);
  const header = ['page', 'text read', 'key press -> suggestions', 'popup start -> suggestions (target 150 / 600)', 'read (content script)', 'longest task per run, ms (- = none over 50)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\ncontent script: ${kb(gzipSize([contentJs]))} gzipped (limit 30 KB)`);
  console.log(`popup JS (what popup.html loads: ${popupJs.map((f) => f.slice(EXTENSION_DIR.length + 1)).join(', ')}): ${kb(gzipSize(popupJs))} gzipped (limit 60 KB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
