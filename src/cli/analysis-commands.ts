import { resolve } from 'node:path'
import { Command, Option } from 'commander'
import {
  alignCorpus,
  analyse,
  analyseCorpus,
  defaultLexicon,
  formatComparisonText,
  formatTermTable,
  kwic,
  reportFiles,
  termCounts,
  termRows,
  themeCounts,
  writeReport,
  type TermTableFormat,
} from '../index.js'
import { ExitCode } from './exit-codes.js'
import { oneOf, parsePositiveInt } from './parse-options.js'
import { loadInputs, settle, withCommonOptions, type CommandContext, type CommonOptions } from './program.js'

interface TermsOptions extends CommonOptions {
  themes?: boolean
  ngram: number
  top?: number
  keyness?: boolean
  stem?: boolean
  stopWords: boolean
  format: TermTableFormat
}

/** The commands that need the analyse stage: terms, kwic, compare, report. */
export function registerAnalysisCommands(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command('terms')
      .description('term frequencies by side (words, n-grams or lexicon themes), raw and per million words, with keyness on request'),
  )
    .option('--themes', 'count lexicon themes instead of words')
    .addOption(new Option('--ngram <n>', 'words per term').argParser(parsePositiveInt).default(1))
    .addOption(new Option('--top <n>', 'keep the first N rows').argParser(parsePositiveInt))
    .option('--keyness', 'add signed log-likelihood G², BIC, Log Ratio and LRC (rows sorted by LRC)')
    .option('--stem', 'count Porter stems instead of words')
    .option('--no-stop-words', 'keep stop words')
    .addOption(new Option('--format <format>', 'output format').argParser(oneOf(['table', 'csv', 'json'] as const)).default('table'))
    .action(async (paths: string[], options: TermsOptions) => {
      const loaded = await loadInputs(context, paths, options)
      if (!loaded) return
      const { corpus, pipelineOptions } = loaded
      const words = termCounts(corpus.accounts, {
        ngram: options.ngram,
        normalise: options.stem ? 'stem' : 'none',
        stopWords: options.stopWords,
      })
      const tokens = { ru: words.ru.tokens, cn: words.cn.tokens }
      const keyness = options.keyness ?? false
      const rows = options.themes
        ? termRows(themeCounts(corpus.accounts, pipelineOptions.lexicon ?? defaultLexicon()), tokens, { keyness, top: options.top, minFrequency: 0 })
        : termRows({ ru: words.ru.terms, cn: words.cn.terms }, tokens, { keyness, top: options.top })
      context.out(formatTermTable(rows, options.format, { keyness }))
      settle(context, corpus.diagnostics, corpus.accounts.length)
    })

  withCommonOptions(
    program
      .command('kwic')
      .description('keyword in context: every mention of a term or a theme id, with account ids')
      .argument('<query>', 'a theme id of the lexicon (e.g. global-south), a phrase, or a /regex/'),
  )
    .addOption(new Option('--width <n>', 'characters of context on each side').argParser(parsePositiveInt).default(60))
    .action(async (query: string, paths: string[], options: CommonOptions & { width: number }) => {
      const loaded = await loadInputs(context, paths, options)
      if (!loaded) return
      const { corpus, pipelineOptions } = loaded
      let lines
      try {
        lines = kwic(corpus.accounts, query, pipelineOptions.lexicon ?? defaultLexicon(), { width: options.width })
      } catch (error) {
        context.io.stderr.write(`parallax: ${(error as Error).message}\n`)
        context.exitCode = ExitCode.usage
        return
      }
      const idWidth = Math.max(0, ...lines.map((l) => l.account.length))
      for (const l of lines) context.out(`${l.account.padEnd(idWidth)}  ${l.left.padStart(options.width)} [${l.match}] ${l.right}`)
      settle(context, corpus.diagnostics, corpus.accounts.length)
    })

  withCommonOptions(
    program
      .command('compare')
      .description("one paired event's comparison as text: themes, label choices, aligned sentences, omissions")
      .argument('<event>', 'an event id as `parallax align` prints it, e.g. 2024-06-10-lavrov-wang-yi-nizhny-novgorod'),
  ).action(async (eventId: string, paths: string[], options: CommonOptions) => {
    const loaded = await loadInputs(context, paths, options)
    if (!loaded) return
    const { corpus, pipelineOptions } = loaded
    const aligned = alignCorpus(corpus, pipelineOptions)
    const event = aligned.events.find((e) => e.id === eventId)
    settle(context, [...corpus.diagnostics, ...aligned.diagnostics], corpus.accounts.length)
    if (!event || event.ru.length === 0 || event.cn.length === 0) {
      const paired = aligned.events.filter((e) => e.ru.length > 0 && e.cn.length > 0).map((e) => e.id)
      context.io.stderr.write(`parallax: no paired event "${eventId}" (paired events: ${paired.join(', ') || 'none'})\n`)
      context.exitCode = ExitCode.usage
      return
    }
    const analysis = analyse(corpus.accounts, [event], pipelineOptions.lexicon ?? defaultLexicon())
    const comparison = analysis.comparisons[0]!
    context.out(formatComparisonText(event, comparison, new Map(corpus.accounts.map((a) => [a.id, a]))))
  })

  withCommonOptions(
    program
      .command('report')
      .description('write the HTML reports (index and one page per paired event), data.json and terms.csv'),
  )
    .option('--out <dir>', 'folder to write the reports into', 'reports')
    .action(async (paths: string[], options: CommonOptions & { out: string }) => {
      const loaded = await loadInputs(context, paths, options)
      if (!loaded) return
      const { corpus, pipelineOptions } = loaded
      const analysed = analyseCorpus(corpus, pipelineOptions)
      settle(context, analysed.diagnostics, corpus.accounts.length)
      if (corpus.accounts.length === 0) return
      context.io.betweenStages?.()
      const files = reportFiles({ ...analysed, lexiconName: options.lexicon ?? 'built-in' })
      const written = await writeReport(resolve(context.io.cwd, options.out), files)
      if (!options.quiet) {
        context.io.stderr.write(`parallax: wrote ${written.written.length} files to ${options.out}/ (open ${options.out}/index.html)\n`)
      }
    })
}
