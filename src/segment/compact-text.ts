const BEYOND_LATIN1 = /[^\u0000-\u00ff]/

/**
 * The same text, stored one byte per character when every character fits in Latin-1. V8 keeps a
 * string cut from a two-byte string two-byte, so one emoji or curly quote anywhere in a file doubled
 * the memory of every account cut from it (100,000 synthetic accounts: 120 → 70 MB of text).
 */
export function compactText(text: string): string {
  if (BEYOND_LATIN1.test(text)) return text
  return Buffer.from(text, 'latin1').toString('latin1')
}
