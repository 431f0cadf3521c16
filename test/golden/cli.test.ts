import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'

// Golden CLI tests (textlint style): one case per folder, comparing exit code, stdout and stderr of the
// in-process CLI on the real seeds. Update on purpose with `npx vitest run --config test/vitest.config.ts -u`;
// a golden diff in a commit is a reviewed change of behaviour.
const cases: { name: string; argv: string[] }[] = [
  { name: 'accounts-json', argv: ['accounts', 'seeds', '--format', 'json'] },
  { name: 'accounts-table', argv: ['accounts', 'seeds'] },
  { name: 'align-json', argv: ['align', 'seeds', '--format', 'json'] },
  { name: 'terms-themes-json', argv: ['terms', 'seeds', '--themes', '--format', 'json'] },
  { name: 'terms-keyness-csv', argv: ['terms', 'seeds', '--keyness', '--top', '25', '--format', 'csv'] },
  { name: 'terms-bigrams-table', argv: ['terms', 'seeds', '--ngram', '2', '--top', '15'] },
  { name: 'kwic-global-south', argv: ['kwic', 'global-south', 'seeds', '--width', '40'] },
  { name: 'compare-nizhny-novgorod', argv: ['compare', '2024-06-10-lavrov-wang-yi-nizhny-novgorod', 'seeds'] },
  { name: 'bad-pairs-file', argv: ['align', 'seeds', '--pairs', 'test/fixtures/bad/malformed.json'] },
  { name: 'bad-lexicon-json', argv: ['terms', 'seeds', '--themes', '--lexicon', 'test/fixtures/bad/malformed.json'] },
  { name: 'bad-lexicon-schema', argv: ['terms', 'seeds', '--themes', '--lexicon', 'test/fixtures/options/lexicon-invalid.json'] },
  { name: 'pairs-unknown-id', argv: ['align', 'seeds/003_5386bee5090c7a93.txt', 'seeds/004_775c12525becf376.txt', '--pairs', 'test/fixtures/options/pairs-unknown-id.json'] },
  { name: 'unknown-side-file', argv: ['accounts', 'seeds/004_775c12525becf376.txt', '--side', 'nowhere.txt=ru'] },
  { name: 'side-override', argv: ['accounts', 'seeds/004_775c12525becf376.txt', '--side', '004_775c12525becf376.txt=ru', '--format', 'json'] },
]

describe('golden: cli', () => {
  for (const { name, argv } of cases) {
    it(name, async () => {
      const { exitCode, stdout, stderr } = await runCli(argv)
      await expect(`$ parallax ${argv.join(' ')}\nexit code: ${exitCode}\n--- stderr\n${stderr}--- stdout\n${stdout}`).toMatchFileSnapshot(
        `./${name}/expected.txt`,
      )
    })
  }
})
