/**
 * The payplan grammar: recognition only. Rules consume tokens and label what they keep; meaning
 * comes from cst-to-ast/. The rules are split by construct family into a chain of classes
 * (grammar/expressions → components → declarations → this file), which chevrotain supports as
 * grammar inheritance; only the last class runs `performSelfAnalysis`.
 *
 * Blocks are written `{ MANY(item) }` in one rule, so that chevrotain's in-repetition recovery can
 * skip a bad item and resume at the next one; parse-errors.ts names the block in its message.
 * Newlines are not significant: an expression ends where the next token cannot continue it, which
 * is why every item starts with a keyword.
 *
 * One instance is reused (building a parser is costly); `parser.input = tokens` resets it, so a
 * parse must not be re-entered while another is running.
 */
import { tokenMatcher } from 'chevrotain';
import * as t from './tokens.js';
import { DeclarationGrammar } from './grammar/declarations.js';

export class PlanParser extends DeclarationGrammar {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  readonly planFile = this.RULE('planFile', () => {
    this.MANY(() => this.OR([
      { ALT: () => this.SUBRULE(this.planDecl, { LABEL: 'items' }) },
      { ALT: () => this.SUBRULE(this.testDecl, { LABEL: 'items' }) },
    ]));
  });

  readonly planDecl = this.RULE('planDecl', () => {
    this.CONSUME(t.Plan);
    this.CONSUME(t.StringLiteral, { LABEL: 'name' });
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.planItem, { LABEL: 'items' }));
    this.CONSUME(t.RCurly);
  });

  readonly planItem = this.RULE('planItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.currencyItem) },
      { ALT: () => this.SUBRULE(this.periodItem) },
      { ALT: () => this.SUBRULE(this.fiscalYearItem) },
      { ALT: () => this.SUBRULE(this.oteItem) },
      { ALT: () => this.SUBRULE(this.mixItem) },
      { ALT: () => this.SUBRULE(this.roundingItem) },
      { ALT: () => this.SUBRULE(this.enumDecl) },
      { ALT: () => this.SUBRULE(this.recordDecl) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.letDecl) },
      { ALT: () => this.SUBRULE(this.componentDecl) },
      { ALT: () => this.SUBRULE(this.bonusDecl) },
      { ALT: () => this.SUBRULE(this.capItem) },
      { ALT: () => this.SUBRULE(this.floorItem) },
      { ALT: () => this.SUBRULE(this.allowItem) },
    ]);
  });

  readonly currencyItem = this.RULE('currencyItem', () => {
    this.CONSUME(t.Currency);
    this.CONSUME(t.Identifier, { LABEL: 'code' });
  });

  readonly periodItem = this.RULE('periodItem', () => {
    this.CONSUME(t.Period);
    this.OR([
      { ALT: () => this.CONSUME(t.Month, { LABEL: 'unit' }) },
      { ALT: () => this.CONSUME(t.Quarter, { LABEL: 'unit' }) },
      { ALT: () => this.CONSUME(t.Year, { LABEL: 'unit' }) },
    ]);
  });

  readonly fiscalYearItem = this.RULE('fiscalYearItem', () => {
    this.CONSUME(t.Fiscal);
    this.CONSUME(t.Year);
    this.CONSUME(t.Starts);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly oteItem = this.RULE('oteItem', () => {
    this.CONSUME(t.Ote);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly mixItem = this.RULE('mixItem', () => {
    this.CONSUME(t.Mix);
    this.SUBRULE1(this.expression, { LABEL: 'base' });
    this.CONSUME(t.Base);
    this.CONSUME(t.Slash);
    this.SUBRULE2(this.expression, { LABEL: 'variable' });
    this.CONSUME(t.Variable);
  });

  readonly roundingItem = this.RULE('roundingItem', () => {
    this.CONSUME(t.Rounding);
    this.OR([
      { ALT: () => this.CONSUME(t.HalfEven, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(t.HalfUp, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(t.Down, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(t.Up, { LABEL: 'mode' }) },
    ]);
    this.OPTION(() => {
      this.CONSUME(t.To);
      this.SUBRULE(this.expression, { LABEL: 'step' });
    });
  });

  // ───────────── tests ─────────────

  readonly testDecl = this.RULE('testDecl', () => {
    this.CONSUME(t.Test);
    this.CONSUME1(t.StringLiteral, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(t.For);
      this.CONSUME2(t.StringLiteral, { LABEL: 'plan' });
    });
    this.CONSUME(t.LCurly);
    this.MANY(() => this.SUBRULE(this.testItem, { LABEL: 'items' }));
    this.CONSUME(t.RCurly);
  });

  readonly testItem = this.RULE('testItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.givenBlock) },
      // A name starts a period block only when `{` follows: `quota: 1` is reported as out of place.
      { GATE: () => tokenMatcher(this.LA(2), t.LCurly), ALT: () => this.SUBRULE(this.testPeriod) },
      { ALT: () => this.SUBRULE(this.expectItem) },
    ]);
  });

  readonly givenBlock = this.RULE('givenBlock', () => {
    this.CONSUME(t.Given);
    this.SUBRULE(this.recordLiteral, { LABEL: 'values' });
  });

  /** `Q2 { deals: [...] }`: a name followed by `{` starts a period block. */
  readonly testPeriod = this.RULE('testPeriod', () => {
    this.CONSUME(t.Identifier, { LABEL: 'period' });
    this.SUBRULE(this.recordLiteral, { LABEL: 'values' });
  });

  /**
   * `expect [Q1] (Name | total | "bonus" | measure(Component)) = value`: two names in a row means the
   * first is a period. The name may be a line, a let or an input; a measure such as
   * `attainment(Bookings)` is a component's value.
   */
  readonly expectItem = this.RULE('expectItem', () => {
    this.CONSUME(t.Expect);
    // chevrotain looks one token into an OPTION whose content is one token long; the gate looks two.
    this.OPTION({
      GATE: () => [t.Identifier, t.Total, t.StringLiteral, t.Attainment, t.Base, t.Variable].some((line) => tokenMatcher(this.LA(2), line)),
      DEF: () => this.CONSUME1(t.Identifier, { LABEL: 'period' }),
    });
    this.OR([
      { ALT: () => this.CONSUME2(t.Identifier, { LABEL: 'line' }) },
      { ALT: () => this.CONSUME(t.Total, { LABEL: 'line' }) },
      { ALT: () => this.CONSUME(t.StringLiteral, { LABEL: 'line' }) },
      { ALT: () => this.CONSUME(t.Attainment, { LABEL: 'line' }) },
      { ALT: () => this.CONSUME(t.Base, { LABEL: 'line' }) },
      { ALT: () => this.CONSUME(t.Variable, { LABEL: 'line' }) },
    ]);
    this.OPTION1(() => {
      this.CONSUME(t.LParen);
      this.CONSUME3(t.Identifier, { LABEL: 'of' });
      this.CONSUME(t.RParen);
    });
    this.CONSUME(t.Equals);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });
}

export const planParser = new PlanParser();
