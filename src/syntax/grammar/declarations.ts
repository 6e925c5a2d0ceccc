/**
 * Declarations that name things: types (`Money(EUR)`, `list of Deal`, `new | renewal`), enums,
 * records and their fields, inputs with their constraints, `let` definitions and bonuses.
 */
import * as t from '../tokens.js';
import { ComponentGrammar } from './components.js';

export class DeclarationGrammar extends ComponentGrammar {
  readonly typeRef = this.RULE('typeRef', () => {
    this.OR1([
      {
        ALT: () => {
          this.CONSUME(t.List);
          this.CONSUME(t.Of);
          this.SUBRULE(this.typeRef, { LABEL: 'element' });
        },
      },
      {
        ALT: () => {
          // One name is a named type; two or more joined by `|` are an inline enum.
          this.CONSUME1(t.Identifier, { LABEL: 'names' });
          this.OPTION(() => this.OR2([
            {
              ALT: () => {
                this.CONSUME(t.LParen);
                this.CONSUME2(t.Identifier, { LABEL: 'currency' });
                this.CONSUME(t.RParen);
              },
            },
            {
              ALT: () => this.AT_LEAST_ONE(() => {
                this.CONSUME(t.Pipe);
                this.CONSUME3(t.Identifier, { LABEL: 'names' });
              }),
            },
          ]));
        },
      },
    ]);
  });

  /** Commas between members and fields are checked by cst-to-ast, as in record literals. */
  readonly enumDecl = this.RULE('enumDecl', () => {
    this.CONSUME(t.Enum);
    this.CONSUME1(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.CONSUME2(t.Identifier, { LABEL: 'members' });
      this.OPTION(() => this.CONSUME(t.Comma));
    });
    this.CONSUME(t.RCurly);
  });

  readonly recordDecl = this.RULE('recordDecl', () => {
    this.CONSUME(t.Record);
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.SUBRULE(this.fieldDecl, { LABEL: 'fields' });
      this.OPTION(() => this.CONSUME(t.Comma));
    });
    this.CONSUME(t.RCurly);
  });

  readonly fieldDecl = this.RULE('fieldDecl', () => {
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.typeRef, { LABEL: 'type' });
    this.OPTION(() => {
      this.CONSUME(t.Equals);
      this.SUBRULE(this.expression, { LABEL: 'default' });
    });
    this.OPTION2(() => this.SUBRULE(this.constraint));
    // As on an input, the default may also follow the constraint; the AST is the same.
    this.OPTION3(() => {
      this.CONSUME2(t.Equals);
      this.SUBRULE2(this.expression, { LABEL: 'default' });
    });
  });

  readonly inputDecl = this.RULE('inputDecl', () => {
    this.CONSUME(t.Input);
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.typeRef, { LABEL: 'type' });
    this.OPTION1(() => {
      this.CONSUME(t.Per);
      this.CONSUME(t.Year);
    });
    this.OPTION2(() => {
      this.CONSUME(t.Equals);
      this.SUBRULE(this.expression, { LABEL: 'default' });
    });
    this.OPTION3(() => this.SUBRULE(this.constraint));
    // The default may also follow the constraint (`must be positive = $1`); the AST is the same.
    this.OPTION4(() => {
      this.CONSUME2(t.Equals);
      this.SUBRULE2(this.expression, { LABEL: 'default' });
    });
  });

  readonly constraint = this.RULE('constraint', () => {
    this.CONSUME(t.Must);
    this.CONSUME(t.Be);
    this.OR([
      { ALT: () => this.CONSUME(t.Positive, { LABEL: 'rule' }) },
      { ALT: () => this.CONSUME(t.NonNegative, { LABEL: 'rule' }) },
      {
        ALT: () => {
          this.CONSUME(t.Between, { LABEL: 'rule' });
          // The bounds stop short of `and`, which here separates them instead of joining conditions.
          this.SUBRULE1(this.additiveExpression, { LABEL: 'low' });
          this.CONSUME(t.And);
          this.SUBRULE2(this.additiveExpression, { LABEL: 'high' });
        },
      },
    ]);
  });

  readonly letDecl = this.RULE('letDecl', () => {
    this.CONSUME(t.Let);
    this.CONSUME(t.Identifier, { LABEL: 'name' });
    this.CONSUME(t.Equals);
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });

  readonly bonusDecl = this.RULE('bonusDecl', () => {
    this.CONSUME(t.Bonus);
    this.CONSUME(t.StringLiteral, { LABEL: 'name' });
    this.SUBRULE1(this.expression, { LABEL: 'amount' });
    this.OPTION1(() => {
      this.CONSUME(t.When);
      this.SUBRULE2(this.expression, { LABEL: 'condition' });
    });
    this.OPTION2(() => this.CONSUME(t.Once));
  });
}
