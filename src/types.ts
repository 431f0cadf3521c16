/**
 * Data passed between the pipeline stages. Types used by a single stage stay in that stage's file.
 *
 *   paths ─ingest→ RawDocument[] ─segment→ Account[] ─extract→ Account[] with facts
 *         ─align→ AlignedEvent[] ─analyse→ Analysis ─render→ files
 */

/** Which ministry an account comes from: the Russian MFA or the Chinese MFA. */
export type Side = 'ru' | 'cn'

/** Character range in a string (for an Account: in `Account.text`): 0-based, end exclusive. */
export type Span = readonly [start: number, end: number]

/** A value parallax settled on, with why; `inferred` is true when the text does not state it. */
export interface Decided<T> {
  value: T
  /** Human-readable evidence, e.g. "Telegram channel 'Russian MFA'" or "year from #UNGA77". */
  reason: string
  inferred: boolean
}

/** How an input file was recognised (from its content, never from configuration). */
export type SourceFormat = 'web-text' | 'telegram-text' | 'telegram-json' | 'telegram-html' | 'html'

/** One input file. */
export interface Source {
  /** The path as given by the user (relative paths stay relative: reports must not leak absolute paths). */
  path: string
  /** File name without folders, e.g. `003_5386bee5090c7a93.txt`. */
  name: string
  /** Hex sha256 of the raw bytes, for provenance. */
  sha256: string
  format: SourceFormat
  /** Size of the raw file in bytes. */
  bytes: number
}

/** A problem with an input or an option. The library returns these; the CLI prints them, one line each. */
export interface Diagnostic {
  /** The file concerned, as given by the user (or the option name for option problems). */
  file: string
  severity: 'error' | 'warning'
  /** Stable machine id, e.g. `empty-file`, `binary-file`, `not-utf8`, `malformed-json`, `unreadable`. */
  ruleId: string
  /** One line, no trailing period needed: "malformed JSON at 1:345 (expected a Telegram Desktop export)". */
  message: string
  /** 1-based line in the file, where known. */
  line?: number
  /** 1-based column in the line, where known. */
  column?: number
}

/** One post or page as a reader found it, before cleaning. */
export interface RawPost {
  /** 1-based position of the post in its file. */
  n: number
  /** The post's text with its original line breaks (Telegram noise and duplicated bodies still in). */
  body: string
  /** Page title where the format has one (HTML <title>/<h1>, a web-text headline); else null. */
  title: string | null
  /** Publication date from metadata (Telegram JSON `date`, a page's "2022-09-22 18:04" line), `YYYY-MM-DD`; else null. */
  published: string | null
  /** Where the post came from, e.g. the "Forwarded from Russian MFA 🇷🇺" channel name, "fmprc.gov.cn"; else null. */
  channel: string | null
  /** `MM-DD` when only a day and month date the post (a web preview's "June 19" above it) and `published` is null. */
  publishedMonthDay?: string
}

/** One input file after reading: its provenance and its posts (one for a web page). */
export interface RawDocument {
  source: Source
  /** `telegram` for channel dumps and exports, `web` for pages. */
  medium: 'telegram' | 'web'
  posts: RawPost[]
}

/** Who says a sentence, where the text marks it. */
export interface Speaker {
  /** `journalist`: a question ("❓", "Question:"); `person`: a named speaker; `narrator`: reported speech. */
  role: 'journalist' | 'person' | 'narrator'
  /** Canonical name of the person (gazetteer), for `person`; else null. */
  name: string | null
  /** The side the person belongs to, where the gazetteer knows it; else null. */
  side: Side | null
}

/** A sentence of an account: its span in `Account.text` and its speaker. */
export interface Sentence {
  span: Span
  speaker: Speaker
}

/** What kind of event an account reports. */
export type EventKind =
  | 'talks'
  | 'meeting'
  | 'phone call'
  | 'videoconference'
  | 'visit'
  | 'interview'
  | 'press conference'
  | 'remarks'
  | 'statement'
  | 'message'
  | 'address'
  | 'multilateral meeting'
  | 'arrival'
  | 'ceremony'
  | 'other'

/** How much of the event date the account itself states. */
export type DatePrecision =
  /** Day, month and year are in the text. */
  | 'stated'
  /** Day and month are in the text; the year comes from neighbouring posts, tags (#UNGA77) or metadata. */
  | 'year-inferred'
  /** No date in the text; `window` bounds it from the neighbouring posts. */
  | 'window'
  /** Nothing to go on. */
  | 'none'

/** The event date of an account, with its precision and evidence. */
export interface EventDate extends Decided<string | null> {
  /** `YYYY-MM-DD`, or null when only a window (or nothing) is known. */
  value: string | null
  precision: DatePrecision
  /** Earliest and latest possible dates (`YYYY-MM-DD`), or null. For a stated date, null. */
  window: readonly [from: string, to: string] | null
  /**
   * `MM-DD` when the text states a day ("On February 20") but nothing gives its year: alignment can
   * still compare it with dated accounts. Absent otherwise.
   */
  monthDay?: string
  /**
   * Days of the year (`MM-DD`) the event may fall on when only a web preview's day without a year ("June 19"
   * above the post) dates the account: that day for "today", the day before for "yesterday", the week up to
   * it for "on Thursday" (then `weekday` is 4, Sunday 0), that day or the one before otherwise. Alignment
   * compares them with the other side's dated accounts. Absent otherwise.
   */
  daysOfYear?: { monthDays: string[]; weekday: number | null }
}

/** Facts about the event an account reports. */
export interface EventFacts {
  date: EventDate
  /** The place as stated (canonical spelling from the gazetteer when known), null when the text names none. Never guessed. */
  place: Decided<string | null>
  /** Canonical names of the people taking part (gazetteer), in order of first mention. */
  participants: string[]
  /**
   * ISO codes (lower case) of the counterpart countries the head names, Russia and China aside:
   * `["la"]` for Lavrov's meeting with Laos's minister, `[]` for a Russia–China readout. Read only
   * where a country stands as the counterpart ("Foreign Minister of Laos", "Russia-Laos"), never from
   * places or topics ("in Vientiane, Laos", "the Ukraine crisis").
   */
  countries: string[]
  kind: Decided<EventKind>
}

/** One account of one event: a web page, or one Telegram post. */
export interface Account {
  /** `<file prefix>:<n>`, e.g. `003:12` (prefix = file name up to its first `_`; the whole stem when prefixes clash). */
  id: string
  source: Source
  /** 1-based position of the post in its file. */
  n: number
  medium: 'telegram' | 'web'
  side: Decided<Side>
  /** Title or first line of the account (already part of `text` for Telegram posts). */
  title: string
  /** Cleaned body: noise and duplicated bodies removed. Every Span of this account points into it. */
  text: string
  sentences: Sentence[]
  /** Hashtags from tag-only lines, without `#`, in order, unique: `RussiaChina`, `UNGA77`. */
  tags: string[]
  /** Publication date from metadata (`YYYY-MM-DD`), where the input has one. */
  published: string | null
  /** The channel or site named by the input, where known. */
  channel: string | null
  /**
   * `MM-DD` of the day a Telegram web preview posted it under, when the preview gives no year ("June 19"
   * above the post) and `published` is null: extract finds the year from the neighbours where it can.
   */
  publishedMonthDay: string | null
  /**
   * The last year of the page's copyright line ("© TASS 1999-2016" → 2016), where it has one: the year
   * the page was printed, so no event it tells is later. The year of a stamp that gives none ("September 04, 9:58").
   */
  copyrightYear: number | null
  facts: EventFacts
}

/** An account before `extract` has run: sentences as bare spans, speakers and facts still to be found. */
export type SegmentedAccount = Omit<Account, 'facts' | 'sentences'> & { sentences: Span[] }

/** Accounts that tell one event: one or both sides; a side may hold several accounts (a release and its post). */
export interface AlignedEvent {
  /** Stable slug, e.g. `2024-06-10-lavrov-wang-yi-nizhny-novgorod`. Unique within a run. */
  id: string
  date: string | null
  place: string | null
  participants: string[]
  /** Account ids of the Russian side, sorted. */
  ru: string[]
  /** Account ids of the Chinese side, sorted. */
  cn: string[]
  /** In [0, 1]: how sure parallax is that these accounts tell one event (1 for a lone account). */
  confidence: number
  /** Evidence for the grouping: "same date 2024-06-10", "both name Wang Yi and Sergey Lavrov". */
  reasons: string[]
  /** Evidence against it: "dates 1 day apart", "no shared place". */
  against: string[]
  /** Set when an analyst's override file decided this grouping. */
  override: 'confirmed' | null
}

/** An analyst's corrections to alignment, by account ids. */
export interface PairOverrides {
  /** Each inner list: accounts that must form one event. */
  confirm: string[][]
  /** Each inner list: accounts that must not share an event (pairwise). */
  reject: string[][]
}

/** A theme of the lexicon: one idea and the wordings that express it. */
export interface Theme {
  /** Stable id, e.g. `global-south`. */
  id: string
  label: string
  /** Wording variants: plain phrases (case-insensitive, whole words) or `/regex/` strings. */
  variants: string[]
  /** Themes in one family are alternative labels for one thing (global-south / global-majority). */
  family?: string
  note?: string
  source?: string
}

export interface Lexicon {
  themes: Theme[]
  /** Human-readable names of the families used by the themes. */
  families: Record<string, string>
}

/** One mention of a theme in an account. */
export interface ThemeHit {
  theme: string
  span: Span
  /** Index into `Account.sentences`. */
  sentence: number
}

/** A sentence of one account. */
export interface SentenceRef {
  account: string
  /** Index into that account's `sentences`. */
  sentence: number
}

/** One theme in one side's account of a paired event. */
export interface ThemeSideStats {
  count: number
  /** Index of the first sentence that mentions the theme, or null. */
  firstSentence: number | null
  /** Where the first mention falls, as a share of the text length in [0, 1], or null. */
  firstShare: number | null
  /** Share of the account's sentences that mention the theme, in [0, 1]. */
  sentenceShare: number
  /** Mentions by speaker: a canonical person name, `journalist` or `unattributed`. Keys sorted. */
  speakers: Record<string, number>
}

/** One theme compared across the two sides of a paired event. */
export interface ThemeComparison {
  theme: string
  label: string
  family: string | null
  ru: ThemeSideStats
  cn: ThemeSideStats
  /** The side that mentions the theme while the other does not, or null. */
  onlyIn: Side | null
  /** Weight of that omission under "no difference": (nA/(nA+nB))^k; null when both or neither mention it. */
  omissionP: number | null
}

/** Which label of a family (e.g. "the developing world") each side chose. */
export interface LabelChoice {
  family: string
  familyLabel: string
  /** Theme ids of the family used by each side, most mentioned first. */
  ru: string[]
  cn: string[]
}

/** One segment of a word-level diff from the ru sentence to the cn sentence. */
export interface DiffPart {
  value: string
  added: boolean
  removed: boolean
}

/** Two sentences, one per side, that say much the same. */
export interface AlignedSentence {
  ru: SentenceRef
  cn: SentenceRef
  /** Similarity in [0, 1] that made them a pair. */
  similarity: number
  /** Word diff, or null when the diff gave up (too different or too long). */
  diff: DiffPart[] | null
}

/** How the two sides framed one paired event. */
export interface Comparison {
  eventId: string
  /** The account compared on each side (the fullest one when a side has several). */
  ruAccount: string
  cnAccount: string
  ruTokens: number
  cnTokens: number
  /** ruTokens / cnTokens. */
  lengthRatio: number
  themes: ThemeComparison[]
  labelChoices: LabelChoice[]
  aligned: AlignedSentence[]
  /** Sentences with no counterpart on the other side (omitted by the other side). */
  unmatched: { ru: number[]; cn: number[] }
  /** Theme mentions per compared account, for highlighting. */
  hits: { ru: ThemeHit[]; cn: ThemeHit[] }
}

/** Frequencies and keyness of one term (word, n-gram or theme) by side. */
export interface TermRow {
  term: string
  ru: number
  cn: number
  ruPerMillion: number
  cnPerMillion: number
  /** Signed log-likelihood: positive when over-used by ru. */
  g2?: number
  bic?: number
  /** log2 of the ratio of relative frequencies (ru over cn), zero-corrected. */
  logRatio?: number
  /** Conservative Log Ratio (0 when not significant). */
  lrc?: number
}

/** A theme across all paired events: who mentions it alone, and McNemar's exact test. */
export interface PairedThemeStat {
  theme: string
  both: number
  ruOnly: number
  cnOnly: number
  neither: number
  /** Two-sided exact McNemar p-value, and after Holm correction across themes. */
  p: number
  pHolm: number
}

export interface CorpusStats {
  tokens: { ru: number; cn: number }
  themes: TermRow[]
  /** Word keyness rows, sorted by |LRC| then G2. */
  keyness: TermRow[]
  paired: PairedThemeStat[]
}

/** Everything the analyse stage finds. */
export interface Analysis {
  comparisons: Comparison[]
  corpus: CorpusStats
}
