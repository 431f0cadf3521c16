import { readFile } from 'node:fs/promises'
import { Command, CommanderError, Option } from 'commander'
import {
  accountRecord,
  alignCorpus,
  eventRecord,
  formatAccountsTable,
  formatEventsTable,
  loadCorpusParallel,
  parseLexiconFile,
  parsePairOverrides,
  type Diagnostic,
  type Lexicon,
  type PairOverrides,
  type PipelineOptions,
  type Side,
} from '../index.js'
import { ExitCode } from './exit-codes.js'
import { oneOf, parseSideOption } from './parse-options.js'
import { formatDiagnostic, sortDiagnostics } from './print-diagnostics.js'
import { createProgress } from './progress.js'
import { registerAnalysisCommands } from './analysis-commands.js'

/** Where the program writes; the bin passes the process streams, tests pass buffers. */
export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  cwd: string
  /**
   * Called between the stages of a run (after loading, after analysis). bin.ts passes a full garbage
   * collection: each stage leaves most of what it allocated behind, and collecting it there, rather than
   * when V8 next finds it worth doing, took the benchmark's peak RSS at 100,000 accounts from 1,556 to
   * 1,122 MB for about 1% of the time. @default nothing
   */
  betweenStages?: () => void
}

/** Options every command that reads inputs accepts. */
export interface CommonOptions {
  side?: Map<string, Side>
  lexicon?: string
  pairs?: string
  quiet?: boolean
}

/** What a command handler needs: the streams, and a way to report diagnostics and settle the exit code. */
export interface CommandContext {
  io: CliIo
  /** Loads --lexicon and --pairs and reads the inputs; null when an option file is unusable (already reported). */
  load(paths: string[], options: CommonOptions): Promise<PipelineOptions | null>
  report(diagnostics: readonly Diagnostic[]): void
  out(text: string): void
  exitCode: ExitCode
}

export const DEFAULT_INPUT = 'seeds'

/** Runs `parallax` with `argv` (without node and script) and returns the exit code; never calls process.exit. */
export async function execute(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const context = createContext(io)
  const program = buildProgram(context)
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage
    }
    io.stderr.write(`parallax: ${(error as Error).stack ?? String(error)}\n`)
    return ExitCode.usage
  }
  return context.exitCode
}

function createContext(io: CliIo): CommandContext {
  const context: CommandContext = {
    io,
    exitCode: ExitCode.ok,
    out: (text) => void io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    report(diagnostics) {
      for (const d of sortDiagnostics(diagnostics)) io.stderr.write(`${formatDiagnostic(d)}\n`)
      if (diagnostics.some((d) => d.severity === 'error') && context.exitCode === ExitCode.ok) {
        context.exitCode = ExitCode.inputRejected
      }
    },
    async load(_paths, options) {
      const pipeline: PipelineOptions = { sideOverrides: options.side }
      if (options.lexicon) {
        const lexicon = await readOptionFile(options.lexicon, context, (text, file) => {
          const loaded = parseLexiconFile(text, file)
          return { value: loaded.lexicon, diagnostics: loaded.diagnostics }
        })
        if (!lexicon) return null
        pipeline.lexicon = lexicon
      }
      if (options.pairs) {
        const overrides = await readOptionFile<PairOverrides>(options.pairs, context, (text, file) => {
          const parsed = parsePairOverrides(text, file)
          return { value: parsed.overrides, diagnostics: parsed.diagnostics }
        })
        if (!overrides) return null
        pipeline.pairOverrides = overrides
        pipeline.pairOverridesName = options.pairs
      }
      return pipeline
    },
  }
  return context
}

/** Reads an option file (lexicon, pairs); any problem is a usage error, reported in one line. */
async function readOptionFile<T>(
  file: string,
  context: CommandContext,
  parse: (text: string, file: string) => { value?: T; diagnostics: Diagnostic[] },
): Promise<T | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    context.report([usageDiagnostic(file, 'unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)])
    context.exitCode = ExitCode.usage
    return null
  }
  const parsed = parse(text, file)
  if (parsed.diagnostics.length > 0 || parsed.value === undefined) {
    context.report(parsed.diagnostics)
    context.exitCode = ExitCode.usage
    return null
  }
  return parsed.value
}

function usageDiagnostic(file: string, ruleId: string, message: string): Diagnostic {
  return { file, severity: 'error', ruleId, message }
}

/** Rules that mean the command line itself is wrong, not an input file: exit code 2. */
const USAGE_RULES = new Set(['unknown-side-file', 'unknown-account'])

/** Adds the flags shared by every command that reads inputs. */
export function withCommonOptions(command: Command): Command {
  return command
    .argument('[paths...]', `input files or folders (default: ${DEFAULT_INPUT}/)`)
    .option('--side <file=side>', 'decide the side of a file yourself: <file>=ru or <file>=cn (repeatable)', parseSideOption)
    .option('--lexicon <file>', 'themes JSON to use instead of the shipped one (same schema as src/data/themes.json)')
    .option('--pairs <file>', 'analyst overrides: {"confirm": [[ids…]], "reject": [[ids…]]}')
    .option('-q, --quiet', 'no progress bar')
}

/** Reads the inputs with a progress bar on a terminal; reports diagnostics; settles the exit code. */
export async function loadInputs(context: CommandContext, paths: string[], options: CommonOptions) {
  const pipelineOptions = await context.load(paths, options)
  if (!pipelineOptions) return null
  const progress = createProgress(context.io.stderr, options.quiet ?? false, 'reading')
  pipelineOptions.onProgress = (done, total) => progress.update(done, total)
  const corpus = await loadCorpusParallel(paths.length > 0 ? paths : [DEFAULT_INPUT], pipelineOptions)
  progress.stop()
  context.io.betweenStages?.()
  return { corpus, pipelineOptions }
}

/** Reports diagnostics; usage problems and an empty corpus turn into exit code 2. */
export function settle(context: CommandContext, diagnostics: readonly Diagnostic[], accountCount: number): void {
  context.report(diagnostics)
  if (diagnostics.some((d) => USAGE_RULES.has(d.ruleId))) context.exitCode = ExitCode.usage
  if (accountCount === 0) {
    context.io.stderr.write('parallax: no account could be read from the inputs\n')
    context.exitCode = ExitCode.usage
  }
}

function buildProgram(context: CommandContext): Command {
  const program = new Command('parallax')
    .description(
      'Compare how the Russian and Chinese foreign ministries tell the story of the same meeting.\n' +
        'Reads plain-text copies of web pages and Telegram channels, messages copied from Telegram Desktop, its ' +
        'JSON and HTML exports, and saved HTML pages (a channel\'s t.me/s page too); pairs the two sides\' accounts ' +
        'of each meeting; compares their framing; writes offline reports.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void context.io.stdout.write(s),
      writeErr: (s) => void context.io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok; 1 some inputs rejected (named on stderr, the rest processed);\n' +
        '            2 usage error or nothing processed.\n' +
        'Data goes to stdout, messages to stderr.\n\n' +
        'Example: parallax report seeds --out reports',
    )

  withCommonOptions(
    program
      .command('accounts')
      .description('list the accounts found in the inputs, with side, date, place, participants and kind (and why)'),
  )
    .addOption(new Option('--format <format>', 'output format').argParser(oneOf(['table', 'json'] as const)).default('table'))
    .action(async (paths: string[], options: CommonOptions & { format: 'table' | 'json' }) => {
      const loaded = await loadInputs(context, paths, options)
      if (!loaded) return
      const { corpus } = loaded
      if (options.format === 'json') context.out(JSON.stringify(corpus.accounts.map(accountRecord), null, 2))
      else context.out(formatAccountsTable(corpus.accounts))
      settle(context, corpus.diagnostics, corpus.accounts.length)
    })

  withCommonOptions(
    program
      .command('align')
      .description('group the accounts into events: the same meeting told by both sides, same-side duplicates, unmatched'),
  )
    .addOption(new Option('--format <format>', 'output format').argParser(oneOf(['table', 'json'] as const)).default('table'))
    .action(async (paths: string[], options: CommonOptions & { format: 'table' | 'json' }) => {
      const loaded = await loadInputs(context, paths, options)
      if (!loaded) return
      const { corpus, pipelineOptions } = loaded
      const aligned = alignCorpus(corpus, pipelineOptions)
      if (options.format === 'json') context.out(JSON.stringify({ events: aligned.events.map(eventRecord) }, null, 2))
      else context.out(formatEventsTable(aligned.events, corpus.accounts))
      settle(context, [...corpus.diagnostics, ...aligned.diagnostics], corpus.accounts.length)
    })

  registerAnalysisCommands(program, context)
  return program
}
