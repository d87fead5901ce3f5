// The public API of Pyex: everything a host imports comes from here, and only from here.

export {
  HostError,
  type HostFunction,
  type HostFunctionOptions,
} from './api/host-functions.js';
export {
  type CallRun,
  type DoneRun,
  type PausedRun,
  type RestoreOptions,
  type RunState,
  restore,
  SnapshotError,
  type StartOptions,
  start,
} from './api/pausable-run.js';
export {
  PyHandle,
  type ToJsOptions,
  type ToPyOptions,
  toJs,
  toPy,
} from './api/values.js';
export type { Expr, Mod, Node, Stmt } from './parser/ast.js';
export type { Token, TokenKind } from './parser/token.js';
