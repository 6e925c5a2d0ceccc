/**
 * The payplan prettier plugin: `.payplan` files, the `payplan` parser and the `payplan-ast`
 * printer. Users load it from their prettier config (`plugins: ["payplan/prettier"]`); `payplan fmt`
 * calls it through format.ts.
 */
import type { Plugin } from 'prettier';
import type { FormatNode } from './nodes.js';
import { parser } from './parser.js';
import { printer } from './printer.js';

export const plugin: Plugin<FormatNode> = {
  languages: [{ name: 'payplan', parsers: ['payplan'], extensions: ['.payplan'], vscodeLanguageIds: ['payplan'] }],
  parsers: { payplan: parser },
  printers: { 'payplan-ast': printer },
};

export default plugin;
