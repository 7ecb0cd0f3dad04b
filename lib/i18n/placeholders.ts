/** The {placeholder} names in a template, sorted and without repeats, for comparing templates. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ""))].sort();
}
