/** One readout an analyst's notes quote: its lines without the ">" marks, and the site the notes name for it. */
export interface QuotedReadout {
  lines: string[]
  site: string | null
}

const QUOTED = /^[ \t]*>[ \t]?/
const HEADING = /^#{1,6}\s/
const HOST = /https?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i
/** Lines a quoted block needs to be a readout rather than a quoted phrase. */
const MIN_BLOCK_LINES = 2
/** "**Xi Jinping Holds Talks with …**": Markdown's bold marks around a pasted headline. */
const EMPHASIS = /\*\*|__/g

/**
 * The readouts an analyst's notes quote, one per block of ">" lines: a Markdown file that pastes each
 * side's readout under a heading naming its source ("### RU — Kremlin ([en.kremlin.ru](http://…))"), with
 * the analyst's comments between the blocks. The site of a block is the host of the last address above it
 * since the block before. Null when the text is not such notes: fewer than two quoted blocks, or a block
 * that no heading or address introduces (an e-mail quoting the message it answers).
 */
export function quotedReadouts(lines: readonly string[]): QuotedReadout[] | null {
  const blocks: QuotedReadout[] = []
  let block: string[] | null = null
  let site: string | null = null
  let introduced = false
  for (const line of lines) {
    if (QUOTED.test(line)) {
      if (block === null) {
        if (!introduced) return null
        block = []
      }
      block.push(line.replace(QUOTED, '').replace(EMPHASIS, ''))
      continue
    }
    // A blank line between two paragraphs of one quote does not end it.
    if (line.trim() === '') continue
    if (block !== null) {
      if (block.length >= MIN_BLOCK_LINES) blocks.push({ lines: block, site })
      block = null
      site = null
      introduced = false
    }
    const host = HOST.exec(line)?.[1]?.toLowerCase()
    if (host !== undefined) site = host
    introduced ||= HEADING.test(line) || host !== undefined
  }
  if (block !== null && (block as string[]).length >= MIN_BLOCK_LINES) blocks.push({ lines: block, site })
  return blocks.length >= 2 ? blocks : null
}
