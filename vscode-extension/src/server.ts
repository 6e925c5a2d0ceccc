/**
 * The language server's entry inside the extension: the client starts `node out/server.js` over
 * stdio (and adds `--stdio` and `--clientProcessId=…`, which the server does not need).
 */
import { startLanguageServer } from '../../lsp/main';

const code = startLanguageServer(['--stdio']);
if (code !== 0) process.exit(code);
