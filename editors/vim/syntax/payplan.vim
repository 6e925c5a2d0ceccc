" Vim syntax file
" Language:    payplan (sales-compensation plans)
" Filenames:   *.payplan
"
" For editors without LSP semantic tokens. The keywords are those of src/syntax/tokens.ts (a test,
" test/syntax/vim-syntax.test.ts, checks that every one is here); literals follow its patterns.

if exists('b:current_syntax')
  finish
endif

" Names may hold letters of any script (`prime_année`).
syn iskeyword @,48-57,_,192-255

syn keyword payplanStructure plan test enum record input let component bonus curve commission
syn keyword payplanKeyword   for currency fiscal ote mix rounding weight cumulative attainment gate
syn keyword payplanKeyword   payout on at by marginal retroactive pro rata running per in where cap
syn keyword payplanKeyword   allow floor below above from up to linear slope when once given expect
syn keyword payplanKeyword   list must be positive between down starts
syn keyword payplanConditional if then else
syn keyword payplanOperator  not and or of
syn keyword payplanBoolean   true false
" Soft keywords: names in expressions (`5% of variable`, `period.start`), keywords elsewhere.
syn keyword payplanSoftKeyword base variable period year quarter month total
" Keywords with a hyphen: not words for `syn keyword`.
syn match   payplanKeyword   "\<\%(non-negative\|half-even\|half-up\)\>"

syn keyword payplanTodo      contained TODO FIXME XXX NOTE
syn match   payplanComment   "//.*$" contains=payplanTodo,@Spell

" An unterminated string ends at the end of the line, as the lexer reads it.
syn match   payplanEscape    contained "\\."
syn region  payplanString    start=+"+ skip=+\\.+ end=+"+ end=+$+ oneline contains=payplanEscape,@Spell

" Order matters: the last match wins, so dates and percentages come after plain numbers.
syn match   payplanNumber    "\<\d\+\%(,\d\+\)*\%(\.\d\+\)\=\>"
syn match   payplanPercent   "\<\d\+\%(,\d\+\)*\%(\.\d\+\)\=%"
syn match   payplanDate      "\<\d\{4}-\d\{1,2}-\d\{1,2}\>"
syn match   payplanMoney     "[$€£]\d\+\%(,\d\+\)*\%(\.\d\+\)\="

syn match   payplanArrow     "->"

hi def link payplanStructure   Structure
hi def link payplanKeyword     Keyword
hi def link payplanConditional Conditional
hi def link payplanOperator    Operator
hi def link payplanBoolean     Boolean
hi def link payplanSoftKeyword Identifier
hi def link payplanTodo        Todo
hi def link payplanComment     Comment
hi def link payplanString      String
hi def link payplanEscape      SpecialChar
hi def link payplanNumber      Number
hi def link payplanPercent     Number
hi def link payplanDate        Constant
hi def link payplanMoney       Number
hi def link payplanArrow       Operator

let b:current_syntax = 'payplan'
