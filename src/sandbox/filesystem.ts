// The filesystem capability: the interface every backend implements (in-memory, overlay, a jailed
// host directory) and the error a backend throws. Paths are absolute sandbox paths; turning the
// program's relative paths into them (cwd, `..`) is sandbox-path.ts, Python exceptions are stdlib's.

/** The POSIX error codes a backend reports, with the errno and strerror CPython shows for each. */
export const FS_ERROR_CODES = {
  EPERM: { errno: 1, strerror: 'Operation not permitted' },
  ENOENT: { errno: 2, strerror: 'No such file or directory' },
  EIO: { errno: 5, strerror: 'Input/output error' },
  EBADF: { errno: 9, strerror: 'Bad file descriptor' },
  EACCES: { errno: 13, strerror: 'Permission denied' },
  EBUSY: { errno: 16, strerror: 'Device or resource busy' },
  EEXIST: { errno: 17, strerror: 'File exists' },
  EXDEV: { errno: 18, strerror: 'Invalid cross-device link' },
  ENOTDIR: { errno: 20, strerror: 'Not a directory' },
  EISDIR: { errno: 21, strerror: 'Is a directory' },
  EINVAL: { errno: 22, strerror: 'Invalid argument' },
  EFBIG: { errno: 27, strerror: 'File too large' },
  ENOSPC: { errno: 28, strerror: 'No space left on device' },
  EROFS: { errno: 30, strerror: 'Read-only file system' },
  ENAMETOOLONG: { errno: 36, strerror: 'File name too long' },
  ENOTEMPTY: { errno: 39, strerror: 'Directory not empty' },
  ELOOP: { errno: 40, strerror: 'Too many levels of symbolic links' },
} as const;

/** A POSIX error code name (`'ENOENT'`…). */
export type FsErrorCode = keyof typeof FS_ERROR_CODES;

/**
 * Why a sandbox-level denial happened, when the backend refuses rather than the path being wrong:
 * the program sees it as a PermissionError naming the reason. Never contains a host path.
 */
export const FS_DENIALS = {
  'read-only': 'the filesystem capability is read-only',
  'outside-root': 'the path leaves the sandbox',
  'symlink-escape': 'a symbolic link points outside the sandbox',
  'no-capability': 'no filesystem capability granted',
} as const;

/** A reason key of FS_DENIALS. */
export type FsDenial = keyof typeof FS_DENIALS;

/**
 * The error a backend throws. `path` is the sandbox path it was given (never a host path); the
 * Python layer shows the program's own spelling of the path instead.
 */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  /** Set when access was refused by the sandbox (read-only, escape attempt), not by the tree. */
  readonly denial: FsDenial | null;

  constructor(code: FsErrorCode, path: string, denial: FsDenial | null = null) {
    super(`${code}: ${FS_ERROR_CODES[code].strerror}: ${path}`);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
    this.denial = denial;
  }
}

/** What kind of node a path names. */
export type FileKind = 'file' | 'directory';

/** What `stat` reports about a file or directory. */
export interface FileStat {
  readonly kind: FileKind;
  /** Size in bytes (0 for directories on the in-memory backend). */
  readonly size: number;
  /** Last modification, milliseconds since the Unix epoch. */
  readonly mtimeMs: number;
  /** Permission bits (0o644, 0o755…), without the file-type bits. */
  readonly permissions: number;
}

/** How `open` opens a file; the Python layer derives it from `open()`'s mode string. */
export interface OpenOptions {
  readonly read: boolean;
  readonly write: boolean;
  /** Create the file when missing (modes w, a, x). */
  readonly create: boolean;
  /** Fail with EEXIST when it exists (mode x). */
  readonly exclusive: boolean;
  /** Empty the file on open (mode w). */
  readonly truncate: boolean;
}

/**
 * An open file. Reads and writes are positional (the Python file object keeps the position), so a
 * handle has no cursor of its own. All sizes are in bytes.
 */
export interface FileHandle {
  /** Up to `length` bytes from `position` (fewer at the end of the file, empty past it). */
  read(position: number, length: number): Uint8Array;
  /** Writes `data` at `position`, extending the file (zero-filled) when it lies past the end. */
  write(position: number, data: Uint8Array): void;
  /** The current size of the file. */
  size(): number;
  /** Cuts or zero-extends the file to `length` bytes. */
  truncate(length: number): void;
  /** Pushes buffered writes to the backing store (no-op where writes are immediate). */
  flush(): void;
  /** Releases the handle; later calls are a bug in the caller. */
  close(): void;
}

/**
 * A filesystem backend. Every path is an absolute, normalised sandbox path (`/`, `/a/b`) as made
 * by `resolveSandboxPath`; backends never see `.`, `..`, empty components or NUL bytes (and reject
 * them if they do). Operations throw FsError.
 */
export interface FileSystem {
  /** False when every write is refused with EROFS / denial `read-only`. */
  readonly writable: boolean;
  /** Facts about the file or directory at `path` (symbolic links followed). */
  stat(path: string): FileStat;
  /** The names in a directory (no `.`/`..`), in the backend's order. */
  listdir(path: string): string[];
  /** Creates one directory; EEXIST when `path` exists, ENOENT when its parent does not. */
  mkdir(path: string): void;
  /** Removes an empty directory. */
  rmdir(path: string): void;
  /** Removes a file (EISDIR / EPERM for directories, as Linux reports EISDIR). */
  unlink(path: string): void;
  /** Moves a file or directory, replacing a file (or empty directory) at `to` as POSIX rename. */
  rename(from: string, to: string): void;
  /** Opens a file (never a directory: EISDIR). */
  open(path: string, options: OpenOptions): FileHandle;
  /** Backends that keep their own timestamps take the run's clock here (milliseconds). */
  setTimeSource?(now: () => number): void;
}

/** The kind at `path`, or null when nothing is there (errors other than ENOENT/ENOTDIR rethrow). */
export function kindAt(fs: FileSystem, path: string): FileKind | null {
  try {
    return fs.stat(path).kind;
  } catch (error) {
    if (error instanceof FsError && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
      return null;
    }
    throw error;
  }
}

/** Reads a whole file. */
export function readWholeFile(fs: FileSystem, path: string): Uint8Array {
  const handle = fs.open(path, READ_ONLY);
  try {
    return handle.read(0, handle.size());
  } finally {
    handle.close();
  }
}

/** Creates or replaces a whole file. */
export function writeWholeFile(fs: FileSystem, path: string, data: Uint8Array): void {
  const handle = fs.open(path, WRITE_TRUNCATE);
  try {
    handle.write(0, data);
    handle.flush();
  } finally {
    handle.close();
  }
}

/** OpenOptions of mode `r`. */
export const READ_ONLY: OpenOptions = {
  read: true,
  write: false,
  create: false,
  exclusive: false,
  truncate: false,
};

/** OpenOptions of mode `w`. */
export const WRITE_TRUNCATE: OpenOptions = {
  read: false,
  write: true,
  create: true,
  exclusive: false,
  truncate: true,
};
