/**
 * Expression rules, the base of the grammar. One rule per precedence level, loosest first:
 * `or`, `and`, prefix `not`, comparisons, `+ -`, `* / of`, unary `-`, postfix `.field`, primary.
 * Each level collects `operands` and `operators` in order; cst-to-ast folds them to the left.
 * Comparisons repeat in the grammar only so that `a < b < c` gets a clear diagnostic from
 * cst-to-ast instead of a confusing parse error at the second `<`.
 */
import { CstParser, type TokenType } from 'chevrotain';
import { errorMessageProvider } from '../parse-errors.js';
import * as t from '../tokens.js';

export class ExpressionGrammar extends CstParser {
  constructor() {
    super(t.allTokens, { recoveryEnabled: true, nodeLocationTracking: 'full', maxLookahead: 3, errorMessageProvider });
  }

  /**
   * Recovery never invents an opening bracket: an invented `{` would take the next `}` as its
   * own, so a block that was merely missing its table (`marginal }`) would steal the enclosing
   * block's closer and cause a second error at the end of the file.
   */
  override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return tokType !== t.LCurly && tokType !== t.LParen && tokType !== t.LBracket;
  }

  readonly expression = this.RULE('expression', () => {
    this.SUBRULE1(this.andExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(t.Or, { LABEL: 'operators' });
      this.SUBRULE2(this.andExpression, { LABEL: 'operands' });
    });
  });

  readonly andExpression = this.RULE('andExpression', () => {
    this.SUBRULE1(this.notExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(t.And, { LABEL: 'operators' });
      this.SUBRULE2(this.notExpression, { LABEL: 'operands' });
    });
  });

  readonly notExpression = this.RULE('notExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Not);
          this.SUBRULE(this.notExpression, { LABEL: 'negated' });
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  readonly comparison = this.RULE('comparison', () => {
    this.SUBRULE1(this.additiveExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(t.ComparisonOp, { LABEL: 'operators' });
      this.SUBRULE2(this.additiveExpression, { LABEL: 'operands' });
    });
  });

  readonly additiveExpression = this.RULE('additiveExpression', () => {
    this.SUBRULE1(this.multiplicativeExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(t.AdditiveOp, { LABEL: 'operators' });
      this.SUBRULE2(this.multiplicativeExpression, { LABEL: 'operands' });
    });
  });

  readonly multiplicativeExpression = this.RULE('multiplicativeExpression', () => {
    this.SUBRULE1(this.unaryExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(t.MultiplicativeOp, { LABEL: 'operators' });
      this.SUBRULE2(this.unaryExpression, { LABEL: 'operands' });
    });
  });

  readonly unaryExpression = this.RULE('unaryExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Minus);
          this.SUBRULE(this.unaryExpression, { LABEL: 'negated' });
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpression) },
    ]);
  });

  readonly postfixExpression = this.RULE('postfixExpression', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.CONSUME(t.Dot);
      this.CONSUME(t.Name, { LABEL: 'properties' });
    });
  });

  readonly primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.NumberLiteral, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.PercentLiteral, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.MoneyLiteral, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.DateLiteral, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.StringLiteral, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.True, { LABEL: 'literal' }) },
      { ALT: () => this.CONSUME(t.False, { LABEL: 'literal' }) },
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.CONSUME(t.Name, { LABEL: 'name' }) },
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.ifExpression) },
      { ALT: () => this.SUBRULE(this.recordLiteral) },
      { ALT: () => this.SUBRULE(this.listLiteral) },
    ]);
  });

  /** `min(a, b)` and the aggregates `sum(E for x in L where C)`, `count(x in L)`. */
  readonly call = this.RULE('call', () => {
    this.CONSUME(t.Identifier, { LABEL: 'callee' });
    this.CONSUME(t.LParen);
    this.OPTION(() => {
      this.SUBRULE1(this.expression, { LABEL: 'args' });
      this.OR([
        { ALT: () => this.SUBRULE(this.comprehension) },
        {
          ALT: () => this.MANY(() => {
            this.CONSUME(t.Comma);
            this.SUBRULE2(this.expression, { LABEL: 'args' });
          }),
        },
      ]);
    });
    this.CONSUME(t.RParen);
  });

  /** The `for x in L where C` of an aggregate; `count` leaves out `for`. */
  readonly comprehension = this.RULE('comprehension', () => {
    this.OPTION1(() => {
      this.CONSUME(t.For);
      this.CONSUME(t.Identifier, { LABEL: 'variable' });
    });
    this.CONSUME(t.In);
    this.SUBRULE1(this.expression, { LABEL: 'list' });
    this.OPTION2(() => {
      this.CONSUME(t.Where);
      this.SUBRULE2(this.expression, { LABEL: 'filter' });
    });
  });

  readonly parenExpression = this.RULE('parenExpression', () => {
    this.CONSUME(t.LParen);
    this.SUBRULE(this.expression, { LABEL: 'inner' });
    this.CONSUME(t.RParen);
  });

  readonly ifExpression = this.RULE('ifExpression', () => {
    this.CONSUME(t.If);
    this.SUBRULE1(this.expression, { LABEL: 'condition' });
    this.CONSUME(t.Then);
    this.SUBRULE2(this.expression, { LABEL: 'then' });
    this.CONSUME(t.Else);
    this.SUBRULE3(this.expression, { LABEL: 'else' });
  });

  /** Commas between fields are checked by cst-to-ast, so that a forgotten one is one clear error. */
  readonly recordLiteral = this.RULE('recordLiteral', () => {
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.SUBRULE(this.recordField, { LABEL: 'fields' });
      this.OPTION(() => this.CONSUME(t.Comma));
    });
    this.CONSUME(t.RCurly);
  });

  readonly recordField = this.RULE('recordField', () => {
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly listLiteral = this.RULE('listLiteral', () => {
    this.CONSUME(t.LBracket);
    this.MANY(() => {
      this.SUBRULE(this.expression, { LABEL: 'items' });
      this.OPTION(() => this.CONSUME(t.Comma));
    });
    this.CONSUME(t.RBracket);
  });
}
