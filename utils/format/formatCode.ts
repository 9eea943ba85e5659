/** `32504` + `['RT']` -> `32504-RT`, the form charge screens take. */
export function formatCode(code: string, modifiers: readonly string[]): string {
  return [code, ...modifiers].join('-');
}

