/**
 * The state a plan carries from one period to the next, declared: what each cumulative component
 * has paid so far, where each running commission's year-to-date position stands, which `once`
 * bonuses have paid, and the running sum of each `ytd(…)`. A run opens it (from zero, or from the
 * closing state of an earlier run) and its statement returns it closed, so a year paid in one run
 * equals the same year paid period by period.
 */
import { D, type Dec, ZERO } from './decimal.js';
import { PayoutError } from './errors.js';
import type { PlanShape } from './plan-runner.js';

export type StateKind = 'paid' | 'position' | 'once' | 'ytd';

export interface StateItem {
  /** How the item is named in a statement's `opening` and `closing`: `paid Quota`, `ytd bookings`. */
  readonly id: string;
  readonly kind: StateKind;
  /** The component, bonus or ytd node the item belongs to. */
  readonly index: number;
  readonly unit: 'money' | 'bool' | 'number';
}

export interface StateShape {
  readonly items: readonly StateItem[];
}

/** The state between two periods. */
export interface PlanState {
  readonly paid: Dec[];
  readonly position: Dec[];
  readonly bonusPaid: boolean[];
  readonly ytd: Dec[];
}

/** The state as a statement writes it: the period it follows (null before the first) and each item's value. */
export interface StateSnapshot {
  after: string | null;
  values: Record<string, string | boolean>;
}

/** The declared state of a plan: its cumulative components, running commissions, once bonuses and ytd sums. */
export function stateShape(shape: PlanShape, ytd: readonly { readonly text: string; readonly money: boolean }[]): StateShape {
  const items: StateItem[] = [];
  shape.components.forEach((c, i) => {
    if (c.cumulative) items.push({ id: `paid ${c.name}`, kind: 'paid', index: i, unit: 'money' });
    if (c.rule.kind === 'commission' && c.rule.running) items.push({ id: `position ${c.name}`, kind: 'position', index: i, unit: 'money' });
  });
  shape.bonuses.forEach((b, i) => {
    if (b.once) items.push({ id: `once ${b.name}`, kind: 'once', index: i, unit: 'bool' });
  });
  ytd.forEach((y, i) => items.push({ id: `ytd ${y.text}`, kind: 'ytd', index: i, unit: y.money ? 'money' : 'number' }));
  return { items };
}

export function emptyState(shape: PlanShape, ytdCount: number): PlanState {
  return {
    paid: shape.components.map(() => ZERO),
    position: shape.components.map(() => ZERO),
    bonusPaid: shape.bonuses.map(() => false),
    ytd: Array.from({ length: ytdCount }, () => ZERO),
  };
}

export function snapshot(state: PlanState, shape: StateShape, after: string | null): StateSnapshot {
  const values: Record<string, string | boolean> = {};
  for (const item of shape.items) {
    const v = read(state, item);
    values[item.id] = typeof v === 'boolean' ? v : v.toFixed();
  }
  return { after, values };
}

function read(state: PlanState, item: StateItem): Dec | boolean {
  switch (item.kind) {
    case 'paid':
      return state.paid[item.index]!;
    case 'position':
      return state.position[item.index]!;
    case 'once':
      return state.bonusPaid[item.index]!;
    case 'ytd':
      return state.ytd[item.index]!;
  }
}

/**
 * The opening state from data (an earlier statement's `closing`): every declared item must be given,
 * nothing else may be, and the period it follows must be one of the plan's. Returns the state and the
 * index of the first period to pay.
 */
export function openState(opening: unknown, plan: PlanShape, shape: StateShape, ytdCount: number, who: string): { state: PlanState; first: number } {
  const where = `${who}, opening`;
  const bad = (field: string, expected: string, value: unknown) => new PayoutError('PP6002', { where, field, expected, value: JSON.stringify(value) ?? String(value) });
  if (typeof opening !== 'object' || opening === null || Array.isArray(opening)) throw bad('the opening state', 'a record with `after` and `values`', opening);
  const { after, values } = opening as { after?: unknown; values?: unknown };
  let first = 0;
  if (after !== null && after !== undefined) {
    const k = typeof after === 'string' ? plan.periodNames.indexOf(after) : -1;
    if (k < 0) throw new PayoutError('PP6008', { where, period: String(after), periods: plan.periodNames.join(', ') });
    first = k + 1;
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) throw bad('values', 'a record of state values', values);
  const given = values as Record<string, unknown>;
  const state = emptyState(plan, ytdCount);
  const known = new Set(shape.items.map((i) => i.id));
  for (const id of Object.keys(given)) if (!known.has(id)) throw bad(id, `one of the plan's state values (${[...known].join(', ') || 'none'})`, given[id]);
  for (const item of shape.items) {
    const v = given[item.id];
    if (v === undefined) throw new PayoutError('PP6001', { where, field: item.id });
    if (item.kind === 'once') {
      if (typeof v !== 'boolean') throw bad(item.id, 'true or false', v);
      state.bonusPaid[item.index] = v;
      continue;
    }
    if (typeof v !== 'string' || !/^-?\d+(\.\d+)?$/.test(v)) throw bad(item.id, 'an exact decimal as text, such as "1250.50"', v);
    const value = new D(v);
    if (item.kind === 'paid') state.paid[item.index] = value;
    else if (item.kind === 'position') state.position[item.index] = value;
    else state.ytd[item.index] = value;
  }
  return { state, first };
}
