/** `32504` + `['RT']` -> `32504-RT`, the form charge screens take. */
export function formatCode(code: string, modifiers: readonly string[]): string {
  return [code, ...modifiers].join('-');
}

export interface Codable {
  code: string;
  modifiers: readonly string[];
}

/** Several codes for one paste: comma separated by default. */
export function formatCodes(items: readonly Codable[], separator = ', '): string {
  return items.map((s) => formatCode(s.code, s.modifiers)).join(separator);
}
