// The public API of Pyex: everything a host imports comes from here, and only from here.

export { type AsyncRunOptions, runAsync } from './api/host-async.js';
export {
  HostError,
  type HostFunction,
  type HostFunctionOptions,
} from './api/host-functions.js';
export {
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  type LimitName,
  type LimitSetting,
  type Limits,
} from './api/limits.js';
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
export { type CompileOptions, compile, Program } from './api/program.js';
export { PyexError, type PyexErrorKind, type PyexFrame } from './api/pyex-error.js';
export { type RunOptions, type RunResult, type RunStats, run } from './api/run.js';
export type { EngineOptions } from './api/runner.js';
export type { SandboxOptions } from './api/sandbox-options.js';
export {
  createSession,
  type Session,
  type SessionOptions,
  type SnippetOptions,
} from './api/session.js';
export {
  convertForHost,
  PyHandle,
  type ToJsOptions,
  type ToPyOptions,
  toJs,
  toPy,
} from './api/values.js';
export type { Expr, Mod, Node, Stmt } from './parser/ast.js';
export type { Token, TokenKind } from './parser/token.js';
export {
  type Capabilities,
  type CapabilityOptions,
  createCapabilities,
} from './sandbox/capabilities.js';
export {
  type Clock,
  DEFAULT_VIRTUAL_START_MS,
  RealClock,
  VirtualClock,
  type VirtualClockOptions,
} from './sandbox/clock.js';
export { type EntropySource, HostEntropy, SeededEntropy } from './sandbox/entropy.js';
export { EVENT_LOG_CAPACITY, type RunEvent } from './sandbox/event-log.js';
export {
  type FileHandle,
  type FileStat,
  type FileSystem,
  FsError,
  type OpenOptions,
} from './sandbox/filesystem.js';
export { MemoryFileSystem, type MemoryFileSystemOptions } from './sandbox/memory-filesystem.js';
export { type OverlayChange, OverlayFileSystem } from './sandbox/overlay-filesystem.js';
