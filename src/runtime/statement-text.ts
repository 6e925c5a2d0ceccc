/**
 * A statement as a payee reads it: per period each line with its amount in one right-aligned
 * column and its explanation beneath, the period total, then the totals for the year.
 */
import { dec } from './decimal.js';
import { formatMoney } from './format.js';
import type { ExplainStep, Statement } from './statement.js';

const INDENT = '  ';
const STEP_INDENT = '      ';
// Narrower columns look cramped next to the explanation lines beneath them.
const MIN_NAME_WIDTH = 32;
const MIN_AMOUNT_WIDTH = 12;

interface Columns {
  name: number;
  amount: number;
}

function stepText(step: ExplainStep): string {
  const note = step.note === undefined ? '' : ` (${step.note})`;
  return `${STEP_INDENT}${step.label}: ${step.value}${note}`;
}

function row(columns: Columns, name: string, amount: string): string {
  return `${INDENT}${name.padEnd(columns.name)}  ${amount.padStart(columns.amount)}`;
}

/** A rule under the amount column, as on a printed statement before a total. */
function rule(columns: Columns, char: string): string {
  return `${INDENT}${' '.repeat(columns.name)}  ${char.repeat(columns.amount)}`;
}

/** The state the statement closes with, exact, for the next run to open from (nothing when the plan carries none). */
function carried(statement: Statement): string[] {
  const closing = statement.closing;
  if (!closing || Object.keys(closing.values).length === 0) return [];
  const after = closing.after === null ? 'before the first period' : `after ${closing.after}`;
  return ['', `Carried forward (${after})`, ...Object.entries(closing.values).map(([id, v]) => `${INDENT}${id}: ${String(v)}`)];
}

export function renderStatementText(statement: Statement): string {
  const money = (amount: string): string => formatMoney(dec(amount), statement.currency);
  const names = [
    ...statement.periods.flatMap((p) => [...p.lines.map((l) => l.name), `${p.period} total`]),
    ...statement.totals.map((t) => t.name),
    'Total',
  ];
  const amounts = [
    ...statement.periods.flatMap((p) => [...p.lines.map((l) => l.amount), p.total]),
    ...statement.totals.map((t) => t.amount),
    statement.total,
  ].map(money);
  const columns: Columns = {
    name: Math.max(MIN_NAME_WIDTH, ...names.map((n) => n.length)),
    amount: Math.max(MIN_AMOUNT_WIDTH, ...amounts.map((a) => a.length)),
  };
  const width = INDENT.length + columns.name + 2 + columns.amount;

  const title = `${statement.plan}: pay statement`;
  const out: string[] = [title, '='.repeat(Math.max(width, title.length))];
  if (statement.payee !== undefined) out.push(`Payee:    ${statement.payee}`);
  out.push(`Currency: ${statement.currency}`);
  if (statement.opening?.after) out.push(`Opens:    after ${statement.opening.after}, from the state an earlier statement closed with`);

  for (const period of statement.periods) {
    out.push('', period.period);
    for (const line of period.lines) {
      out.push(row(columns, line.name, money(line.amount)));
      out.push(...line.explanation.map(stepText));
    }
    out.push(rule(columns, '-'), row(columns, `${period.period} total`, money(period.total)));
  }

  out.push('', 'Year');
  for (const total of statement.totals) out.push(row(columns, total.name, money(total.amount)));
  out.push(rule(columns, '-'), row(columns, 'Total', money(statement.total)), rule(columns, '='));
  out.push(...carried(statement));
  return `${out.join('\n')}\n`;
}
