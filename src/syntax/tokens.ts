/**
 * The token vocabulary. Order matters: chevrotain takes the first pattern that matches, so
 * multi-character operators precede their prefixes, dates and percentages precede plain numbers,
 * and keywords precede identifiers, longest first so that `input` is never read as `in` + `put`.
 * Each keyword carries `longer_alt: Identifier`, so that `inputs` is a name, not `input` + `s`.
 *
 * Literal patterns are deliberately loose (`$1,00`, `2026-3-31`, a string without its closing
 * quote): the lexer then reports one precise diagnostic for the whole literal instead of letting a
 * malformed literal fall apart into a cascade of parse errors. lexer.ts does the checking.
 *
 * Every token has a `label`: the words error messages use for it ("`}`", "a name", "an amount").
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

// Categories: abstract token types the grammar can consume to accept any of their members.
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
/** A name in an expression: an identifier, or a soft keyword such as `variable` or `period`. */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA, label: 'a name' });
export const ComparisonOp = createToken({ name: 'ComparisonOp', pattern: Lexer.NA, label: 'a comparison' });
export const AdditiveOp = createToken({ name: 'AdditiveOp', pattern: Lexer.NA, label: '`+` or `-`' });
export const MultiplicativeOp = createToken({ name: 'MultiplicativeOp', pattern: Lexer.NA, label: '`*`, `/` or `of`' });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, group: 'comments' });

// Letters and digits of any script, so that names such as `prime_année` work. A custom matcher,
// because chevrotain rebuilds regex patterns without their `u` flag, which `\p{…}` needs. The
// hint lists the characters a name can start with (in the Basic Multilingual Plane), so that the
// lexer keeps its first-character index and does not try every pattern at every token.
const identifierPattern = /[\p{L}_][\p{L}\p{M}\p{N}_]*/uy;
function matchIdentifier(text: string, offset: number): RegExpExecArray | null {
  identifierPattern.lastIndex = offset;
  return identifierPattern.exec(text);
}
const nameStart = /[\p{L}_]/u;
const nameStartChars = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => nameStart.test(String.fromCharCode(code)));
export const Identifier = createToken({
  name: 'Identifier',
  pattern: { exec: matchIdentifier },
  start_chars_hint: nameStartChars,
  line_breaks: false,
  categories: [Name],
  label: 'a name',
});

// `(?!\d)` keeps `2026-03-311` from being read as a date followed by `1`.
export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d{4}-\d{1,2}-\d{1,2}(?!\d)/, label: 'a date' });
export const MoneyLiteral = createToken({ name: 'MoneyLiteral', pattern: /[$€£]\d+(?:,\d+)*(?:\.\d+)?/, label: 'an amount' });
export const PercentLiteral = createToken({ name: 'PercentLiteral', pattern: /\d+(?:,\d+)*(?:\.\d+)?%/, label: 'a percentage' });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:,\d+)*(?:\.\d+)?/, label: 'a number' });
// The closing quote is optional so that an unterminated string is one token, reported once.
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\r\n]|\\.)*"?/, label: 'text in double quotes' });

function keyword(word: string, categories: TokenType[] = []): TokenType {
  return createToken({
    name: word.replace(/(^|-)(\w)/g, (_whole, _dash: string, letter: string) => letter.toUpperCase()),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [Keyword, ...categories],
    label: `\`${word}\``,
  });
}

export const Plan = keyword('plan');
export const Test = keyword('test');
export const For = keyword('for');
export const Currency = keyword('currency');
export const Fiscal = keyword('fiscal');
export const Ote = keyword('ote');
export const Mix = keyword('mix');
export const Rounding = keyword('rounding');
export const Enum = keyword('enum');
export const Record = keyword('record');
export const Input = keyword('input');
export const Let = keyword('let');
export const Component = keyword('component');
export const Weight = keyword('weight');
export const Cumulative = keyword('cumulative');
export const Attainment = keyword('attainment');
export const Gate = keyword('gate');
export const Payout = keyword('payout');
export const Curve = keyword('curve');
export const Commission = keyword('commission');
export const On = keyword('on');
export const At = keyword('at');
export const By = keyword('by');
export const Marginal = keyword('marginal');
export const Retroactive = keyword('retroactive');
export const Pro = keyword('pro');
export const Rata = keyword('rata');
export const Running = keyword('running');
export const Per = keyword('per');
export const In = keyword('in');
export const Where = keyword('where');
export const Cap = keyword('cap');
export const Allow = keyword('allow');
export const Floor = keyword('floor');
export const Below = keyword('below');
export const Above = keyword('above');
export const From = keyword('from');
export const Up = keyword('up');
export const To = keyword('to');
export const Linear = keyword('linear');
export const Slope = keyword('slope');
export const Bonus = keyword('bonus');
export const When = keyword('when');
export const Once = keyword('once');
export const Given = keyword('given');
export const Expect = keyword('expect');
export const If = keyword('if');
export const Then = keyword('then');
export const Else = keyword('else');
export const Not = keyword('not');
export const And = keyword('and');
export const Or = keyword('or');
export const Of = keyword('of', [MultiplicativeOp]);
export const True = keyword('true');
export const False = keyword('false');
export const List = keyword('list');
export const Must = keyword('must');
export const Be = keyword('be');
export const Positive = keyword('positive');
export const NonNegative = keyword('non-negative');
export const Between = keyword('between');
export const HalfEven = keyword('half-even');
export const HalfUp = keyword('half-up');
export const Down = keyword('down');
export const Starts = keyword('starts');

// Soft keywords: keywords in some items (`mix … base / … variable`, `period quarter`,
// `expect total = …`) and ordinary names in expressions (`5% of variable`, `period.start`).
export const Base = keyword('base', [Name]);
export const Variable = keyword('variable', [Name]);
export const Period = keyword('period', [Name]);
export const Year = keyword('year', [Name]);
export const Quarter = keyword('quarter', [Name]);
export const Month = keyword('month', [Name]);
export const Total = keyword('total', [Name]);

const keywords = [
  Plan, Test, For, Currency, Fiscal, Ote, Mix, Rounding, Enum, Record, Input, Let, Component, Weight,
  Cumulative, Attainment, Gate, Payout, Curve, Commission, On, At, By, Marginal, Retroactive, Pro, Rata,
  Running, Per, In, Where, Cap, Allow, Floor, Below, Above, From, Up, To, Linear, Slope, Bonus, When, Once,
  Given, Expect, If, Then, Else, Not, And, Or, Of, True, False, List, Must, Be, Positive, NonNegative,
  Between, HalfEven, HalfUp, Down, Starts, Base, Variable, Period, Year, Quarter, Month, Total,
];

function punctuation(name: string, text: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: text, categories, label: `\`${text}\`` });
}

export const Arrow = punctuation('Arrow', '->');
export const LessEqual = punctuation('LessEqual', '<=', [ComparisonOp]);
export const GreaterEqual = punctuation('GreaterEqual', '>=', [ComparisonOp]);
export const EqualEqual = punctuation('EqualEqual', '==', [ComparisonOp]);
export const NotEqual = punctuation('NotEqual', '!=', [ComparisonOp]);
export const Less = punctuation('Less', '<', [ComparisonOp]);
export const Greater = punctuation('Greater', '>', [ComparisonOp]);
export const Equals = punctuation('Equals', '=');
export const Plus = punctuation('Plus', '+', [AdditiveOp]);
export const Minus = punctuation('Minus', '-', [AdditiveOp]);
export const Star = punctuation('Star', '*', [MultiplicativeOp]);
export const Slash = punctuation('Slash', '/', [MultiplicativeOp]);
export const LCurly = punctuation('LCurly', '{');
export const RCurly = punctuation('RCurly', '}');
export const LParen = punctuation('LParen', '(');
export const RParen = punctuation('RParen', ')');
export const LBracket = punctuation('LBracket', '[');
export const RBracket = punctuation('RBracket', ']');
export const Comma = punctuation('Comma', ',');
export const Colon = punctuation('Colon', ':');
export const Dot = punctuation('Dot', '.');
export const Pipe = punctuation('Pipe', '|');

/** Longest keyword first, so that a keyword that is a prefix of another (`in`, `input`) never wins early. */
const keywordsLongestFirst = [...keywords].sort(
  (a, b) => String(b.PATTERN).length - String(a.PATTERN).length,
);

export const allTokens: TokenType[] = [
  WhiteSpace, Comment,
  Keyword, Name, ComparisonOp, AdditiveOp, MultiplicativeOp,
  // `->` before `-`, and the hyphenated keywords before `-` and identifiers.
  Arrow,
  ...keywordsLongestFirst,
  DateLiteral, MoneyLiteral, PercentLiteral, NumberLiteral, StringLiteral,
  Identifier,
  LessEqual, GreaterEqual, EqualEqual, NotEqual, Less, Greater, Equals,
  Plus, Minus, Star, Slash, LCurly, RCurly, LParen, RParen, LBracket, RBracket, Comma, Colon, Dot, Pipe,
];
