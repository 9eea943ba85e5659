/**
 * Hostile and huge pages, made on request so no megabytes sit in the repo.
 * Every page carries one real procedure so a test can tell "read and coded"
 * from "gave up".
 */

const PROCEDURE = `PROCEDURE PERFORMED: Right Pancoast tumor resection with chest wall reconstruction using Marlex mesh.
DESCRIPTION OF PROCEDURE: Through a right posterolateral thoracotomy the superior sulcus tumor was resected en bloc with ribs 1 to 3 and the chest wall was reconstructed with Marlex mesh.`;

const FILLER = 'The patient tolerated the procedure well. Vital signs remained stable throughout. Hemostasis was confirmed and the sponge and needle counts were correct. ';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function filler(chars: number, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    parts.push(FILLER);
    length += FILLER.length;
    if (separator) {
      parts.push(separator);
      length += separator.length;
    }
  }
  return parts.join('');
}

export function generatedPage(name: string, params: URLSearchParams): string | null {
  const mb = Number(params.get('mb') ?? '1');
  switch (name) {
    case 'hostile-markup': {
      // Markup typed into the note sits right beside the evidence, so it lands in the popup's snippet.
      const note = `PROCEDURE PERFORMED: Right Pancoast tumor resection <img src="x" onerror="window.__pwned = true"> <script>window.__pwned = true; alert('x')</script> {{constructor.constructor('window.__pwned=true')()}} with chest wall reconstruction using Marlex mesh.\n${PROCEDURE}`;
      return page('Hostile markup', `<div id="note" style="white-space: pre-wrap">${escapeHtml(note)}</div>`);
    }
    case 'huge-note':
      // Paragraph-sized lines, as a long chart export has.
      return page('Huge note', `<div style="white-space: pre-wrap">${escapeHtml(PROCEDURE)}\n${escapeHtml(filler(mb * 1_000_000, '\n'))}</div>`);
    case 'long-line':
      return page('One long line', `<div>${escapeHtml(PROCEDURE)}</div><div>${escapeHtml(filler(mb * 1_000_000, ''))}</div>`);
    case 'many-elements': {
      const n = Number(params.get('n') ?? '100000');
      const rows: string[] = [];
      for (let i = 0; i < n; i++) rows.push(`<span class="c${i % 7}">cell ${i}</span>`);
      return page('Many elements', `<div style="white-space: pre-wrap">${escapeHtml(PROCEDURE)}</div><div>${rows.join('')}</div>`);
    }
    case 'nested-frames': {
      const depth = Number(params.get('depth') ?? '20');
      const level = Number(params.get('level') ?? '0');
      if (level >= depth) return page(`Frame ${level}`, `<div style="white-space: pre-wrap">${escapeHtml(PROCEDURE)}</div>`);
      return page(`Frame ${level}`, `<p>Level ${level}</p><iframe src="/gen/nested-frames?depth=${depth}&amp;level=${level + 1}" style="width:95%;height:300px"></iframe>`);
    }
    default:
      return null;
  }
}
