// The default filesystem backend: a tree held in memory as plain data (directories map names to
// nodes, files hold their bytes), so a snapshot can store it. POSIX semantics for rename/rmdir/open;
// a byte quota answers ENOSPC. Path normalisation is sandbox-path.ts; exceptions are the caller's.

import {
  type FileHandle,
  type FileStat,
  type FileSystem,
  FsError,
  type OpenOptions,
} from './filesystem.js';
import {
  baseName,
  isNormalisedSandboxPath,
  isWithin,
  parentPath,
  pathParts,
} from './sandbox-path.js';

/** A file: `data[0..size)` are its bytes (`data` may have spare capacity). */
export interface MemoryFileNode {
  readonly kind: 'file';
  data: Uint8Array;
  size: number;
  mtimeMs: number;
  permissions: number;
}

/** A directory: its entries in creation order. */
export interface MemoryDirectoryNode {
  readonly kind: 'directory';
  readonly children: Map<string, MemoryNode>;
  mtimeMs: number;
  permissions: number;
}

/** A node of the in-memory tree. */
export type MemoryNode = MemoryFileNode | MemoryDirectoryNode;

/** Options of a MemoryFileSystem. */
export interface MemoryFileSystemOptions {
  /** Most bytes all files together may hold (default 256 MiB); beyond it writes fail with ENOSPC. */
  readonly maxBytes?: number;
  /** Refuse writes (EROFS, denial `read-only`). Default false. */
  readonly readOnly?: boolean;
  /** Milliseconds since the epoch for modification times (default: always 0). */
  readonly now?: () => number;
}

/** The JSON-friendly form of a tree (`toData`/`fromData`), for snapshots and fixtures. */
export type MemoryTreeData =
  | { readonly kind: 'file'; readonly bytes: number[]; readonly mtimeMs: number }
  | {
      readonly kind: 'directory';
      readonly entries: readonly (readonly [string, MemoryTreeData])[];
      readonly mtimeMs: number;
    };

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const FILE_PERMISSIONS = 0o644;
const DIRECTORY_PERMISSIONS = 0o755;

function newDirectory(mtimeMs: number): MemoryDirectoryNode {
  return { kind: 'directory', children: new Map(), mtimeMs, permissions: DIRECTORY_PERMISSIONS };
}

function newFile(mtimeMs: number): MemoryFileNode {
  return {
    kind: 'file',
    data: new Uint8Array(0),
    size: 0,
    mtimeMs,
    permissions: FILE_PERMISSIONS,
  };
}

/** An in-memory filesystem: the default capability, and the upper layer of an overlay. */
export class MemoryFileSystem implements FileSystem {
  readonly root: MemoryDirectoryNode;
  readonly maxBytes: number;
  readonly writable: boolean;
  /** Clock for modification times (the capability set wires in its clock when this is null). */
  now: (() => number) | null;
  /** Bytes held by all files (counts toward maxBytes). */
  usedBytes: number;

  constructor(options: MemoryFileSystemOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.writable = !(options.readOnly ?? false);
    this.now = options.now ?? null;
    this.usedBytes = 0;
    this.root = newDirectory(this.time());
  }

  setTimeSource(now: () => number): void {
    if (this.now === null) this.now = now;
  }

  private time(): number {
    return this.now === null ? 0 : this.now();
  }

  private checkWritable(path: string): void {
    if (!this.writable) throw new FsError('EROFS', path, 'read-only');
  }

  /** The node at `path`, or throws ENOENT/ENOTDIR as the walk meets a missing name or a file. */
  lookup(path: string): MemoryNode {
    if (!isNormalisedSandboxPath(path)) throw new FsError('EINVAL', path);
    let node: MemoryNode = this.root;
    for (const part of pathParts(path)) {
      if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
      const child: MemoryNode | undefined = node.children.get(part);
      if (child === undefined) throw new FsError('ENOENT', path);
      node = child;
    }
    return node;
  }

  /** The node at `path` or null when missing. */
  find(path: string): MemoryNode | null {
    try {
      return this.lookup(path);
    } catch (error) {
      if (error instanceof FsError && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
        return null;
      }
      throw error;
    }
  }

  /** The directory that will hold `path` (ENOENT / ENOTDIR when it cannot). */
  private parentOf(path: string): MemoryDirectoryNode {
    if (path === '/') throw new FsError('EBUSY', path);
    const parent = this.lookup(parentPath(path));
    if (parent.kind !== 'directory') throw new FsError('ENOTDIR', path);
    return parent;
  }

  stat(path: string): FileStat {
    const node = this.lookup(path);
    return {
      kind: node.kind,
      size: node.kind === 'file' ? node.size : 0,
      mtimeMs: node.mtimeMs,
      permissions: node.permissions,
    };
  }

  listdir(path: string): string[] {
    const node = this.lookup(path);
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
    return [...node.children.keys()];
  }

  mkdir(path: string): void {
    this.checkWritable(path);
    if (path === '/') throw new FsError('EEXIST', path);
    const parent = this.parentOf(path);
    const name = baseName(path);
    if (parent.children.has(name)) throw new FsError('EEXIST', path);
    const now = this.time();
    parent.children.set(name, newDirectory(now));
    parent.mtimeMs = now;
  }

  rmdir(path: string): void {
    this.checkWritable(path);
    const node = this.lookup(path);
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
    if (path === '/') throw new FsError('EBUSY', path);
    if (node.children.size > 0) throw new FsError('ENOTEMPTY', path);
    const parent = this.parentOf(path);
    parent.children.delete(baseName(path));
    parent.mtimeMs = this.time();
  }

  unlink(path: string): void {
    this.checkWritable(path);
    const node = this.lookup(path);
    if (node.kind === 'directory') throw new FsError('EISDIR', path);
    const parent = this.parentOf(path);
    parent.children.delete(baseName(path));
    parent.mtimeMs = this.time();
    this.usedBytes -= node.size;
  }

  rename(from: string, to: string): void {
    this.checkWritable(from);
    const node = this.lookup(from);
    const target = this.find(to);
    const toParent = this.parentOf(to);
    if (from === to) return;
    if (node.kind === 'directory' && isWithin(to, from)) throw new FsError('EINVAL', from);
    if (target !== null) {
      if (node.kind === 'file' && target.kind === 'directory') throw new FsError('EISDIR', from);
      if (node.kind === 'directory' && target.kind === 'file') throw new FsError('ENOTDIR', from);
      if (target.kind === 'directory' && target.children.size > 0) {
        throw new FsError('ENOTEMPTY', from);
      }
      if (target.kind === 'file') this.usedBytes -= target.size;
    }
    const fromParent = this.parentOf(from);
    fromParent.children.delete(baseName(from));
    toParent.children.set(baseName(to), node);
    const now = this.time();
    fromParent.mtimeMs = now;
    toParent.mtimeMs = now;
  }

  open(path: string, options: OpenOptions): FileHandle {
    if (options.write || options.create || options.truncate) this.checkWritable(path);
    let node = this.find(path);
    if (node === null) {
      if (!options.create) {
        this.lookup(path);
        throw new FsError('ENOENT', path);
      }
      const parent = this.parentOf(path);
      node = newFile(this.time());
      parent.children.set(baseName(path), node);
      parent.mtimeMs = node.mtimeMs;
    } else {
      if (options.exclusive) throw new FsError('EEXIST', path);
      if (node.kind === 'directory') throw new FsError('EISDIR', path);
      if (options.truncate && node.size > 0) {
        this.usedBytes -= node.size;
        node.size = 0;
        node.data = new Uint8Array(0);
        node.mtimeMs = this.time();
      }
    }
    return new MemoryFileHandle(this, node);
  }

  /** Grows (or cuts) a file's storage to `size` bytes, charging the quota. */
  resize(node: MemoryFileNode, size: number, stamp = true): void {
    const growth = size - node.size;
    if (growth > 0 && this.usedBytes + growth > this.maxBytes) throw new FsError('ENOSPC', '');
    if (size > node.data.length) {
      const capacity = Math.max(size, Math.min(node.data.length * 2, size + (1 << 24)), 64);
      const grown = new Uint8Array(capacity);
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    } else if (size < node.size) {
      node.data.fill(0, size, node.size);
    }
    this.usedBytes += growth;
    node.size = size;
    if (stamp) node.mtimeMs = this.time();
  }

  /** Marks a file modified now. */
  touch(node: MemoryFileNode): void {
    node.mtimeMs = this.time();
  }

  // Host conveniences ----------------------------------------------------------------------------

  /** Creates `path` and any missing parent directories (the host's fixtures). */
  makeDirectories(path: string): void {
    let current = '';
    for (const part of pathParts(path)) {
      current = `${current}/${part}`;
      const node = this.find(current);
      if (node === null) this.mkdir(current);
      else if (node.kind !== 'directory') throw new FsError('ENOTDIR', current);
    }
  }

  /** Writes a whole file (text as UTF-8), creating parent directories. */
  writeFile(path: string, content: Uint8Array | string): void {
    this.makeDirectories(parentPath(path));
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const handle = this.open(path, {
      read: false,
      write: true,
      create: true,
      exclusive: false,
      truncate: true,
    });
    handle.write(0, data);
    handle.close();
  }

  /** The bytes of a file. */
  readFile(path: string): Uint8Array {
    const node = this.lookup(path);
    if (node.kind !== 'file') throw new FsError('EISDIR', path);
    return node.data.slice(0, node.size);
  }

  /** The text of a UTF-8 file. */
  readText(path: string): string {
    return new TextDecoder().decode(this.readFile(path));
  }

  /** The whole tree as JSON-friendly data. */
  toData(): MemoryTreeData {
    return nodeToData(this.root);
  }

  /** A filesystem holding `data` (as made by `toData`). */
  static fromData(data: MemoryTreeData, options: MemoryFileSystemOptions = {}): MemoryFileSystem {
    const fs = new MemoryFileSystem(options);
    if (data.kind !== 'directory')
      throw new Error('MemoryFileSystem.fromData: root must be a directory');
    fillFromData(fs, fs.root, data);
    fs.root.mtimeMs = data.mtimeMs;
    return fs;
  }
}

function nodeToData(node: MemoryNode): MemoryTreeData {
  if (node.kind === 'file') {
    return {
      kind: 'file',
      bytes: Array.from(node.data.subarray(0, node.size)),
      mtimeMs: node.mtimeMs,
    };
  }
  return {
    kind: 'directory',
    entries: [...node.children].map(([name, child]) => [name, nodeToData(child)] as const),
    mtimeMs: node.mtimeMs,
  };
}

function fillFromData(
  fs: MemoryFileSystem,
  directory: MemoryDirectoryNode,
  data: Extract<MemoryTreeData, { kind: 'directory' }>,
): void {
  for (const [name, child] of data.entries) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new Error(`MemoryFileSystem.fromData: bad entry name ${JSON.stringify(name)}`);
    }
    if (child.kind === 'file') {
      const bytes = Uint8Array.from(child.bytes);
      directory.children.set(name, {
        kind: 'file',
        data: bytes,
        size: bytes.length,
        mtimeMs: child.mtimeMs,
        permissions: FILE_PERMISSIONS,
      });
      fs.usedBytes += bytes.length;
    } else {
      const sub = newDirectory(child.mtimeMs);
      directory.children.set(name, sub);
      fillFromData(fs, sub, child);
    }
  }
}

/** An open in-memory file: keeps its node even if the name is unlinked (as POSIX does). */
class MemoryFileHandle implements FileHandle {
  private readonly fs: MemoryFileSystem;
  private readonly node: MemoryFileNode;
  private dirty = false;

  constructor(fs: MemoryFileSystem, node: MemoryFileNode) {
    this.fs = fs;
    this.node = node;
  }

  read(position: number, length: number): Uint8Array {
    const end = Math.min(this.node.size, position + length);
    if (position >= end) return new Uint8Array(0);
    return this.node.data.slice(position, end);
  }

  write(position: number, data: Uint8Array): void {
    const end = position + data.length;
    // The modification time is stamped on the first write and again at flush/close (reading the
    // clock on every small write would dominate the cost of writing).
    if (end > this.node.size) this.fs.resize(this.node, end, !this.dirty);
    else if (!this.dirty) this.fs.touch(this.node);
    this.dirty = true;
    this.node.data.set(data, position);
  }

  size(): number {
    return this.node.size;
  }

  truncate(length: number): void {
    this.fs.resize(this.node, length);
  }

  flush(): void {
    if (this.dirty) this.fs.touch(this.node);
    this.dirty = false;
  }

  close(): void {
    this.flush();
  }
}
