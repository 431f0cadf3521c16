declare const safeHtmlBrand: unique symbol

/**
 * Markup that render code built itself, from escaped input and literal tags. Only values of this
 * type may reach a template through `{{{…}}}`; input text becomes one only via `escapeHtml`.
 */
export type SafeHtml = string & { readonly [safeHtmlBrand]: true }

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
}

const SPECIAL = /[&<>"'`=]/
const SPECIALS = /[&<>"'`=]/g

/**
 * Escapes text for HTML element content and quoted attribute values (the same characters as
 * Handlebars' `{{…}}`, so hand-built markup and template output agree byte for byte).
 */
export function escapeHtml(text: string): SafeHtml {
  // Most sentences need no escaping: test first, replace only when needed (10,000-event reports).
  if (!SPECIAL.test(text)) return text as SafeHtml
  return text.replace(SPECIALS, (c) => ENTITIES[c] ?? c) as SafeHtml
}

/** Joins pieces that are already safe. */
export function joinHtml(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return parts.join(escapeHtml(separator)) as SafeHtml
}

/**
 * Marks a literal that render code wrote (a tag, an SVG element with numeric attributes) as safe.
 * Never pass input text: use `escapeHtml`.
 */
export function literalHtml(markup: string): SafeHtml {
  return markup as SafeHtml
}
