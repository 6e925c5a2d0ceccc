/** Code lenses, and the `payplan.runTest` command their test lenses run. */
import { MessageType, ShowMessageNotification, type CodeLens, type CodeLensParams, type ExecuteCommandParams } from 'vscode-languageserver/node.js';
import { codeLenses, resultTitle, runFileTests, RUN_TEST_COMMAND, type TestOutcome } from '../../src/ide/index.js';
import { toRange } from '../convert.js';
import type { ServerContext } from './context.js';

export const onCodeLens = ({ docs }: ServerContext) => (params: CodeLensParams): CodeLens[] => {
  const uri = params.textDocument.uri;
  const found = docs.get(uri);
  if (!found) return [];
  return codeLenses(docs.index, uri, docs.testResults.get(uri)).map((lens) => ({
    range: toRange(found.doc, lens.span),
    command: { title: lens.title, command: lens.command?.name ?? '', ...(lens.command ? { arguments: [...lens.command.args] } : {}) },
  }));
};

export interface RunTestAnswer {
  readonly name: string;
  readonly result: string;
  readonly passed: boolean;
  readonly failed: number;
  readonly total: number;
}

/** Runs the file's tests (the named one is the one reported) and keeps the outcomes for the lenses. */
export const onExecuteCommand = (ctx: ServerContext) => (params: ExecuteCommandParams): RunTestAnswer | null => {
  if (params.command !== RUN_TEST_COMMAND) return null;
  const [uri, name] = (params.arguments ?? []) as [string?, string?];
  const found = uri === undefined ? null : ctx.docs.get(uri);
  if (!found || uri === undefined) return null;
  const outcomes: readonly TestOutcome[] = found.program.hasErrors ? [] : runFileTests(found.program).tests;
  ctx.docs.testResults.set(uri, outcomes);
  ctx.docs.onTestsChanged(uri);
  const outcome = outcomes.find((o) => o.name === name);
  if (!outcome) {
    const message = found.program.hasErrors ? 'payplan: fix the errors in this file to run its tests' : `payplan: no test named "${name}"`;
    void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    return null;
  }
  const answer = { name: outcome.name, result: resultTitle(outcome), passed: outcome.passed, failed: outcome.failed, total: outcome.total };
  // A notification, not window/showMessageRequest: nothing waits for the user to dismiss it.
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `payplan: test "${outcome.name}" ${answer.result}` });
  return answer;
};
