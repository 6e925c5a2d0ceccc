/**
 * Hover: what the thing under the cursor is and, where it needs no payee data, what it is worth.
 * Names get their declaration, type, doc comment and value (hover-symbols.ts); bands their coverage
 * and payout (hover-bands.ts); literals their meaning in place (a weight's target incentive, the
 * mix's base and variable); a few keywords their rule.
 */
import { literalValue } from '../check/constant.js';
import type { Node } from './walk.js';
import type { Span } from '../text/span.js';
import { formatPercent } from '../runtime/format.js';
import { contextOf, type NodeContext } from './context.js';
import { codeBlock, inlineCode } from './markdown.js';
import { bandHover } from './hover-bands.js';
import { symbolHover } from './hover-symbols.js';
import { enclosing, nodePathAt, wordAt } from './node-at-offset.js';
import { occurrenceAt } from './symbols.js';
import { showMoney } from './values.js';
import type { WorkspaceIndex } from './workspace.js';

export interface HoverResult {
  readonly span: Span;
  /** Markdown. */
  readonly contents: string;
}

const KEYWORDS: Readonly<Record<string, string>> = {
  cumulative: 'A `cumulative` component computes what it has earned year to date and pays that minus what it paid in earlier periods (a true-up, which may be negative)',
  marginal: '`marginal`: each slice of the amount is paid at the rate of the band it falls in',
  retroactive: '`retroactive`: the rate of the band the amount finally reaches applies to all of it',
  running: '`running`: each deal is priced from where the payee already stands, the running total of the earlier deals of the year',
  once: '`once`: the bonus pays only in the first period of the year whose condition holds',
  gate: '`gate`: when the condition is false the component pays $0 and says which gate failed',
  pro: '`pro rata`: bands pay Money; a band fully passed pays its amount, a band partly reached pays in proportion to the part reached',
  rata: '`pro rata`: bands pay Money; a band fully passed pays its amount, a band partly reached pays in proportion to the part reached',
  ytd: '`ytd(value)`: the sum of the value over this period and every earlier period of the year',
};

export function hover(index: WorkspaceIndex, uri: string, offset: number): HoverResult | null {
  const program = index.get(uri);
  if (!program) return null;
  const path = nodePathAt(program.checked.ast, offset);
  const ctx = contextOf(program, path);
  const occurrence = occurrenceAt(index, uri, offset);
  if (occurrence) {
    const aggregate = path[path.length - 1]?.kind === 'Aggregate';
    const contents = symbolHover(index, uri, occurrence.symbol, ctx, aggregate);
    return contents ? { span: occurrence.span, contents } : null;
  }
  const band = enclosing(path, 'Band');
  if (band) return { span: band.span, contents: bandHover(program, band, ctx) };
  const node = path[path.length - 1]!;
  const literal = literalHover(node, path, ctx);
  if (literal) return { span: node.span, contents: literal };
  const word = wordAt(program.file.text, offset);
  const doc = word && Object.hasOwn(KEYWORDS, word.word) ? KEYWORDS[word.word] : undefined;
  return word && doc ? { span: word.span, contents: doc } : null;
}

function literalHover(node: Node, path: readonly Node[], ctx: NodeContext): string | null {
  const plan = ctx.plan;
  const parent = path[path.length - 2];
  if (node.kind === 'Money') {
    const value = literalValue(node);
    const amount = showMoney(value, node.currency);
    const facts = [codeBlock(`Money (${node.currency})`), amount];
    if (parent?.kind === 'Ote' && plan?.mix) {
      facts.push(`base ${showMoney(value.times(plan.mix.base), node.currency)} + variable ${showMoney(value.times(plan.mix.variable), node.currency)} per year`);
    }
    return facts.join('\n\n');
  }
  if (node.kind === 'Percent') {
    const ratio = literalValue(node);
    const facts = [codeBlock('Percent'), `${formatPercent(ratio)} is the ratio ${ratio.toString()}`];
    if (parent?.kind === 'Component' && parent.weight === node && ctx.component?.annualTarget && plan?.ote && plan.mix) {
      const variable = plan.ote.times(plan.mix.variable);
      facts.push(`weight of ${inlineCode(parent.name.name)}: target incentive = variable ${showMoney(variable, plan.currency)} × ${formatPercent(ratio)} = ${showMoney(ctx.component.annualTarget, plan.currency)} per year`);
    }
    if (parent?.kind === 'Mix' && plan?.ote) {
      const part = parent.base === node ? 'base' : 'variable';
      facts.push(`${part} = OTE ${showMoney(plan.ote, plan.currency)} × ${formatPercent(ratio)} = ${showMoney(plan.ote.times(ratio), plan.currency)} per year`);
    }
    return facts.join('\n\n');
  }
  if (node.kind === 'Number') return [codeBlock(/^-?\d+$/.test(node.value) ? 'Count' : 'Number'), node.value].join('\n\n');
  return null;
}
