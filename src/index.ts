// The public API of Pyex: everything a host imports comes from here, and only from here.

export {
  type DoneRun,
  type PausedRun,
  type RestoreOptions,
  type RunState,
  restore,
  SnapshotError,
  type StartOptions,
  start,
} from './api/pausable-run.js';
export type { Expr, Mod, Node, Stmt } from './parser/ast.js';
export type { Token, TokenKind } from './parser/token.js';
