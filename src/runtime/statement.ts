/**
 * The statement a payout produces: plain JSON-serialisable data whose amounts are exact decimal
 * strings. Each line is rounded once by the caller, with the plan's rule; every total here is the
 * exact sum of rounded lines, so a statement always adds up to the cent.
 */
import { type Dec, sum } from './decimal.js';
import { amountString } from './format.js';
import type { StateSnapshot } from './plan-state.js';

export interface ExplainStep {
  label: string;
  /** For display, e.g. "$18,750.00" or "83.33%". */
  value: string;
  /** The exact decimal, present only when `value` was rounded for display. */
  exact?: string;
  note?: string;
}

export interface PayoutLine {
  kind: 'component' | 'bonus' | 'adjustment';
  name: string;
  amount: string;
  explanation: ExplainStep[];
}

export interface PeriodStatement {
  /** "FY", "Q1"…"Q4" or "M1"…"M12". */
  period: string;
  lines: PayoutLine[];
  total: string;
}

export interface Statement {
  plan: string;
  currency: string;
  payee?: string;
  periods: PeriodStatement[];
  /** Per line name, summed over the periods, in the order the names first appear. */
  totals: { name: string; amount: string }[];
  total: string;
  /** Data that was read but not used (a field the plan does not know), so nothing is dropped silently. */
  warnings?: string[];
  /**
   * The state carried between periods (paid to date, running positions, once bonuses, ytd sums) as
   * the run opened and closed it; a later run continues from `closing` given as its data's `opening`.
   * A statement a plan pays has both; one put together by hand may have neither.
   */
  opening?: StateSnapshot;
  closing?: StateSnapshot;
}

/** A payout line already rounded with the plan's rule, before it becomes statement data. */
export interface RoundedLine {
  kind: PayoutLine['kind'];
  name: string;
  amount: Dec;
  explanation: ExplainStep[];
}

export interface PeriodLines {
  period: string;
  lines: readonly RoundedLine[];
}

export interface StatementInput {
  plan: string;
  currency: string;
  payee?: string;
  periods: readonly PeriodLines[];
  warnings?: readonly string[];
  opening?: StateSnapshot;
  closing?: StateSnapshot;
}

function toPayoutLine(line: RoundedLine, currency: string): PayoutLine {
  return {
    kind: line.kind,
    name: line.name,
    amount: amountString(line.amount, currency),
    explanation: line.explanation,
  };
}

export function buildPeriod(
  period: string,
  lines: readonly RoundedLine[],
  currency: string,
): PeriodStatement {
  return {
    period,
    lines: lines.map((line) => toPayoutLine(line, currency)),
    total: amountString(sum(lines.map((line) => line.amount)), currency),
  };
}

/** Sums of the line amounts per name, in first-seen order. */
function totalsByName(periods: readonly PeriodLines[]): Map<string, Dec[]> {
  const byName = new Map<string, Dec[]>();
  for (const { lines } of periods) {
    for (const line of lines) {
      const amounts = byName.get(line.name);
      if (amounts === undefined) byName.set(line.name, [line.amount]);
      else amounts.push(line.amount);
    }
  }
  return byName;
}

export function buildStatement(input: StatementInput): Statement {
  const { plan, currency, payee, periods } = input;
  const allAmounts = periods.flatMap(({ lines }) => lines.map((line) => line.amount));
  return {
    plan,
    currency,
    ...(payee === undefined ? {} : { payee }),
    periods: periods.map(({ period, lines }) => buildPeriod(period, lines, currency)),
    totals: [...totalsByName(periods)].map(([name, amounts]) => ({
      name,
      amount: amountString(sum(amounts), currency),
    })),
    total: amountString(sum(allAmounts), currency),
    ...(input.warnings && input.warnings.length > 0 ? { warnings: [...input.warnings] } : {}),
    ...(input.opening ? { opening: input.opening } : {}),
    ...(input.closing ? { closing: input.closing } : {}),
  };
}
