/**
 * `payplan explain <plan> <data> --payee "Name"`: one payee's statement with the derivation of
 * every line, as a payee reads it; or the error that stopped it being paid (exit 1).
 */
import { renderStatementText } from '../../runtime/statement-text.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { hasInternalError } from '../output.js';
import { payPayees, printPayeeErrors, printWarnings } from '../payout.js';
import { UsageError } from '../usage-error.js';

export const options = {
  payee: { type: 'string' },
  plan: { type: 'string' },
  list: { type: 'string', multiple: true },
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const [planPath, dataPath, ...extra] = args.positionals;
  if (planPath === undefined || dataPath === undefined) {
    throw new UsageError('give a plan file, a data file and a payee: `payplan explain <plan> <data> --payee "Name"`');
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``);
  const payee = args.string('payee');
  if (payee === undefined) throw new UsageError('name the payee to explain with `--payee "Name"`');

  const result = payPayees(ctx, { planPath, dataPath, planName: args.string('plan'), lists: args.strings('list'), payee });
  if (typeof result === 'number') return result;
  printWarnings(ctx, result.warnings);
  printPayeeErrors(ctx, result.errors);
  if (result.statements.length > 0) ctx.text(result.statements.map(renderStatementText).join('\n'));
  return hasInternalError(result.errors) ? EXIT_INTERNAL : result.errors.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
