// A host directory as a filesystem capability (Node only: the one sandbox file that may use node:fs).
// The directory is the sandbox root: every path is resolved with realpath and must stay inside it,
// symbolic links pointing out are refused, NUL bytes and `..` never reach the host, and host paths
// never appear in errors. Read-only or read-write. Writes are buffered per handle (flushAll()).

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import {
  type FileHandle,
  type FileStat,
  type FileSystem,
  FS_ERROR_CODES,
  FsError,
  type FsErrorCode,
  type OpenOptions,
} from './filesystem.js';
import { isNormalisedSandboxPath, pathParts } from './sandbox-path.js';

/** Options of a NodeDirectoryFileSystem. */
export interface NodeDirectoryOptions {
  /** The host directory that becomes the sandbox root (must exist). */
  readonly root: string;
  /** Allow writes (default false: every write is refused, PermissionError in Python). */
  readonly writable?: boolean;
  /** Largest size a write or truncate may give a file (default 1 GiB): EFBIG beyond it. */
  readonly maxFileBytes?: number;
}

const WRITE_BUFFER_LIMIT = 1 << 16;

/** The FsError for a Node error, naming only the sandbox path. */
function fromNodeError(error: unknown, path: string): FsError {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && Object.hasOwn(FS_ERROR_CODES, code)) {
    return new FsError(code as FsErrorCode, path);
  }
  return new FsError('EIO', path);
}

/** A host directory jailed to its root. */
export class NodeDirectoryFileSystem implements FileSystem {
  readonly writable: boolean;
  readonly maxFileBytes: number;
  /** The real (symlink-free) host path of the root. */
  private readonly rootReal: string;
  private readonly openHandles = new Set<NodeFileHandle>();

  constructor(options: NodeDirectoryOptions) {
    this.writable = options.writable ?? false;
    this.maxFileBytes = options.maxFileBytes ?? 1 << 30;
    const real = fs.realpathSync(options.root);
    if (!fs.statSync(real).isDirectory()) {
      throw new Error('NodeDirectoryFileSystem: the root must be a directory');
    }
    this.rootReal = real;
  }

  /**
   * The sandbox path of a host path inside the root (symbolic links resolved), or null when it
   * lies outside or does not exist. For hosts only (e.g. to show a script's `__file__`).
   */
  sandboxPathOf(hostPath: string): string | null {
    let real: string;
    try {
      real = fs.realpathSync(hostPath);
    } catch {
      return null;
    }
    if (!this.inside(real)) return null;
    const relative = nodePath.relative(this.rootReal, real);
    return relative === '' ? '/' : `/${relative.split(nodePath.sep).join('/')}`;
  }

  private inside(hostPath: string): boolean {
    return hostPath === this.rootReal || hostPath.startsWith(this.rootReal + nodePath.sep);
  }

  /**
   * The host path for a sandbox path, with every symbolic link resolved and checked to stay
   * inside the root. A missing final component is allowed (for creation): its parent is checked,
   * and a dangling symbolic link there is refused.
   */
  private hostPath(path: string): string {
    if (!isNormalisedSandboxPath(path)) throw new FsError('EINVAL', path);
    const parts = pathParts(path);
    for (const part of parts) {
      if (process.platform === 'win32' && /[\\:]/.test(part)) throw new FsError('EINVAL', path);
    }
    const candidate = parts.length === 0 ? this.rootReal : nodePath.join(this.rootReal, ...parts);
    if (!this.inside(candidate)) throw new FsError('EACCES', path, 'outside-root');
    try {
      const real = fs.realpathSync(candidate);
      if (!this.inside(real)) throw new FsError('EACCES', path, 'symlink-escape');
      return real;
    } catch (error) {
      if (error instanceof FsError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'ELOOP') throw new FsError('ELOOP', path);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fromNodeError(error, path);
    }
    // The final component (or an ancestor) is missing: check the nearest existing ancestor, and
    // refuse a dangling symbolic link as the final component.
    try {
      if (fs.lstatSync(candidate).isSymbolicLink()) {
        throw new FsError('EACCES', path, 'symlink-escape');
      }
    } catch (error) {
      if (error instanceof FsError) throw error;
    }
    let ancestor = nodePath.dirname(candidate);
    let suffix = nodePath.basename(candidate);
    for (;;) {
      try {
        const real = fs.realpathSync(ancestor);
        if (!this.inside(real)) throw new FsError('EACCES', path, 'symlink-escape');
        return nodePath.join(real, suffix);
      } catch (error) {
        if (error instanceof FsError) throw error;
        if (ancestor === this.rootReal || ancestor === nodePath.dirname(ancestor)) {
          throw new FsError('ENOENT', path);
        }
        suffix = nodePath.join(nodePath.basename(ancestor), suffix);
        ancestor = nodePath.dirname(ancestor);
      }
    }
  }

  private checkWritable(path: string): void {
    if (!this.writable) throw new FsError('EROFS', path, 'read-only');
  }

  private run<T>(path: string, operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      if (error instanceof FsError) throw error;
      throw fromNodeError(error, path);
    }
  }

  stat(path: string): FileStat {
    const host = this.hostPath(path);
    return this.run(path, () => {
      const info = fs.statSync(host);
      return {
        kind: info.isDirectory() ? 'directory' : 'file',
        size: info.isDirectory() ? 0 : info.size,
        mtimeMs: info.mtimeMs,
        permissions: info.mode & 0o777,
      };
    });
  }

  listdir(path: string): string[] {
    const host = this.hostPath(path);
    return this.run(path, () => fs.readdirSync(host).sort());
  }

  mkdir(path: string): void {
    this.checkWritable(path);
    if (path === '/') throw new FsError('EEXIST', path);
    const host = this.hostPath(path);
    this.run(path, () => fs.mkdirSync(host));
  }

  rmdir(path: string): void {
    this.checkWritable(path);
    if (path === '/') throw new FsError('EBUSY', path);
    const host = this.hostPath(path);
    this.run(path, () => fs.rmdirSync(host));
  }

  unlink(path: string): void {
    this.checkWritable(path);
    const host = this.hostPath(path);
    this.run(path, () => {
      if (fs.statSync(host).isDirectory()) throw new FsError('EISDIR', path);
      fs.unlinkSync(host);
    });
  }

  rename(from: string, to: string): void {
    this.checkWritable(from);
    if (from === '/' || to === '/') throw new FsError('EBUSY', from);
    const source = this.hostPath(from);
    const target = this.hostPath(to);
    this.run(from, () => fs.renameSync(source, target));
  }

  open(path: string, options: OpenOptions): FileHandle {
    if (options.write || options.create || options.truncate) this.checkWritable(path);
    const host = this.hostPath(path);
    const constants = fs.constants;
    let flags =
      options.read && options.write
        ? constants.O_RDWR
        : options.write
          ? constants.O_WRONLY
          : constants.O_RDONLY;
    if (options.create) flags |= constants.O_CREAT;
    if (options.exclusive) flags |= constants.O_EXCL;
    if (options.truncate) flags |= constants.O_TRUNC;
    flags |= constants.O_NOFOLLOW ?? 0;
    return this.run(path, () => {
      if (fs.existsSync(host) && fs.statSync(host).isDirectory()) {
        throw new FsError('EISDIR', path);
      }
      const descriptor = fs.openSync(host, flags, 0o644);
      if (!fs.fstatSync(descriptor).isFile()) {
        fs.closeSync(descriptor);
        throw new FsError('EACCES', path);
      }
      const handle = new NodeFileHandle(descriptor, path, this.openHandles, this.maxFileBytes);
      this.openHandles.add(handle);
      return handle;
    });
  }

  /** Writes every handle's buffered data to disk (call when the run ends). */
  flushAll(): void {
    for (const handle of this.openHandles) handle.flush();
  }

  /** Flushes and closes every handle the program left open. */
  closeAll(): void {
    for (const handle of [...this.openHandles]) handle.close();
  }
}

/** An open host file; contiguous writes are collected and written in one call. */
class NodeFileHandle implements FileHandle {
  private readonly descriptor: number;
  private readonly path: string;
  private readonly registry: Set<NodeFileHandle>;
  private readonly maxFileBytes: number;
  private pending: Uint8Array[] = [];
  private pendingStart = 0;
  private pendingLength = 0;
  private closed = false;

  constructor(
    descriptor: number,
    path: string,
    registry: Set<NodeFileHandle>,
    maxFileBytes: number,
  ) {
    this.descriptor = descriptor;
    this.path = path;
    this.registry = registry;
    this.maxFileBytes = maxFileBytes;
  }

  private guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      if (error instanceof FsError) throw error;
      throw fromNodeError(error, this.path);
    }
  }

  read(position: number, length: number): Uint8Array {
    this.flush();
    return this.guard(() => {
      const buffer = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const count = fs.readSync(
          this.descriptor,
          buffer,
          filled,
          length - filled,
          position + filled,
        );
        if (count === 0) break;
        filled += count;
      }
      return filled === length ? buffer : buffer.slice(0, filled);
    });
  }

  write(position: number, data: Uint8Array): void {
    if (position + data.length > this.maxFileBytes) throw new FsError('EFBIG', this.path);
    if (this.pendingLength > 0 && position !== this.pendingStart + this.pendingLength) this.flush();
    if (this.pendingLength === 0) this.pendingStart = position;
    this.pending.push(data.slice());
    this.pendingLength += data.length;
    if (this.pendingLength >= WRITE_BUFFER_LIMIT) this.flush();
  }

  size(): number {
    this.flush();
    return this.guard(() => fs.fstatSync(this.descriptor).size);
  }

  truncate(length: number): void {
    if (length > this.maxFileBytes) throw new FsError('EFBIG', this.path);
    this.flush();
    this.guard(() => fs.ftruncateSync(this.descriptor, length));
  }

  flush(): void {
    if (this.pendingLength === 0 || this.closed) return;
    const chunks = this.pending;
    const start = this.pendingStart;
    this.pending = [];
    this.pendingLength = 0;
    this.guard(() => {
      let offset = start;
      for (const chunk of chunks) {
        let written = 0;
        while (written < chunk.length) {
          written += fs.writeSync(
            this.descriptor,
            chunk,
            written,
            chunk.length - written,
            offset + written,
          );
        }
        offset += chunk.length;
      }
    });
  }

  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
      this.registry.delete(this);
      this.guard(() => fs.closeSync(this.descriptor));
    }
  }
}
