import { hashtagsOf, isHashtagLine } from '../ingest/lines.js'

/**
 * Moves lines that hold only hashtags ("#RussiaChina #UNGA77", "📸 #PhotoOfTheDay" once its emoji is
 * gone) out of the text into `tags` (without `#`, in order, unique). Hashtags inside a sentence
 * ("#BRICS, #SCO") are words of the text and stay.
 */
export function takeTagLines(lines: readonly string[]): { lines: string[]; tags: string[] } {
  const kept: string[] = []
  const tags = new Set<string>()
  for (const line of lines) {
    if (isHashtagLine(line)) for (const tag of hashtagsOf(line)) tags.add(tag)
    else kept.push(line)
  }
  return { lines: kept, tags: [...tags] }
}
