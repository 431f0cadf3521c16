import { z } from 'zod'
import { parseJsonText } from '../ingest/json-error.js'
import type { Diagnostic, PairOverrides } from '../types.js'

const idList = z.array(z.string().min(1)).min(2, 'expected at least two account ids')
const schema = z.strictObject({
  confirm: z.array(idList).default([]),
  reject: z.array(idList).default([]),
})

/**
 * Reads an analyst's overrides file: `{"confirm": [["001:1", "002:1"]], "reject": [["003:13", "004:1"]]}`.
 * A malformed file gives one diagnostic naming the file and the JSON path; nothing is half-applied.
 */
export function parsePairOverrides(text: string, file: string): { overrides?: PairOverrides; diagnostics: Diagnostic[] } {
  const json = parseJsonText(text)
  if ('problem' in json) {
    const { line, column, message } = json.problem
    return { diagnostics: [{ ...fail(file, 'malformed-json', `malformed JSON: ${message}`), line, column }] }
  }
  const parsed = schema.safeParse(json.value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'top level'
    return {
      diagnostics: [fail(file, 'invalid-pairs', `${where}: ${issue?.message ?? 'invalid'} (expected {"confirm": [[ids…]], "reject": [[ids…]]})`)],
    }
  }
  return { overrides: parsed.data, diagnostics: [] }
}

function fail(file: string, ruleId: string, message: string): Diagnostic {
  return { file, severity: 'error', ruleId, message }
}
