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

/**
 * The same string, made flat while it is young. A template literal builds a tree of pieces (a
 * "cons string") that V8 keeps until the string is read; kept as they are, 200,000 reasons of 70
 * characters took 69 MB, flattened 21 MB (reading a character flattens the tree in place, and the
 * next scavenge drops the pieces). For strings that are kept, not for those read once.
 */
export function flatString(text: string): string {
  text.charCodeAt(0)
  return text
}
