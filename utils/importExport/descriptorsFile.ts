/**
 * An organisation's licensed CPT descriptor file: one code and its
 * descriptor per line, separated by a tab; a header line is optional; UTF-8
 * (with or without BOM) or Windows-1252; CRLF or LF. The text is licensed:
 * it is stored only in the user's part of the code store and left out of
 * exports unless the user asks.
 */
import { checkLine, CODE_RE, LIMITS, refuse } from '../store/validate';

export const MAX_DESCRIPTOR_BYTES = 20 * 1024 * 1024;
export const MAX_DESCRIPTOR_ROWS = 50_000;

export type DescriptorParse =
  | { ok: true; rows: { code: string; text: string }[]; encoding: 'utf-8' | 'windows-1252'; header: boolean }
  | { ok: false; errors: string[] };

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel on Windows writes). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export function parseDescriptorFile(bytes: Uint8Array): DescriptorParse {
  if (bytes.length > MAX_DESCRIPTOR_BYTES) return { ok: false, errors: [`The file is ${(bytes.length / 1048576).toFixed(1)} MB; the most CodeCue imports is ${MAX_DESCRIPTOR_BYTES / 1048576} MB`] };
  if (bytes.length === 0) return { ok: false, errors: ['The file is empty'] };
  if (bytes.includes(0)) return { ok: false, errors: ['The file holds binary data: expected text with a code and a descriptor on each line, separated by a tab'] };
  const { text, encoding } = decodeText(bytes);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const nonEmpty = lines.filter((l) => l.trim() !== '').length;
  if (nonEmpty > MAX_DESCRIPTOR_ROWS + 1) return { ok: false, errors: [`The file has ${nonEmpty} lines; the most CodeCue imports is ${MAX_DESCRIPTOR_ROWS}`] };

  const errors: string[] = [];
  const rows: { code: string; text: string }[] = [];
  const firstLine = new Map<string, { line: number; text: string }>();
  let header = false;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    const fields = line.split('\t');
    const code = fields[0].trim().toUpperCase();
    if (i === 0 && !CODE_RE.test(code)) {
      header = true; // "code<TAB>descriptor" or any title line
      return;
    }
    if (fields.length !== 2) return void errors.push(`line ${n}: expected a code and a descriptor separated by one tab, found ${fields.length} field${fields.length === 1 ? '' : 's'}`);
    if (!CODE_RE.test(code)) return void errors.push(`line ${n}: ${JSON.stringify(fields[0].slice(0, 24))} is not a five-character code`);
    const desc = checkLine(fields[1], `line ${n} (${code}): the descriptor`, LIMITS.descriptor, errors);
    if (desc === undefined) return;
    const prev = firstLine.get(code);
    if (prev !== undefined) {
      if (prev.text !== desc) errors.push(`line ${n} (${code}): ${code} is listed twice with different descriptors (first on line ${prev.line})`);
      return;
    }
    firstLine.set(code, { line: n, text: desc });
    rows.push({ code, text: desc });
  });
  if (errors.length) return refuse(errors);
  if (rows.length === 0) return { ok: false, errors: ['The file has no descriptor lines (a code, a tab, then the descriptor)'] };
  return { ok: true, rows, encoding, header };
}
