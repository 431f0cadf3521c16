/**
 * Years given by an anniversary the text marks: "the 75th anniversary of Victory" is 2020, "next year
 * marks the 20th anniversary of the Treaty of Good-Neighbourliness" 2020, "the centenary of the Communist
 * Party of China" 2021. The events both ministries count their anniversaries from, with the year each
 * happened (the Treaty: 16 July 2001; the SCO: 15 June 2001; Soviet–Chinese relations: 2 October 1949).
 */
const ANCHORS: readonly { name: string; year: number; re: string }[] = [
  {
    name: 'Victory',
    year: 1945,
    re: "(?:the\\s+)?(?:Great\\s+)?Victory(?=\\s+(?:in\\s+the\\s+(?:Great\\s+Patriotic|Second\\s+World)\\s+War|Day|over|and)\\b|\\s*[,.;]|\\s*$)|the\\s+end\\s+of\\s+(?:the\\s+)?(?:Second\\s+World\\s+War|World\\s+War\\s+II)|the\\s+victory\\s+(?:over\\s+(?:fascism|Nazism|Japan)|of\\s+the\\s+Chinese\\s+People['’]s\\s+War|in\\s+the\\s+(?:Chinese\\s+People['’]s\\s+)?War\\s+of\\s+Resistance)",
  },
  { name: 'the United Nations', year: 1945, re: '(?:the\\s+(?:founding|establishment)\\s+of\\s+)?the\\s+(?:United\\s+Nations|UN)\\b' },
  { name: "the People's Republic of China", year: 1949, re: "the\\s+(?:founding|establishment)\\s+of\\s+the\\s+(?:People['’]s\\s+Republic\\s+of\\s+China|PRC)\\b" },
  {
    name: 'Russian–Chinese diplomatic relations',
    year: 1949,
    re: '(?:the\\s+establishment\\s+of\\s+)?diplomatic\\s+relations\\s+between\\s+(?:China\\s+and\\s+(?:Russia|the\\s+USSR|the\\s+Soviet\\s+Union)|(?:Russia|the\\s+USSR|the\\s+Soviet\\s+Union)\\s+and\\s+China)\\b|(?:the\\s+establishment\\s+of\\s+)?(?:China|Russia)[-–](?:Russia|China)\\s+diplomatic\\s+relations\\b',
  },
  { name: 'the Treaty of Good-Neighbourliness', year: 2001, re: '(?:the\\s+)?(?:[\\w-]+\\s+){0,2}Treaty\\s+of\\s+Good[-\\s]?Neighbo(?:u)?rliness\\b' },
  { name: 'the SCO', year: 2001, re: '(?:the\\s+(?:founding|establishment)\\s+of\\s+)?the\\s+(?:SCO|Shanghai\\s+Cooperation\\s+Organi[sz]ation)\\b' },
  { name: 'the Communist Party of China', year: 1921, re: '(?:the\\s+founding\\s+of\\s+)?the\\s+(?:Communist\\s+Party\\s+of\\s+China|CPC)\\b' },
]

const ORDINAL = '(\\d{1,3})(?:st|nd|rd|th)'
const ANCHOR = `(${ANCHORS.map((a) => `(?:${a.re})`).join('|')})`
/** "the 75th anniversary of Victory", "the centenary of the CPC", "the 20th anniversary of the signing of the Treaty …". */
const ANNIVERSARY = new RegExp(
  `\\b(?:${ORDINAL}\\s+anniversary|(centenary|centennial))\\s+of\\s+(?:the\\s+(?:signing|founding|establishment)\\s+of\\s+)?${ANCHOR}`,
  'giu',
)
const ANY_ANNIVERSARY = /anniversary|centenary|centennial/i
/** Words of the sentence that move the anniversary from the event's year: "next year marks …". */
const NEXT_YEAR = /\b(?:next\s+year|the\s+coming\s+year)\b/i
const LAST_YEAR = /\blast\s+year\b/i

const anchorRes = ANCHORS.map((a) => ({ ...a, compiled: new RegExp(`^(?:${a.re})`, 'iu') }))

/** The year an anniversary in `text` gives the event, and the phrase that gives it; the first that does. */
export function yearFromAnniversary(text: string): { year: number; evidence: string } | null {
  // The alternation of every anchor is dear to run over a whole text; most texts name no anniversary.
  if (!ANY_ANNIVERSARY.test(text)) return null
  ANNIVERSARY.lastIndex = 0
  for (let m = ANNIVERSARY.exec(text); m !== null; m = ANNIVERSARY.exec(text)) {
    const nth = m[2] !== undefined ? 100 : Number(m[1])
    const anchor = anchorRes.find((a) => a.compiled.test(m![3]!))
    if (anchor === undefined || nth < 1) continue
    const start = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1
    const end = text.slice(m.index).search(/[.\n]/)
    const sentence = text.slice(start, end < 0 ? undefined : m.index + end)
    // "2026 marks the 25th anniversary …" in a post of December 2025: a sentence that names a year of its
    // own speaks of that year, which need not be the event's.
    if (/\b(?:19|20)\d{2}\b/.test(sentence)) continue
    const shift = NEXT_YEAR.test(sentence) ? -1 : LAST_YEAR.test(sentence) ? 1 : 0
    const phrase = m[0].replace(/\s+/g, ' ')
    const when = shift === -1 ? ', next year' : shift === 1 ? ', last year' : ''
    return { year: anchor.year + nth + shift, evidence: `"${phrase}"${when} (${anchor.name}: ${anchor.year})` }
  }
  return null
}
