/** The help text of payplan and of each command (kept apart so `--help` loads no command). */

export const commandSummaries: Readonly<Record<string, string>> = {
  check: 'check plan files and report their diagnostics',
  test: 'check plan files and run their `test` blocks',
  run: "pay every payee of a data file and print their statements",
  explain: "show how one payee's statement was derived",
  build: 'compile a plan to an ES module and its .d.mts',
  fmt: 'format plan files in the canonical layout',
  lsp: 'start the language server (LSP over stdio)',
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(commandSummaries).map((c) => c.length));
  return `payplan: checked, tested and compiled sales-compensation plans

Usage: payplan <command> [options]

Commands:
${Object.entries(commandSummaries)
  .map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`)
  .join('\n')}

Options:
  -h, --help     show help (also \`payplan <command> --help\`)
  -v, --version  print the version

Exit codes: 0 success, 1 errors or failures, 2 usage error, 3 internal error.
`;
}

export const commandHelp: Readonly<Record<string, string>> = {
  check: `Usage: payplan check <files|dirs>... [--format text|json|sarif] [--report] [--max-warnings N] [--strict]

Checks every .payplan file (directories are searched recursively) and prints its diagnostics.

Options:
  --format text|json|sarif  output format (default: text)
  --report                  also print what each plan pays: per component its target, its payout
                            at 50%, 100%, 150% and 200% attainment, and the most it can pay
  --max-warnings N          fail (exit 1) when there are more than N warnings in all
  --strict                  fail (exit 1) on any warning (as --max-warnings 0)
  --sarif-root DIR          with --format sarif: the directory artifact URIs are relative to
                            (default: the git root above the current directory, else it)

Exit: 0 no errors (warnings allowed unless limited), 1 an error in any file or too many
warnings, 2 usage error, 3 internal error.
`,
  test: `Usage: payplan test <files|dirs>... [--format text|json|junit] [--filter PATTERN] [--update]

Checks every .payplan file, then runs its \`test\` blocks. Ends with "N passed, N failed".
A file with errors cannot run: its tests count as failed.

Options:
  --format text|json|junit  output format (default: text); junit is JUnit XML for CI servers
  --filter PATTERN          run only the tests whose name contains PATTERN or matches it as a
                            regular expression; files without such a test are left out
  --update                  rewrite each failed \`expect\` to what the plan pays or computes,
                            format the file, print what changed, then report the tests again

Exit: 0 every test passed, 1 a test failed or a file has errors, 2 usage error (also when
--filter matches no test), 3 internal error.
`,
  run: `Usage: payplan run <plan> <data> [options]

Pays every payee of <data> (JSON, or CSV with one row per payee and period) and prints their
statements. A payee whose data is bad gets an error naming its row and field; every other payee
is still paid.

Options:
  --plan "Name"         the plan to run, when the file has several
  --list name=file.csv  list input \`name\` from a CSV file (payee, period, then the fields);
                        repeat for several lists
  --out json|csv|text   output format (default: from --output's extension, else text)
  --output <file>       write the output to <file> instead of stdout
  --carry a,b           with --out csv: copy these payee-data columns (CSV columns, JSON payee
                        fields) onto every output row
  --quiet               no summary and no progress bar on stderr (errors and warnings still)

Exit: 0 every payee paid, 1 the plan has errors or a payee failed, 2 usage error.
`,
  explain: `Usage: payplan explain <plan> <data> --payee "Name" [options]

Prints one payee's statement with the derivation of every line, or the error that stopped it.

Options:
  --payee "Name"        the payee to explain (required)
  --plan "Name"         the plan to run, when the file has several
  --list name=file.csv  list input \`name\` from a CSV file; repeat for several lists

Exit: 0 explained, 1 the plan has errors or the payee's data is bad, 2 usage error.
`,
  build: `Usage: payplan build <plan> [-o <outdir>]

Writes <basename>.mjs and <basename>.d.mts for the plan (one module per plan, named by the plan's
slugified name, when the file has several). A file with errors is not built.

Options:
  -o, --outdir <dir>  where to write (default: the plan file's directory)

Exit: 0 built, 1 the plan has errors, 2 usage error.
`,
  lsp: `Usage: payplan lsp --stdio

Starts the payplan language server, speaking LSP over standard input and output (see docs/editor.md).
`,
  fmt: `Usage: payplan fmt <files|dirs>... [--check] [--diff]

Rewrites .payplan files in their canonical layout. Files with syntax errors are reported and left
untouched.

Options:
  --check  change nothing; list the files that would change
  --diff   change nothing; print a unified diff of what would change (the summary goes to stderr)

Exit: 0 done (with --check: everything formatted), 1 files would change or have syntax errors,
2 usage error.
`,
};
