import { basename } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline, type Account, type AnalysedCorpus } from '../../src/index.js'
import {
  countsMiss,
  dateMiss,
  kindMiss,
  loadGold,
  pairScores,
  participantsMiss,
  placeMiss,
  precisionMiss,
  printTable,
  score,
  speakersMiss,
  type Gold,
} from './gold.js'

// Hand-annotated sets in house styles the seeds do not show, each written and annotated without
// looking at the code and first run before any rule was fitted to it (README: "Measured accuracy").
// The floors are what the pipeline reaches now, so that a regression fails.
interface AnnotatedSet {
  dir: string
  gold: string
  accounts: number
  /** Gold accounts the pipeline is known not to find. */
  missingAccounts: string[]
  /** Gold accounts with a wrong field, in the order of the table's rows (an account once per field). */
  fieldMisses: string[]
  /** Cross-side gold pairs not found, as "ruId cnId" sorted. */
  missedPairs: string[]
  /** Same-side gold groups not put in one event. */
  splitGroups: string[]
  /** Cross-side pairs found that the gold does not have, as "ruId cnId" sorted (none unless said). */
  wrongPairs?: string[]
  /** Files the pipeline reports an error for (by name), such as a side it cannot decide (none unless said). */
  errorFiles?: string[]
  /** Same-side hard negatives put in one event anyway, as "id id" sorted (cross-side ones are among `wrongPairs`). */
  joinedNegatives?: string[]
  /** Where the gold counts theme mentions: accounts whose counts differ, then those whose attribution does. */
  countMisses?: string[]
  speakerMisses?: string[]
}

const SETS: AnnotatedSet[] = [
  {
    // mid.ru and kremlin.ru pages with their whole menus, a t.me/s copy with its channel card, a
    // Telegram Desktop export, saved HTML pages, a UN-mission page.
    dir: 'test/fixtures/annotated',
    gold: '../fixtures/annotated.gold.json',
    accounts: 36,
    missingAccounts: [],
    // "On July 13" between posts of 2022 and 2024: the channel's order allows 2022, 2023 and 2024, and
    // the earliest is taken; the annotator's 2023 comes from knowing when Lavrov was in Jakarta.
    fieldMisses: ['h10:2', 'h10:3'],
    missedPairs: ['h06:1 h10:2'],
    splitGroups: [],
  },
  {
    // Embassy channels in the web preview, a Telegram Desktop text copy, a spokesperson's press
    // conference, a transcript of press remarks, saved Xinhua and mid.ru pages, a trilateral summit,
    // same-day meetings with other counterparts at ASEAN, BRICS and SCO events.
    dir: 'test/fixtures/annotated-2',
    gold: '../fixtures/annotated-2.gold.json',
    accounts: 39,
    missingAccounts: [],
    fieldMisses: [],
    missedPairs: [],
    splitGroups: [],
  },
  {
    // State visits told post by post (arrival, narrow and expanded talks, joint statement), a Telegram
    // Desktop HTML export, a saved t.me/s page, desktop text copies in both header styles, TASS and
    // Global Times pieces, a UN Security Council vote, a briefing and an interview.
    dir: 'test/fixtures/annotated-3',
    gold: '../fixtures/annotated-3.gold.json',
    accounts: 38,
    missingAccounts: [],
    // Dates: TASS's standfirst taken for the headline (m11:1), "This week" (m15:1). Place and people the
    // head does not name (m01:1, m04:3, m14:2). Kinds by this annotator's conventions where the others differ: an
    // arrival is a "visit", opening remarks at talks are "talks" or "remarks".
    fieldMisses: [
      ...['m11:1', 'm15:1'],
      'm01:1',
      ...['m01:1', 'm04:3', 'm14:2'],
      ...['m04:1', 'm04:4', 'm04:5', 'm05:2', 'm05:5', 'm05:8', 'm08:5', 'm11:1', 'm16:1'],
    ],
    // A state visit's talks told post by post, undated or without the guest's name, are not grouped.
    missedPairs: ['m04:3 m06:1', 'm04:4 m06:1', 'm05:4 m07:1', 'm05:5 m07:1', 'm05:6 m07:1', 'm15:3 m16:1'],
    splitGroups: ['m04:3 m04:4 m04:5', 'm05:3 m05:4 m05:5 m05:6'],
  },
  {
    // Chinese-side channels with 【…】 titles, hard-wrapped pages (a PDF print, an e-mail digest), a file
    // holding three pages one after another, Lavrov–Wang Yi on the sidelines of four 2025 meetings with
    // third countries the same day, deputy-level and parliamentary meetings, a call dated a day apart.
    dir: 'test/fixtures/annotated-4',
    gold: '../fixtures/annotated-4.gold.json',
    accounts: 39,
    missingAccounts: [],
    // Dates: a Xinhua item and a range state month and day only (a Chinese embassy's channel, with nothing
    // else to give the year, now takes it from "Next year marks the 25th anniversary of the Treaty").
    fieldMisses: [
      ...['p08:1', 'p09:2', 'p11:1'],
      ...['p11:1'],
      ...['p05:1', 'p13:2', 'p16:1'],
      ...['p14:5'],
    ],
    // Two Russian accounts of the Hangzhou meeting that are not grouped (one names the ambassador too):
    // the Chinese readout pairs with one of them.
    missedPairs: ['p09:2 p10:1', 'p14:2 p16:1', 'p14:2 p17:1'],
    splitGroups: ['p14:2 p15:1'],
  },
  {
    // Saved HTML of fmprc, mid.ru, kremlin.ru, Xinhua and an embassy; a Telegram Desktop JSON export; a
    // bilingual Russian-English channel; a newest-first copy; a CRLF file and one with a byte-order mark;
    // one release saved twice; long press-conference transcripts.
    dir: 'test/fixtures/annotated-5',
    gold: '../fixtures/annotated-5.gold.json',
    accounts: 38,
    missingAccounts: [],
    // People the gazetteer does not know, kinds by convention.
    fieldMisses: ['q08:4', 'q16:3', 'q17:1', 'q15:1'],
    missedPairs: ['q16:2 q18:1'],
    splitGroups: [],
  },
  {
    // Pairing under pressure: Lavrov and Wang Yi meeting or calling eleven times from 2022 to 2026, leaders'
    // and other officials' contacts on the same days, headlines naming a "Russian counterpart" only, a
    // channel across New Year, a call the two sides date a day apart; 32 hard negatives.
    dir: 'test/fixtures/annotated-6',
    gold: '../fixtures/annotated-6.gold.json',
    accounts: 44,
    missingAccounts: [],
    // "Yuri" for the gazetteer's "Yury" (r15:3), and "remarks and answers to media questions" (r03:3) by
    // this annotator's convention.
    fieldMisses: ['r15:3', 'r03:3'],
    missedPairs: [],
    splitGroups: [],
  },
  {
    // 2019–2022: video calls and videoconferences, Lavrov in Guilin, Wang Yi in Moscow, Putin in Beijing;
    // embassy sites and channels of both sides, a Telegram Desktop copy whose posts say only "Today" or
    // "Yesterday", spokesperson press conferences, saved HTML pages of mid.ru and fmprc.
    dir: 'test/fixtures/annotated-7',
    gold: '../fixtures/annotated-7.gold.json',
    accounts: 40,
    missingAccounts: [],
    // The spokesperson's press conferences, which name no city (h04:1, h13:1: "held in Beijing" by this
    // annotator).
    fieldMisses: ['h04:1', 'h13:1'],
    // Lavrov's remarks and answers to the press after the Guilin talks are an account of the talks for
    // this annotator and a separate event for annotated-2's: parallax keeps them apart.
    missedPairs: ['h02:1 h03:1', 'h02:1 h05:1'],
    splitGroups: ['h01:1 h02:1 h06:2 h11:1'],
  },
  {
    // 2024–2025 summits and ministerials (Kazan, Astana, Tianjin, Vientiane, Kuala Lumpur, UNGA79) where
    // the leaders and ministers meet several counterparts the same day: kremlin.ru transcripts with
    // "(retranslated)" turns, TASS, Xinhua, China Daily, Global Times and CGTN pieces, mission channels.
    dir: 'test/fixtures/annotated-8',
    gold: '../fixtures/annotated-8.gold.json',
    accounts: 41,
    missingAccounts: [],
    // An arrival posted the day it happened, which parallax dates to that day or the day before (g07:1);
    // "UN Headquarters", which the issue's landmarks place in New York and this annotator nowhere (g14:2).
    fieldMisses: ['g07:1', 'g14:2'],
    missedPairs: [],
    splitGroups: [],
  },
  {
    // Below the ministers: deputy foreign ministers' consultations, the prime ministers' regular meeting,
    // parliament speakers, ambassadors; two long channel copies (one newest first, its year only in a
    // tag), with date separators between days and most posts about other countries.
    dir: 'test/fixtures/annotated-9',
    gold: '../fixtures/annotated-9.gold.json',
    accounts: 47,
    missingAccounts: [],
    // Dates: notices and comments this annotator dates to the day they were posted, which parallax
    // bounds by the posts around them (t03, t09); a message dated only by its URL (t06:1); a consular
    // notice whose closure dates read as its own (t10:3). People the gazetteer does not know (t09:7,
    // t09:9); the prime ministers' "regular meeting" as talks, by this annotator's convention.
    fieldMisses: [
      ...['t03:3', 't03:6', 't03:10', 't03:11', 't03:12', 't03:15', 't06:1', 't09:1', 't09:2', 't09:4', 't09:8', 't09:9'],
      ...['t09:10', 't09:11', 't09:12', 't10:3'],
      't10:3',
      ...['t09:7', 't09:9'],
      ...['t07:1', 't08:1', 't09:5', 't10:3'],
    ],
    missedPairs: [],
    splitGroups: [],
  },
  {
    // The odd shapes analysts' files take: a ministry bulletin pasted from a PDF, an analyst's Markdown
    // notes quoting both sides, a forwarded e-mail, a Telegram Desktop HTML export, Word-document copies
    // (one a dossier of five readouts), CRLF, tabs, no-break spaces and a byte-order mark.
    dir: 'test/fixtures/annotated-10',
    gold: '../fixtures/annotated-10.gold.json',
    accounts: 37,
    // The notes quote a Russian and a Chinese readout in one file, whose side parallax cannot decide
    // (it names both sites); a Word copy holds two readouts with nothing between them but a heading.
    missingAccounts: ['u04:1', 'u04:2', 'u09:2'],
    errorFiles: ['u04_notes_Putin_Xi_Beijing_May2024.md'],
    // The forwarded e-mail's own note heads the account and a Chinese premier's quoted words decide its
    // side (u05:1); a bulletin's item without the year in its own text (u01:2); an undated post and a
    // year taken from the wrong neighbour (u10:4, u10:5).
    fieldMisses: [
      ...['u04:1', 'u04:2', 'u05:1', 'u09:2'],
      ...['u04:1', 'u04:2', 'u09:2', 'u10:4', 'u10:5'],
      ...['u01:2', 'u04:1'],
      ...['u04:1', 'u04:2', 'u05:1', 'u06:6', 'u09:2', 'u13:1'],
      ...['u01:2', 'u04:1', 'u04:2', 'u06:3', 'u09:2'],
      ...['u01:2', 'u04:1', 'u04:2', 'u05:1', 'u06:6', 'u09:2'],
    ],
    missedPairs: ['u01:2 u03:1', 'u04:1 u04:2', 'u06:2 u09:2', 'u10:4 u14:4'],
    // The bulletin's item on Xi receiving Lavrov is not read (u01:2), so Chinese readout of that meeting
    // goes to Lavrov's news conference that day, which names Xi Jinping too.
    wrongPairs: ['u01:3 u03:1'],
    splitGroups: [],
  },
  {
    // 2013–2018: summits and UNGA weeks with many meetings in one city within days, Telegram Desktop
    // JSON exports, saved fmprc/mid.ru/china-un.org pages, files of several agency pages pasted in turn.
    dir: 'test/fixtures/annotated-11',
    gold: '../fixtures/annotated-11.gold.json',
    accounts: 41,
    missingAccounts: [],
    // "Today" between two dated posts, "This week" of an announcement, a forwarded "Today" dated by the
    // forward (u08:3, u11:1, u11:6); a joint statement dated only by its page (u09:1); a post with no date or
    // neighbour to give one (u15:1); a meeting "on the sidelines of" UNGA72 that names the APEC summit to
    // come in Da Nang (u11:2); people named in passing or by office only (u11:3, u14:1, u18:2); the
    // announcement post, read as a statement (u11:1), and BRICS remarks read as the meeting (u19:5).
    fieldMisses: [
      ...['u08:3', 'u09:1', 'u11:1', 'u11:2', 'u11:6', 'u15:1'],
      ...['u09:1', 'u11:2'],
      ...['u11:3', 'u14:1', 'u18:2'],
      ...['u11:1', 'u19:5'],
    ],
    // A joint statement naming no one (u08:1 u09:1) and a post with no date (u15:1) share no key with
    // their counterparts; the SCO ministerial's Chinese account names its chair and the SCO's secretary
    // general, the Russian one Lavrov (u18:2 u19:3); the Chinese readout of the talks goes to the
    // joint news conference after them (below), not to the two Russian readouts of the talks.
    missedPairs: ['u08:1 u09:1', 'u15:1 u16:1', 'u17:1 u18:1', 'u18:1 u19:2', 'u18:2 u19:3'],
    wrongPairs: ['u18:1 u19:1'],
    splitGroups: [],
  },
  {
    // 2024–2025, written for the framing: the Ukraine crisis as each side words it, Global South and
    // Global Majority, hegemony, multipolarity, who says them (minister, journalist, narrator) in
    // transcripts, briefings and 💬 posts; t.me/s and Telegram Desktop copies, a JSON export, saved pages.
    dir: 'test/fixtures/annotated-12',
    gold: '../fixtures/annotated-12.gold.json',
    accounts: 40,
    missingAccounts: [],
    // An anniversary post ("Today marks 75 years since …") with no date of its own (u04:1); Xi named only
    // as host of the parade (u19:5); kinds by this annotator's conventions: a video call is a phone call,
    // a speech at a multilateral session a statement, "held a meeting" talks when the other side says so.
    fieldMisses: [
      ...['u04:1'],
      ...['u19:5'],
      ...['u04:1', 'u08:2', 'u16:1', 'u16:7', 'u18:1', 'u19:2'],
    ],
    // "the West" in parallax's lexicon also takes "Western partners", "Western handlers" (u01:1, u04:4,
    // u05:4, u13:1); the Global Governance Initiative is one of China's initiatives there (u20:1).
    countMisses: ['u01:1', 'u04:4', 'u05:4', 'u13:1', 'u20:1'],
    speakerMisses: [],
    // The fmprc readout of the talks goes to the page and the post of Lavrov's news conference after them
    // (the talks' event for this annotator, a separate one for annotated-10's), not to the post of the talks.
    missedPairs: ['u02:1 u04:3'],
    // The same: the talks' post stays apart from the conference's two accounts; a channel's summary of a
    // briefing and of a Kremlin meeting, each told in other words than the page.
    splitGroups: ['u01:1 u04:3 u04:4', 'u08:5 u13:1', 'u14:1 u16:3'],
  },
  {
    // 2020–2023: calls and videoconferences between the same leaders and ministers weeks apart, the
    // embassies' bilingual channels, posts dated by anniversaries or weekdays only, theme counts.
    dir: 'test/fixtures/annotated-13',
    gold: '../fixtures/annotated-13.gold.json',
    accounts: 41,
    missingAccounts: [],
    // For this annotator the Kremlin's "March 19, 2020" under its headline is a stamp, not a stated date
    // (u04:1, u09:1; annotated-5's and -10's read it as the event's day); holiday greetings dated by their
    // stamp or "As 2021 approaches" (u08:3, u14:1); people named in passing (u12:1, u14:5); a
    // national-holiday post and an address by this annotator's kinds (u13:4, u13:6).
    fieldMisses: [
      ...['u04:1', 'u08:3', 'u09:1', 'u14:1'],
      ...['u04:1', 'u09:1'],
      ...['u12:1', 'u14:5'],
      ...['u13:4', 'u13:6'],
    ],
    // "North Atlantic Alliance" is NATO in the lexicon; this annotator counts only "NATO".
    countMisses: ['u13:1'],
    speakerMisses: [],
    // A forwarded post of the February 25 call with no date of its own shares no day with the Chinese one.
    missedPairs: ['u13:3 u14:4'],
    splitGroups: [],
  },
  {
    // Working-level contacts 2019–2024: deputy ministers' consultations, special envoys on Afghanistan,
    // the Korean Peninsula and the Middle East, ambassadors, the UN missions' statements at one vote (never
    // a pair), spokespersons' answers on the other side's events; several pages pasted per file.
    dir: 'test/fixtures/annotated-14',
    gold: '../fixtures/annotated-14.gold.json',
    accounts: 37,
    missingAccounts: [],
    // Statements at a vote dated by the page's stamp only (u08:1, u09:1, u16:1), China's position paper
    // dated by its stamp (u13:3); people named in passing or by the Moscow format's list (u05:2, u06:1,
    // u07:1, u14:2); kinds by this annotator's framing (a copy of credentials presented is a meeting
    // to it, an answer to a media question a press conference).
    fieldMisses: [
      ...['u08:1', 'u09:1', 'u13:3', 'u16:1'],
      ...['u07:1'],
      ...['u05:2', 'u06:1', 'u07:1', 'u14:2'],
      ...['u02:1', 'u14:1'],
    ],
    // Afghanistan and sanctions counted where this annotator left some mentions out (u06:1).
    countMisses: ['u06:1'],
    // The Moscow format's two accounts name different delegates; the ministry's post on the UN consultations
    // and the embassy's repost of it, told in other words, are not grouped, and the repost takes the pair.
    missedPairs: ['u05:2 u06:1', 'u17:2 u18:1'],
    splitGroups: ['u17:2 u17:3'],
  },
  {
    // Multilateral weeks (G20 Bali 2022, SCO Goa 2023, ASEAN Jakarta 2023 and Vientiane 2024, UNGA77, SCO
    // Beijing 2018, APEC Da Nang 2017): many meetings a day in one city, Telegram JSON exports, saved HTML,
    // a Telegram Desktop copy with bodies copied twice, an analyst's clippings of two sites in one file.
    dir: 'test/fixtures/annotated-15',
    gold: '../fixtures/annotated-15.gold.json',
    accounts: 54,
    missingAccounts: [],
    // An arrival post with no date and nothing after it on its day (u01:1), an export's arrival dated by
    // its message date only (u06:1); chairs and guests named in passing (u04:1, u06:4, u08:2, u16:1,
    // u19:2); "remarks at the talks" is talks to parallax, a meeting to this annotator (u01:2).
    fieldMisses: [
      ...['u01:1', 'u06:1'],
      ...['u04:1', 'u06:4', 'u08:2', 'u16:1', 'u19:2'],
      ...['u01:2'],
    ],
    // This annotator counts every "unilateral …" (sanctions, measures) as unilateralism; the lexicon
    // counts "unilateral sanctions" as sanctions, as annotated-12's annotator does.
    countMisses: ['u01:3', 'u04:1', 'u06:4', 'u08:2', 'u11:3', 'u12:1', 'u15:3', 'u15:4', 'u16:1', 'u16:2', 'u17:2', 'u18:1', 'u18:2', 'u19:1'],
    missedPairs: [],
    // The Russia–ASEAN and ASEAN–China ministerials of one day in Jakarta, each told by its own side's
    // delegation only, look like one meeting.
    wrongPairs: ['u09:4 u11:2'],
    splitGroups: [],
  },
  {
    // Transcripts, interviews and briefings of 2005–2015 and 2019–2021: old mid.ru and fmprc pages saved
    // with their address, joint statements, a Word copy of a transcript, a Telegram JSON export, embassy
    // channels with questions to spokespersons.
    dir: 'test/fixtures/annotated-16',
    gold: '../fixtures/annotated-16.gold.json',
    accounts: 51,
    missingAccounts: [],
    // A joint statement names no place (u11:2), and its signatories only at its foot or not at all (u01:1,
    // u11:2, u15:5, u20:2); the Indian minister of 2005 is not in the gazetteer (u03:1); a call page
    // naming Putin only by "the President of Russia" (u13:8); an exchange of ratification instruments
    // (u02:2), press statements after talks (u11:1) and a BRICS ministerial by video (u13:6, u13:7) by
    // this annotator's kinds.
    fieldMisses: [
      ...['u11:2'],
      ...['u01:1', 'u03:1', 'u11:2', 'u13:8', 'u15:5', 'u20:2'],
      ...['u02:2', 'u11:1', 'u13:6', 'u13:7'],
    ],
    // The Belt and Road and the SCO named in Putin's words that the account reports without "said" (u09:2,
    // u11:3: a message of greetings is its sender's words).
    speakerMisses: ['u09:2', 'u11:3'],
    // The news conference after the talks goes to the Chinese readout of the day before (u15:4 u18:1)
    // rather than joining its talks; an undated joint statement between two posts of a channel (u20:2).
    missedPairs: ['u15:4 u17:1', 'u19:1 u20:2'],
    wrongPairs: ['u02:2 u03:1', 'u15:4 u18:1'],
    splitGroups: ['u15:3 u15:4 u15:5', 'u20:1 u20:2'],
  },
  {
    // The Chinese side's many outlets, 2022–2025: fmprc, CGTN, China Daily, Global Times, People's Daily
    // reprints on embassy sites, embassy channels with bilingual posts, analysts quoted in commentaries.
    dir: 'test/fixtures/annotated-17',
    gold: '../fixtures/annotated-17.gold.json',
    accounts: 52,
    missingAccounts: [],
    // A commentary dated by its stamp and "on Monday" (u04:1), posts with no date that follow a dated one
    // (u06:3, u06:4, u07:5, u10:2), a page with no stamp (u16:1); a parade post naming no place (u07:5) or
    // Xi (u07:4); this annotator's kinds: commentary, ceremony, message, "talks" for a meeting or consultation,
    // an announcement as a press conference, a trilateral as a meeting.
    fieldMisses: [
      ...['u04:1', 'u06:3', 'u06:4', 'u07:5', 'u10:2', 'u16:1'],
      ...['u07:5'],
      ...['u07:4'],
      ...['u04:1', 'u10:2', 'u10:6', 'u13:5', 'u17:5', 'u19:2'],
    ],
    countMisses: ['u04:1'],
    // Spokespersons' answers continued past a question, reported words without a speech verb, and a verb
    // ("to sanction") counted as a theme in an analyst's words.
    speakerMisses: ['u02:1', 'u04:1', 'u05:1', 'u09:1', 'u10:3', 'u16:1'],
    missedPairs: ['u06:3 u07:4', 'u06:4 u07:5', 'u16:1 u18:2'],
    splitGroups: ['u05:1 u06:2 u06:3'],
  },
  {
    // State and official visits told day by day (2015–2019, 2023–2024): arrival, talks, press statements,
    // ceremonies, informal meetings, the premier; kremlin.ru pages pasted in turn, Telegram exports and copies.
    dir: 'test/fixtures/annotated-18',
    gold: '../fixtures/annotated-18.gold.json',
    accounts: 72,
    missingAccounts: [],
    // Days of a visit told with no date and dated by their neighbours or stamps, a t.me/s copy whose day
    // separators give no year; ceremonies and visits to a zoo or a university that name no city; this
    // annotator's kinds (ceremony, informal meeting, press statements, visit, award) that parallax lacks.
    fieldMisses: [
      ...['003:1', '007:1', '007:2', '011:1', '015:1', '016:1', '017:1', '017:6', '017:7', '017:8'],
      ...['003:1'],
      ...['002:3', '007:3', '007:4', '007:5', '007:7', '009:4', '010:1', '017:7', '018:3'],
      ...['007:5', '017:2'],
      ...['001:2', '005:3', '006:4', '007:3', '007:5', '007:6', '009:3', '011:3', '011:6', '011:7', '012:2', '014:2', '015:5', '017:3'],
      ...['017:5', '017:6', '017:7', '017:8', '018:4'],
    ],
    countMisses: ['006:1', '016:1'],
    speakerMisses: ['002:1', '004:1', '005:2', '012:1', '012:2', '012:3', '012:4', '014:3', '018:4'],
    // The items of one day between the same two leaders (talks, press statements, a ceremony, tea) are
    // told apart by kind, and one side's several accounts of one item (two of an honorary doctorate, press
    // statements and talks) are not grouped, so the other side's single account goes to only one of them.
    missedPairs: ['007:2 008:1', '007:3 008:2', '008:4 010:1', '009:2 010:1', '011:2 012:1', '011:7 012:4', '015:6 016:1', '017:2 018:1', '017:5 018:4'],
    // The joint statement, dated now by the day it was posted under, goes to the arrival of the day before;
    // the visit's announcement, dated by the last day of its range, to the informal talks of the day before.
    wrongPairs: ['007:3 008:1', '007:4 008:3', '007:1 009:3', '011:7 012:1', '017:3 018:4', '017:5 018:3'],
    splitGroups: ['007:3 007:6', '007:4 007:5', '007:7 010:1', '011:5 011:6 011:7', '017:2 017:3'],
    joinedNegatives: ['018:1 018:4'],
  },
  {
    // Telegram as analysts hold it, 2022–2025: JSON exports with every kind of entity, service and media-only
    // messages, Desktop copies in both header styles with bodies copied twice, t.me/s copies of three
    // channels (one bilingual), fmprc and mid.ru pages for the other side.
    dir: 'test/fixtures/annotated-19',
    gold: '../fixtures/annotated-19.gold.json',
    accounts: 50,
    missingAccounts: [],
    // Posts that state no date, or a weekday, in t.me/s copies whose day separators give no year and whose
    // neighbours give none either; a place named by a landmark this annotator reads as its city; kinds by
    // this annotator's names.
    fieldMisses: [
      ...['u01:4', 'u04:2', 'u04:3', 'u14:2'],
      ...['u03:2'],
      ...['u04:3'],
      ...['u01:4', 'u03:2', 'u04:3', 'u07:2', 'u11:2', 'u11:4', 'u12:4'],
    ],
    countMisses: [],
    missedPairs: ['u04:2 u06:2', 'u04:5 u06:6'],
    splitGroups: ['u07:4 u14:2'],
  },
  {
    // Saved web pages of many shapes, 2010–2025: old and new fmprc and mid.ru, kremlin.ru with its
    // transcript, Xinhua, CGTN, China Daily, TASS, an embassy, both UN missions; a list page of four
    // readouts, a table layout, a date only in a <time> element, wrapped text copies, a PDF bulletin, a
    // Markdown note, an e-mail.
    dir: 'test/fixtures/annotated-20',
    gold: '../fixtures/annotated-20.gold.json',
    accounts: 40,
    // China Daily's list page of four readouts is read as one (Readability keeps one article), and a PDF
    // bulletin's items under headlines in capitals, with running heads between, as three of six.
    missingAccounts: ['u06:2', 'u06:3', 'u06:4', 'u13:4', 'u13:5', 'u13:6'],
    // Those six in every row; the bulletin's three items found with the text of the next ones run on
    // (u13:1, u13:3); a page dated only by a <time> element or its meta tag (u02:1, u04:1); an e-mail that
    // forwards a readout without its headline (u09:1); an analyst's note (u14:1).
    fieldMisses: [
      ...['u06:2', 'u06:3', 'u06:4', 'u13:4', 'u13:5', 'u13:6'],
      ...['u02:1', 'u04:1', 'u06:2', 'u06:3', 'u06:4', 'u09:1', 'u13:3', 'u13:4', 'u13:5', 'u13:6', 'u14:1'],
      ...['u06:4', 'u09:1'],
      ...['u03:1', 'u06:2', 'u06:3', 'u06:4', 'u09:1', 'u12:5', 'u12:7', 'u13:3', 'u13:4', 'u13:5', 'u13:6', 'u14:1'],
      ...['u06:2', 'u06:3', 'u06:4', 'u09:1', 'u13:3', 'u13:4', 'u13:5', 'u13:6', 'u14:1'],
      ...['u06:1', 'u06:2', 'u06:3', 'u06:4', 'u09:1', 'u13:1', 'u13:3', 'u13:4', 'u13:5', 'u13:6', 'u14:1'],
    ],
    countMisses: ['u06:1', 'u06:2', 'u06:3', 'u06:4', 'u13:2', 'u13:3', 'u13:4', 'u13:5', 'u13:6'],
    missedPairs: ['u01:1 u02:1', 'u06:2 u12:1', 'u06:3 u12:2', 'u06:4 u12:5', 'u08:1 u09:1', 'u13:1 u14:1', 'u13:3 u15:1', 'u13:5 u16:5', 'u13:6 u16:6', 'u17:1 u18:1'],
    splitGroups: ['u06:4 u16:3', 'u07:1 u09:1'],
  },
  {
    // Calls and video calls 2014–2025 and the ways their dates are told: "yesterday", "on Tuesday", "this
    // evening", t.me/s copies whose day separators give no year, JSON exports stamped in another time zone,
    // a weekly digest, wire clippings, #SCO2024 and #UNGA79.
    dir: 'test/fixtures/annotated-21',
    gold: '../fixtures/annotated-21.gold.json',
    accounts: 49,
    missingAccounts: [],
    // Days under t.me/s separators without a year where nothing else gives one (u02, u11, u18, u19);
    // clippings of several years read as one stream (u05); a JSON export stamped a day late in UTC+8 (u06:3).
    fieldMisses: [
      ...['u02:1', 'u02:2', 'u02:3', 'u02:4', 'u02:5', 'u05:2', 'u05:3', 'u05:4', 'u06:3', 'u11:1', 'u11:2', 'u11:3'],
      ...['u16:1', 'u18:1', 'u18:2', 'u19:1', 'u19:2'],
      ...['u05:1', 'u15:1', 'u16:1'],
      ...['u07:2', 'u11:2', 'u20:1'],
      ...['u17:2'],
    ],
    countMisses: ['u05:2', 'u06:1', 'u08:1', 'u09:1', 'u10:1', 'u12:3', 'u17:2'],
    missedPairs: ['u13:4 u14:2', 'u05:2 u09:1', 'u17:2 u18:2', 'u05:4 u19:1', 'u19:2 u20:1'],
    splitGroups: ['u06:3 u08:2', 'u05:2 u12:2', 'u13:3 u13:4', 'u07:4 u19:2'],
  },
  {
    // Working-level diplomacy 2008–2025: deputy ministers' consultations, special envoys, ambassadors and
    // governors; plain-text pages of several pages each, saved HTML, a JSON export, t.me/s copies.
    dir: 'test/fixtures/annotated-22',
    gold: '../fixtures/annotated-22.gold.json',
    accounts: 50,
    missingAccounts: [],
    // A range whose first day this annotator takes (u04:1); t.me/s copies without a year anywhere (u10, u12);
    // pages of several years pasted as one stream (u16); people the gazetteer does not know.
    fieldMisses: [
      ...['u04:1', 'u07:1', 'u10:1', 'u10:2', 'u10:3', 'u12:1', 'u12:2', 'u12:3', 'u12:4', 'u12:5', 'u12:6', 'u16:1'],
      ...['u01:6', 'u05:1', 'u16:3'],
      ...['u06:1', 'u07:1', 'u14:2', 'u16:3', 'u17:1', 'u19:3'],
      ...['u02:1', 'u07:1', 'u14:1'],
    ],
    countMisses: ['u01:7', 'u01:8', 'u12:4'],
    speakerMisses: ['u19:4'],
    missedPairs: ['u12:1 u13:1', 'u16:3 u17:1'],
    splitGroups: ['u12:1 u14:3'],
  },
  {
    // Reprints and missions, 2015–2025: TASS, RIA, RT, Sputnik, Xinhua, CGTN, China Daily, Global Times, the
    // embassies, both missions to the UN (Security Council sessions both told), summit side-meetings.
    dir: 'test/fixtures/annotated-23',
    gold: '../fixtures/annotated-23.gold.json',
    accounts: 46,
    missingAccounts: [],
    // A minister's address at a summit this annotator files under the summit, remarks at the Council as a
    // statement; pages dated only by a stamp a day after a session in New York; datelines without a year.
    fieldMisses: [
      ...['u06:1', 'u11:1', 'u11:4', 'u13:1', 'u13:2', 'u13:3', 'u14:3'],
      ...['u07:1', 'u08:1', 'u08:2'],
      ...['u07:2', 'u16:1', 'u17:2', 'u17:3'],
      ...['u12:2', 'u12:3', 'u17:1', 'u18:3', 'u18:4', 'u19:1'],
      ...['u06:1', 'u07:2', 'u08:1', 'u12:3', 'u12:5', 'u14:4', 'u17:2', 'u17:3', 'u18:3', 'u20:1'],
    ],
    countMisses: ['u01:1', 'u03:1', 'u04:1', 'u06:1', 'u08:1', 'u08:2', 'u10:2', 'u10:3', 'u11:1', 'u11:2', 'u12:4', 'u17:1', 'u17:2', 'u18:1', 'u20:1'],
    speakerMisses: ['u16:1'],
    // Statements of the two missions at one Security Council session, which this annotator pairs and
    // parallax, finding no kind and no shared participant, does not.
    missedPairs: ['u10:1 u14:3', 'u10:3 u18:4', 'u11:1 u12:2', 'u11:2 u18:5', 'u11:4 u14:4', 'u14:1 u15:1', 'u14:2 u17:1', 'u17:3 u18:3'],
    splitGroups: [],
  },
  {
    // Multilateral days 2014–2024 where both sides attend (SCO, BRICS, G20, RIC, ASEAN, APEC): the session, the
    // bilaterals on its sidelines, press conferences, family photos, told in pages, JSON exports, Desktop copies
    // and a t.me/s copy with link cards.
    dir: 'test/fixtures/annotated-24',
    gold: '../fixtures/annotated-24.gold.json',
    accounts: 54,
    missingAccounts: [],
    // Sessions a page tells with no city of its own; delegates the head names as "leaders of the SCO"; this
    // annotator's kinds for a trilateral and a summit address.
    fieldMisses: [
      ...['u05:3', 'u05:4', 'u19:3'],
      ...['u01:4', 'u06:1', 'u08:2', 'u13:1', 'u14:1', 'u14:2', 'u20:2'],
      ...['u03:1', 'u04:2', 'u04:4', 'u06:1', 'u08:2', 'u09:1', 'u10:1', 'u13:1', 'u19:3', 'u20:2'],
      ...['u01:5', 'u03:1', 'u04:2', 'u08:3'],
    ],
    countMisses: ['u01:5', 'u03:1', 'u05:3', 'u06:1', 'u08:2', 'u09:1', 'u13:2', 'u15:1', 'u19:3'],
    speakerMisses: ['u01:5'],
    missedPairs: ['u07:3 u08:2', 'u07:5 u08:3', 'u13:2 u14:3', 'u19:3 u20:2'],
    // A summit's family photo and its session, a day's two sessions in one city: told apart by kind only.
    wrongPairs: ['u07:5 u08:4', 'u07:3 u08:3'],
    splitGroups: ['u06:1 u07:3'],
  },
  {
    // Long Telegram streams 2021–2025 where Russia–China items are few: a JSON export of the Russian MFA, a
    // Desktop HTML export of the Chinese embassy, a copy of the spokesperson's channel, and three pages.
    dir: 'test/fixtures/annotated-25',
    gold: '../fixtures/annotated-25.gold.json',
    accounts: 52,
    missingAccounts: [],
    // Consular notices and announcements this annotator dates by their publication (parallax by the days they
    // name); kinds of notices, greetings and press remarks by this annotator's names.
    fieldMisses: [
      ...['u01:16', 'u01:22', 'u02:13', 'u03:7', 'u03:8', 'u03:10'],
      ...['u02:13'],
      ...['u01:11', 'u01:12', 'u01:23', 'u03:10'],
      ...['u01:19', 'u01:20'],
      ...['u01:6', 'u01:8', 'u01:9', 'u01:13', 'u01:19', 'u01:21', 'u02:11'],
    ],
    countMisses: ['u01:1', 'u01:2', 'u01:6', 'u01:14', 'u01:17', 'u01:18', 'u01:21', 'u02:1', 'u02:2', 'u02:7', 'u03:3', 'u04:1', 'u05:1'],
    speakerMisses: ['u01:17', 'u03:3', 'u03:10'],
    missedPairs: ['u01:11 u03:6'],
    splitGroups: ['u01:11 u04:1'],
  },
  {
    // State visits and summits 2001–2019 in older page shapes: treaties, joint statements and declarations,
    // press statements, messages, interviews; old mid.ru and fmprc pages, kremlin.ru transcripts, a dossier.
    dir: 'test/fixtures/annotated-26',
    gold: '../fixtures/annotated-26.gold.json',
    accounts: 54,
    missingAccounts: [],
    // The dossier's first readout read under the compiler's title page (u10:1); ranges this annotator dates
    // by their first day; this annotator's kinds for press statements and ceremonies.
    fieldMisses: [
      ...['u01:2', 'u01:4', 'u08:3', 'u10:1'],
      ...['u01:4', 'u06:1', 'u11:3', 'u14:2', 'u16:1', 'u17:2', 'u18:3', 'u19:1', 'u19:4'],
      ...['u01:4', 'u11:3', 'u12:4', 'u13:1', 'u19:5'],
      ...['u01:2', 'u02:1', 'u04:1', 'u06:1', 'u06:2', 'u08:2', 'u09:3', 'u10:1', 'u10:3', 'u11:2', 'u18:2', 'u19:5'],
      ...['u20:2'],
    ],
    countMisses: ['u09:3', 'u12:2', 'u15:1', 'u16:1', 'u18:3', 'u18:4', 'u19:2'],
    speakerMisses: ['u15:1', 'u17:2', 'u18:4'],
    missedPairs: ['u01:1 u02:1', 'u01:4 u03:2', 'u10:1 u10:2'],
    // Press statements after talks, which this annotator (unlike annotated-18's) tells apart from the talks.
    wrongPairs: ['u06:2 u07:1', 'u10:2 u10:3', 'u11:2 u12:1', 'u18:2 u19:2'],
    splitGroups: ['u01:1 u20:2'],
  },
  {
    // Contacts whose principals are not the foreign ministers, 2016–2025: prime ministers' regular meetings,
    // defence ministers, security council secretaries, parliament speakers, vice-premiers' commissions.
    dir: 'test/fixtures/annotated-27',
    gold: '../fixtures/annotated-27.gold.json',
    accounts: 54,
    missingAccounts: [],
    // t.me/s posts whose year nothing in the file gives (u08); this annotator's kinds for heads of government's
    // regular meetings and arrivals (talks).
    fieldMisses: [
      ...['u01:1', 'u05:1', 'u06:6', 'u08:1', 'u08:2', 'u08:3', 'u08:4', 'u08:5', 'u11:1', 'u14:1', 'u15:2', 'u20:2'],
      ...['u11:1'],
      ...['u01:1', 'u11:1', 'u14:5', 'u15:2'],
      ...['u14:4'],
      ...['u02:1', 'u03:1', 'u12:4', 'u14:2', 'u14:4', 'u16:1', 'u18:2', 'u18:4', 'u18:6'],
    ],
    countMisses: ['u02:1', 'u09:1', 'u17:5'],
    speakerMisses: ['u02:1', 'u02:2', 'u08:5', 'u09:1', 'u15:1', 'u17:5'],
    missedPairs: ['u06:5 u08:4', 'u06:6 u08:5', 'u18:4 u20:2'],
    splitGroups: [],
  },
  {
    // Spokespersons' briefings and press conferences as transcripts, 2016–2025, and readouts of the contacts
    // they mention; this annotator counts a briefing's headings and contents each time they appear.
    dir: 'test/fixtures/annotated-28',
    gold: '../fixtures/annotated-28.gold.json',
    accounts: 45,
    // Second pages of three files pasted without a rule or a stamp between them, read with the first.
    missingAccounts: ['u02:2', 'u05:2', 'u09:2'],
    fieldMisses: [
      ...['u02:2', 'u05:2', 'u09:2'],
      ...['u02:2', 'u05:2', 'u07:1', 'u09:2'],
      ...['u09:2', 'u20:1'],
      ...['u02:2', 'u05:2', 'u09:2', 'u15:1', 'u20:1'],
      ...['u02:2', 'u05:2', 'u09:2'],
      ...['u02:2', 'u03:3', 'u03:4', 'u05:2', 'u07:1', 'u07:2', 'u07:3', 'u09:2', 'u15:1', 'u20:1'],
    ],
    countMisses: ['u01:1', 'u02:1', 'u02:2', 'u03:1', 'u05:1', 'u05:2', 'u08:1', 'u09:1', 'u09:2', 'u10:1', 'u10:3', 'u10:4', 'u11:1', 'u12:1', 'u14:1', 'u14:3', 'u14:5', 'u16:2', 'u17:1', 'u18:1', 'u19:2', 'u19:3', 'u19:4'],
    speakerMisses: ['u01:1', 'u02:1', 'u02:2', 'u03:1', 'u03:3', 'u05:1', 'u05:2', 'u07:1', 'u07:2', 'u07:3', 'u08:1', 'u09:1', 'u09:2', 'u10:1', 'u10:3', 'u10:4', 'u11:1', 'u12:1', 'u14:1', 'u14:3', 'u14:5', 'u15:1', 'u16:2', 'u17:1', 'u18:1', 'u19:2', 'u19:3', 'u19:4', 'u20:1'],
    missedPairs: ['u06:2 u07:1', 'u09:2 u11:1', 'u12:1 u15:1'],
    splitGroups: ['u07:3 u18:1', 'u08:1 u09:2'],
  },
]

for (const set of SETS) {
  describe(`gold: ${set.dir}`, () => {
    const gold: Gold = loadGold(new URL(set.gold, import.meta.url))
    let corpus: AnalysedCorpus
    let byId: Map<string, Account>
    const eventOf = (id: string) => corpus.events.find((e) => e.ru.includes(id) || e.cn.includes(id))?.id

    beforeAll(async () => {
      corpus = await runPipeline([set.dir])
      byId = new Map(corpus.accounts.map((a) => [a.id, a]))
    })

    const missing = set.missingAccounts

    it(`finds the ${set.accounts} annotated accounts${missing.length > 0 ? ` but ${missing.length}` : ''} and no others, with no errors`, () => {
      expect(gold.documents).toHaveLength(set.accounts)
      const goldIds = gold.documents.map((d) => d.id).filter((id) => !missing.includes(id))
      expect(corpus.accounts.map((a) => a.id).sort()).toEqual(goldIds.sort())
      expect(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => basename(d.file))).toEqual(set.errorFiles ?? [])
    })

    it(`gets side, date, place, participants and kind right but for ${set.fieldMisses.join(', ') || 'none'}`, () => {
      const rows = [
        score('side', gold.documents, byId, (g, a) => (a.side.value === g.side ? null : `${a.side.value} (${a.side.reason})`)),
        score('date', gold.documents, byId, dateMiss),
        score('date precision', gold.documents.filter((g) => g.date_in_text !== 'full'), byId, precisionMiss),
        score('place', gold.documents, byId, placeMiss),
        score('participants', gold.documents, byId, participantsMiss),
        score('kind', gold.documents, byId, kindMiss),
      ]
      printTable(`gold accuracy on ${set.dir}/`, rows)
      expect(rows.flatMap((r) => r.misses).map((m) => m.split(': ')[0])).toEqual(set.fieldMisses)
    })

    // Only where the annotator counted themes (the annotations of annotated-7 and annotated-12).
    if (gold.documents.some((d) => d.counts)) it(`counts theme mentions and who says them but in ${[...(set.countMisses ?? []), ...(set.speakerMisses ?? [])].join(', ') || 'none'}`, () => {
      const counts = score('theme counts', gold.documents.filter((g) => g.counts), byId, countsMiss)
      const attributed = gold.documents.filter((g) => g.speakers)
      const speakers = score('speakers', attributed, byId, speakersMiss)
      printTable(`theme counts on ${set.dir}/`, attributed.length > 0 ? [counts, speakers] : [counts])
      expect(counts.misses.map((m) => m.split(': ')[0])).toEqual(set.countMisses ?? [])
      expect(speakers.misses.map((m) => m.split(': ')[0])).toEqual(set.speakerMisses ?? [])
    })

    it(`pairs every cross-side gold pair but ${set.missedPairs.length}, and nothing else`, () => {
      const { precision, recall, found, missed, wrong } = pairScores(corpus.events, gold)
      console.log(`cross-side pairing on ${set.dir}/: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${found} found, ${gold.cross_side_pairs.length} gold)`)
      expect(wrong).toEqual(set.wrongPairs ?? [])
      expect(missed).toEqual(set.missedPairs)
    })

    it('groups the same-side gold groups (but those known to be split) and keeps every hard negative apart', () => {
      const split = gold.same_side_groups.filter((group) => new Set(group.map(eventOf)).size > 1).map((group) => group.join(' '))
      expect(split).toEqual(set.splitGroups)
      for (const { pair, why } of gold.hard_negatives) {
        // A hard negative parallax is known to pair is listed, and checked, among the wrong pairs.
        const key = [...pair].sort().join(' ')
        if (pair.some((id) => missing.includes(id)) || (set.wrongPairs ?? []).includes(key) || (set.joinedNegatives ?? []).includes(key)) continue
        expect(eventOf(pair[0]), `${pair.join(' / ')}: ${why}`).not.toBe(eventOf(pair[1]))
      }
    })
  })
}
