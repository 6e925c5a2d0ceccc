/** The operator table of brief §2, one row per pair of units. */
import { describe, expect, it } from 'vitest';
import { arithmetic } from '../../src/check/unit-algebra.js';
import { COUNT, NUMBER, PERCENT, money, typeName, type Type } from '../../src/check/types.js';
import type { ArithmeticOp } from '../../src/syntax/ast.js';

const USD = money('USD');
const EUR = money('EUR');

function result(op: ArithmeticOp, l: Type, r: Type): string {
  const v = arithmetic(op, l, r);
  return v.ok ? typeName(v.type) : `error: ${v.problem}`;
}

describe('unit algebra', () => {
  it.each<[Type, ArithmeticOp, Type, string]>([
    [USD, '+', USD, 'Money (USD)'],
    [USD, '-', USD, 'Money (USD)'],
    [USD, '+', EUR, 'error: currency'],
    [USD, '/', USD, 'Percent'],
    [USD, '/', EUR, 'error: currency'],
    [USD, '*', USD, 'error: money-times-money'],
    [USD, '*', PERCENT, 'Money (USD)'],
    [PERCENT, '*', USD, 'Money (USD)'],
    [PERCENT, 'of', USD, 'Money (USD)'],
    [USD, '*', NUMBER, 'Money (USD)'],
    [NUMBER, '*', USD, 'Money (USD)'],
    [USD, '/', NUMBER, 'Money (USD)'],
    [USD, '/', PERCENT, 'Money (USD)'],
    [USD, '+', PERCENT, 'error: incompatible'],
    [USD, '+', NUMBER, 'error: incompatible'],
    [NUMBER, '/', USD, 'error: incompatible'],
    [PERCENT, '+', PERCENT, 'Percent'],
    [PERCENT, '*', PERCENT, 'Percent'],
    [PERCENT, '/', PERCENT, 'Percent'],
    [PERCENT, 'of', PERCENT, 'Percent'],
    [NUMBER, '*', PERCENT, 'Percent'],
    [PERCENT, '+', NUMBER, 'error: incompatible'],
    [COUNT, '+', COUNT, 'Count'],
    [COUNT, '*', COUNT, 'Count'],
    [COUNT, '/', COUNT, 'Number'],
    [COUNT, '+', NUMBER, 'Number'],
    [USD, 'of', PERCENT, 'error: incompatible'],
  ])('%o %s %o', (l, op, r, expected) => {
    expect(result(op, l, r)).toBe(expected);
  });
});
