/** What pays: components and their items, commissions, bonuses, and caps and floors. */
import { doc } from 'prettier';
import type {
  AttainmentItem,
  BonusDecl,
  AllowItem,
  CapItem,
  CommissionItem,
  ComponentDecl,
  CurveItem,
  EachClause,
  FloorItem,
  GateItem,
  PayoutItem,
} from '../../syntax/ast.js';
import type { NodePrinter } from '../nodes.js';
import { printBandTable } from './bands.js';
import { printBlock, zipLines } from './block.js';

const { group, indent, line } = doc.builders;

/** The body stays one item per line even when it would fit on one. */
export const printComponent: NodePrinter<ComponentDecl> = (path, options, print) => {
  const { node } = path;
  return [
    'component ',
    print('name'),
    node.weight === null ? '' : [' weight ', print('weight')],
    node.cumulative ? ' cumulative' : '',
    ' ',
    printBlock(path, options, zipLines(node.items, path.map(print, 'items'))),
  ];
};

export const printAttainment: NodePrinter<AttainmentItem> = (_path, _options, print) => ['attainment ', print('value')];

export const printGate: NodePrinter<GateItem> = (_path, _options, print) => ['gate ', print('condition')];

export const printPayout: NodePrinter<PayoutItem> = (_path, _options, print) => ['payout ', print('value')];

export const printCurve: NodePrinter<CurveItem> = (path, options, print) => [
  'payout curve ',
  printBandTable(path, options, print),
];

/**
 * `commission [per x in L [where C]] on E [running] <mode>`. A per-deal header too long for one line
 * breaks before `on`, indented twice so it does not line up with the bands below it.
 */
export const printCommission: NodePrinter<CommissionItem> = (path, options, print) => {
  const { node } = path;
  const amount = ['on ', print('base'), node.running ? ' running' : ''];
  const header =
    node.each === null
      ? ['commission ', amount]
      : group(['commission ', print('each'), indent(indent([line, amount]))]);
  switch (node.mode) {
    case 'flat':
      return [header, ' at ', print('rate')];
    case 'lookup':
      return [header, ' by ', print('key'), ' ', printBandTable(path, options, print)];
    case 'pro-rata':
      return [header, ' pro rata ', printBandTable(path, options, print)];
    case 'marginal':
    case 'retroactive':
      return [header, ' ', node.mode, ' ', printBandTable(path, options, print)];
  }
};

export const printEach: NodePrinter<EachClause> = (path, _options, print) => [
  'per ',
  print('variable'),
  ' in ',
  print('list'),
  path.node.filter === null ? '' : [' where ', print('filter')],
];

export const printCap: NodePrinter<CapItem> = (_path, _options, print) => ['cap ', print('value')];

export const printAllow: NodePrinter<AllowItem> = (_path, _options, print) => ['allow ', print('slug')];

export const printFloor: NodePrinter<FloorItem> = (_path, _options, print) => ['floor ', print('value')];

/** A long bonus breaks before `when`. */
export const printBonus: NodePrinter<BonusDecl> = (path, _options, print) => {
  const { node } = path;
  return group([
    'bonus ',
    print('name'),
    ' ',
    print('amount'),
    node.condition === null ? '' : indent([line, 'when ', print('condition')]),
    node.once ? ' once' : '',
  ]);
};
