/**
 * payplan's command line: argv → command → exit code. Each command lives in commands/<name>.ts and
 * is imported only when it runs, so `payplan check` never loads the formatter or prettier.
 *
 * Exit codes: 0 success; 1 the plans, tests or data have errors (or files need formatting);
 * 2 usage error (unknown command or flag, missing file); 3 internal error.
 */
import { closestName } from '../check/did-you-mean.js';
import { Context, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type CliIo } from './context.js';
import { commandHelp, commandSummaries, mainHelp } from './help.js';
import { fileErrorMessage, fileErrorReason, FileError, isFileSystemError } from './file-errors.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';

export type { CliIo } from './context.js';

interface Command {
  run(ctx: Context, argv: readonly string[]): Promise<number>;
}

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  check: () => import('./commands/check.js'),
  test: () => import('./commands/test.js'),
  run: () => import('./commands/run.js'),
  explain: () => import('./commands/explain.js'),
  build: () => import('./commands/build.js'),
  fmt: () => import('./commands/fmt.js'),
  lsp: () => import('./commands/lsp.js'),
};

/** Runs payplan with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx = new Context(io);
  const [first, ...rest] = argv;
  if (first === undefined) {
    ctx.err(mainHelp().trimEnd());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') return help(ctx, undefined);
  if (first === 'help') return help(ctx, rest[0]);
  if (first === '--version' || first === '-v') {
    ctx.out(version());
    return EXIT_OK;
  }
  const load = Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (load === undefined) {
    const what = first.startsWith('-') ? `unknown option \`${first}\`` : `unknown command \`${first}\`${suggest(first)}`;
    return usage(ctx, undefined, what);
  }
  const ownArgs = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) return help(ctx, first);
  try {
    return await (await load()).run(ctx, rest);
  } catch (error) {
    if (error instanceof FileError) {
      ctx.err(`payplan ${first}: ${error.message}`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) return usage(ctx, first, error.message);
    // A file that cannot be read or written is the caller's to fix, not a bug: one plain line.
    if (isFileSystemError(error)) {
      ctx.err(`payplan ${first}: ${fileErrorMessage(ctx, error)}`);
      return EXIT_USAGE;
    }
    ctx.err(internalError(`payplan ${first}`, error));
    return EXIT_INTERNAL;
  }
}

/** The report of a bug in payplan: PP9001, with the stack, for the issue tracker. */
function internalError(who: string, error: unknown): string {
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${who}: error PP9001: payplan hit an internal error: ${reason}\nplease report this with the plan file`;
}

/**
 * Guards for the executable (bin.ts and dist/payplan.mjs): an error that escapes main() is still
 * PP9001 with exit 3, and standard output that cannot be written (a full disk) is a one-line
 * error with exit 2. A closed pipe (`payplan check … | head`) is not an error.
 */
export function guardProcess(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`payplan: cannot write to standard output: ${fileErrorReason(error)}\n`);
    process.exit(EXIT_USAGE);
  });
  const crash = (error: unknown) => {
    process.stderr.write(`${internalError('payplan', error)}\n`);
    process.exit(EXIT_INTERNAL);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

function help(ctx: Context, command: string | undefined): number {
  if (command === undefined) {
    ctx.io.stdout(mainHelp());
    return EXIT_OK;
  }
  const text = Object.hasOwn(commandHelp, command) ? commandHelp[command] : undefined;
  if (text === undefined) return usage(ctx, undefined, `unknown command \`${command}\`${suggest(command)}`);
  ctx.io.stdout(text);
  return EXIT_OK;
}

function usage(ctx: Context, command: string | undefined, message: string): number {
  const name = command === undefined ? 'payplan' : `payplan ${command}`;
  ctx.err(`${name}: ${message}`, `Run \`${name} --help\` for usage.`);
  return EXIT_USAGE;
}

function suggest(word: string): string {
  const best = closestName(word, Object.keys(commandSummaries), 2);
  return best === undefined ? '' : `; did you mean \`${best}\`?`;
}
