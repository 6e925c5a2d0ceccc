/**
 * Components and everything that pays inside them: attainment, gates, payout curves, commissions
 * and their band tables, cap and floor. Band bounds are two rules so that a band can only be
 * written as the language allows (`from X below Y`, never `below X from Y`), and so that each
 * bound is one CST node whose location covers its keyword(s) and value.
 */
import * as t from '../tokens.js';
import { ExpressionGrammar } from './expressions.js';

export class ComponentGrammar extends ExpressionGrammar {
  readonly componentDecl = this.RULE('componentDecl', () => {
    this.CONSUME(t.Component);
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.OPTION1(() => {
      this.CONSUME(t.Weight);
      this.SUBRULE(this.expression, { LABEL: 'weight' });
    });
    this.OPTION2(() => this.CONSUME(t.Cumulative));
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.componentItem));
    this.CONSUME(t.RCurly);
  });

  readonly componentItem = this.RULE('componentItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.attainmentItem) },
      { ALT: () => this.SUBRULE(this.gateItem) },
      { ALT: () => this.SUBRULE(this.payoutItem) },
      { ALT: () => this.SUBRULE(this.commissionItem) },
      { ALT: () => this.SUBRULE(this.capItem) },
      { ALT: () => this.SUBRULE(this.floorItem) },
      { ALT: () => this.SUBRULE(this.allowItem) },
    ]);
  });

  readonly attainmentItem = this.RULE('attainmentItem', () => {
    this.CONSUME(t.Attainment);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly gateItem = this.RULE('gateItem', () => {
    this.CONSUME(t.Gate);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  /** `payout curve { bands }` or `payout E`: one rule, so that `payout }` reads as a missing value. */
  readonly payoutItem = this.RULE('payoutItem', () => {
    this.CONSUME(t.Payout);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Curve);
          this.SUBRULE(this.bandTable, { LABEL: 'table' });
        },
      },
      { ALT: () => this.SUBRULE(this.expression, { LABEL: 'value' }) },
    ]);
  });

  /** Shared by plans and components: both bound a payout. */
  readonly capItem = this.RULE('capItem', () => {
    this.CONSUME(t.Cap);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  /** Shared by plans and components: `allow "payout-decreases"` declares a warning intended. */
  readonly allowItem = this.RULE('allowItem', () => {
    this.CONSUME(t.Allow);
    this.CONSUME(t.StringLiteral, { LABEL: 'slug' });
  });

  readonly floorItem = this.RULE('floorItem', () => {
    this.CONSUME(t.Floor);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly commissionItem = this.RULE('commissionItem', () => {
    this.CONSUME(t.Commission);
    this.OPTION1(() => this.SUBRULE(this.eachClause));
    this.CONSUME(t.On);
    this.SUBRULE1(this.expression, { LABEL: 'base' });
    this.OPTION2(() => this.CONSUME(t.Running));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.At, { LABEL: 'mode' });
          this.SUBRULE2(this.expression, { LABEL: 'rate' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Marginal, { LABEL: 'mode' });
          this.SUBRULE1(this.bandTable, { LABEL: 'table' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Retroactive, { LABEL: 'mode' });
          this.SUBRULE2(this.bandTable, { LABEL: 'table' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.By, { LABEL: 'mode' });
          this.SUBRULE3(this.expression, { LABEL: 'key' });
          this.SUBRULE3(this.bandTable, { LABEL: 'table' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Pro, { LABEL: 'mode' });
          this.CONSUME(t.Rata, { LABEL: 'mode' });
          this.SUBRULE4(this.bandTable, { LABEL: 'table' });
        },
      },
    ]);
  });

  readonly eachClause = this.RULE('eachClause', () => {
    this.CONSUME(t.Per);
    this.CONSUME(t.Identifier, { LABEL: 'variable' });
    this.CONSUME(t.In);
    this.SUBRULE1(this.expression, { LABEL: 'list' });
    this.OPTION(() => {
      this.CONSUME(t.Where);
      this.SUBRULE2(this.expression, { LABEL: 'filter' });
    });
  });

  readonly bandTable = this.RULE('bandTable', () => {
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.band, { LABEL: 'bands' }));
    this.CONSUME(t.RCurly);
  });

  readonly band = this.RULE('band', () => {
    this.OR([
      { ALT: () => this.SUBRULE1(this.upperBound, { LABEL: 'upper' }) },
      {
        ALT: () => {
          this.SUBRULE(this.lowerBound, { LABEL: 'lower' });
          this.OPTION(() => this.SUBRULE2(this.upperBound, { LABEL: 'upper' }));
        },
      },
    ]);
    this.CONSUME(t.Arrow);
    this.SUBRULE(this.bandValue, { LABEL: 'value' });
  });

  readonly lowerBound = this.RULE('lowerBound', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.From, { LABEL: 'keyword' }) },
      { ALT: () => this.CONSUME(t.Above, { LABEL: 'keyword' }) },
    ]);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly upperBound = this.RULE('upperBound', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Below, { LABEL: 'keyword' }) },
      {
        ALT: () => {
          this.CONSUME(t.Up, { LABEL: 'keyword' });
          this.CONSUME(t.To, { LABEL: 'keyword' });
        },
      },
    ]);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly bandValue = this.RULE('bandValue', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Linear);
          this.SUBRULE1(this.expression, { LABEL: 'from' });
          this.CONSUME(t.To);
          this.SUBRULE2(this.expression, { LABEL: 'to' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Slope);
          this.SUBRULE3(this.expression, { LABEL: 'slope' });
        },
      },
      { ALT: () => this.SUBRULE4(this.expression, { LABEL: 'value' }) },
    ]);
  });
}
