// An overlay filesystem: reads fall through to a lower backend, every change stays in an in-memory
// upper layer (files are copied up on first write, deletions are recorded as whiteouts). The host
// lists the changes, then commits them to the lower backend or discards them.

import {
  type FileHandle,
  type FileKind,
  type FileStat,
  type FileSystem,
  FsError,
  kindAt,
  type OpenOptions,
  READ_ONLY,
  readWholeFile,
  writeWholeFile,
} from './filesystem.js';
import { MemoryFileSystem, type MemoryFileSystemOptions } from './memory-filesystem.js';
import { isWithin, joinPath, parentPath, pathParts } from './sandbox-path.js';

/** One change the overlay holds over its lower backend. */
export interface OverlayChange {
  readonly path: string;
  readonly change: 'added' | 'modified' | 'deleted';
  readonly kind: FileKind;
}

/** Reads from `lower`, writes to memory. */
export class OverlayFileSystem implements FileSystem {
  readonly lower: FileSystem;
  upper: MemoryFileSystem;
  /** Lower paths deleted in the overlay (their subtrees are hidden too). */
  readonly whiteouts = new Set<string>();
  /** Upper directories that replaced a deleted lower path: lower entries below them are hidden. */
  readonly opaque = new Set<string>();
  private readonly upperOptions: MemoryFileSystemOptions;
  private timeSource: (() => number) | null = null;

  constructor(lower: FileSystem, upperOptions: MemoryFileSystemOptions = {}) {
    this.lower = lower;
    this.upperOptions = upperOptions;
    this.upper = new MemoryFileSystem(upperOptions);
  }

  get writable(): boolean {
    return this.upper.writable;
  }

  setTimeSource(now: () => number): void {
    this.timeSource = now;
    this.upper.setTimeSource(now);
  }

  /** Whether the lower backend's node at `path` (if any) shows through. */
  private lowerVisible(path: string): boolean {
    let current = '';
    const parts = pathParts(path);
    for (let index = 0; index < parts.length; index++) {
      current = `${current}/${parts[index]}`;
      if (this.whiteouts.has(current)) return false;
      if (index < parts.length - 1 && this.opaque.has(current)) return false;
    }
    return true;
  }

  private lowerKind(path: string): FileKind | null {
    if (!this.lowerVisible(path)) return null;
    return kindAt(this.lower, path);
  }

  /** The merged kind at `path`, or null. */
  kindOf(path: string): FileKind | null {
    const upperNode = this.upper.find(path);
    if (upperNode !== null) return upperNode.kind;
    return this.lowerKind(path);
  }

  private require(path: string): FileKind {
    const kind = this.kindOf(path);
    if (kind !== null) return kind;
    // Report ENOTDIR when an ancestor is a file, as a real walk would.
    let current = '';
    for (const part of pathParts(parentPath(path))) {
      current = `${current}/${part}`;
      const ancestor = this.kindOf(current);
      if (ancestor === null) break;
      if (ancestor === 'file') throw new FsError('ENOTDIR', path);
    }
    throw new FsError('ENOENT', path);
  }

  private checkWritable(path: string): void {
    if (!this.upper.writable) throw new FsError('EROFS', path, 'read-only');
  }

  /** Makes `path` (a merged directory) exist in the upper layer, copying up its ancestors. */
  private ensureUpperDirectory(path: string): void {
    let current = '';
    for (const part of pathParts(path)) {
      current = `${current}/${part}`;
      const node = this.upper.find(current);
      if (node !== null) {
        if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
        continue;
      }
      const lower = this.lowerKind(current);
      if (lower === null) throw new FsError('ENOENT', path);
      if (lower !== 'directory') throw new FsError('ENOTDIR', path);
      this.upper.mkdir(current);
    }
  }

  stat(path: string): FileStat {
    const upperNode = this.upper.find(path);
    if (upperNode !== null) return this.upper.stat(path);
    this.require(path);
    return this.lower.stat(path);
  }

  listdir(path: string): string[] {
    if (this.require(path) !== 'directory') throw new FsError('ENOTDIR', path);
    const names: string[] = [];
    const seen = new Set<string>();
    if (this.lowerKind(path) === 'directory' && !this.opaque.has(path)) {
      for (const name of this.lower.listdir(path)) {
        if (this.lowerVisible(joinPath(path, name))) {
          names.push(name);
          seen.add(name);
        }
      }
    }
    const upperNode = this.upper.find(path);
    if (upperNode !== null && upperNode.kind === 'directory') {
      for (const name of upperNode.children.keys()) if (!seen.has(name)) names.push(name);
    }
    return names;
  }

  mkdir(path: string): void {
    this.checkWritable(path);
    if (this.kindOf(path) !== null) throw new FsError('EEXIST', path);
    const parent = parentPath(path);
    if (this.require(parent) !== 'directory') throw new FsError('ENOTDIR', path);
    this.ensureUpperDirectory(parent);
    this.upper.mkdir(path);
    if (kindAt(this.lower, path) !== null) this.opaque.add(path);
    this.whiteouts.delete(path);
  }

  /** Removes the merged node at `path` from view (upper copy and lower through a whiteout). */
  private hide(path: string): void {
    if (this.upper.find(path) !== null) {
      const node = this.upper.lookup(path);
      if (node.kind === 'directory') this.removeUpperTree(path);
      else this.upper.unlink(path);
    }
    if (this.lowerVisible(path) && kindAt(this.lower, path) !== null) this.whiteouts.add(path);
    this.opaque.delete(path);
  }

  private removeUpperTree(path: string): void {
    for (const name of this.upper.listdir(path)) {
      const child = joinPath(path, name);
      if (this.upper.lookup(child).kind === 'directory') this.removeUpperTree(child);
      else this.upper.unlink(child);
    }
    this.upper.rmdir(path);
  }

  rmdir(path: string): void {
    this.checkWritable(path);
    if (this.require(path) !== 'directory') throw new FsError('ENOTDIR', path);
    if (path === '/') throw new FsError('EBUSY', path);
    if (this.listdir(path).length > 0) throw new FsError('ENOTEMPTY', path);
    this.hide(path);
  }

  unlink(path: string): void {
    this.checkWritable(path);
    if (this.require(path) === 'directory') throw new FsError('EISDIR', path);
    this.hide(path);
  }

  /** Copies the merged node at `from` into the upper layer at `to` (whose parent exists there). */
  private copyUp(from: string, to: string): void {
    if (this.require(from) === 'file') {
      const data =
        this.upper.find(from) !== null
          ? this.upper.readFile(from)
          : readWholeFile(this.lower, from);
      writeWholeFile(this.upper, to, data);
      return;
    }
    this.upper.mkdir(to);
    for (const name of this.listdir(from)) this.copyUp(joinPath(from, name), joinPath(to, name));
  }

  rename(from: string, to: string): void {
    this.checkWritable(from);
    const kind = this.require(from);
    const targetParent = parentPath(to);
    if (this.require(targetParent) !== 'directory') throw new FsError('ENOTDIR', to);
    if (from === to) return;
    if (kind === 'directory' && isWithin(to, from)) throw new FsError('EINVAL', from);
    const target = this.kindOf(to);
    if (target !== null) {
      if (kind === 'file' && target === 'directory') throw new FsError('EISDIR', from);
      if (kind === 'directory' && target === 'file') throw new FsError('ENOTDIR', from);
      if (target === 'directory' && this.listdir(to).length > 0) {
        throw new FsError('ENOTEMPTY', from);
      }
      this.hide(to);
    }
    this.ensureUpperDirectory(targetParent);
    const lowerAtTarget = kindAt(this.lower, to) !== null;
    this.copyUp(from, to);
    if (lowerAtTarget && kind === 'directory') this.opaque.add(to);
    this.whiteouts.delete(to);
    this.hide(from);
  }

  open(path: string, options: OpenOptions): FileHandle {
    const wantsWrite = options.write || options.create || options.truncate;
    if (wantsWrite) this.checkWritable(path);
    const kind = this.kindOf(path);
    if (kind === 'directory') {
      if (options.exclusive) throw new FsError('EEXIST', path);
      throw new FsError('EISDIR', path);
    }
    if (kind === 'file') {
      if (options.exclusive) throw new FsError('EEXIST', path);
      if (this.upper.find(path) !== null) return this.upper.open(path, options);
      if (!wantsWrite) return this.lower.open(path, READ_ONLY);
      this.ensureUpperDirectory(parentPath(path));
      const data = options.truncate ? new Uint8Array(0) : readWholeFile(this.lower, path);
      writeWholeFile(this.upper, path, data);
      return this.upper.open(path, { ...options, truncate: false, create: false });
    }
    if (!options.create) this.require(path);
    const parent = parentPath(path);
    if (this.require(parent) !== 'directory') throw new FsError('ENOTDIR', path);
    this.ensureUpperDirectory(parent);
    const handle = this.upper.open(path, options);
    this.whiteouts.delete(path);
    return handle;
  }

  // Host API ---------------------------------------------------------------------------------------

  /** What the overlay changed over the lower backend, sorted by path. */
  changes(): OverlayChange[] {
    const changes: OverlayChange[] = [];
    for (const path of this.whiteouts) {
      const kind = kindAt(this.lower, path);
      if (kind !== null && this.upper.find(path) === null) {
        changes.push({ path, change: 'deleted', kind });
      }
    }
    const walk = (path: string): void => {
      for (const name of this.upper.listdir(path)) {
        const child = joinPath(path, name);
        const node = this.upper.lookup(child);
        const lowerKind = this.lowerVisible(child) ? kindAt(this.lower, child) : null;
        if (node.kind === 'file') {
          if (lowerKind === null) changes.push({ path: child, change: 'added', kind: 'file' });
          else if (lowerKind === 'directory') {
            changes.push({ path: child, change: 'deleted', kind: 'directory' });
            changes.push({ path: child, change: 'added', kind: 'file' });
          } else if (!sameBytes(this.upper.readFile(child), readWholeFile(this.lower, child))) {
            changes.push({ path: child, change: 'modified', kind: 'file' });
          }
        } else {
          if (lowerKind !== 'directory') {
            if (lowerKind === 'file')
              changes.push({ path: child, change: 'deleted', kind: 'file' });
            changes.push({ path: child, change: 'added', kind: 'directory' });
          }
          walk(child);
        }
      }
    };
    walk('/');
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Applies every change to the lower backend (which must be writable), then clears them. */
  commit(): void {
    const removeLowerTree = (path: string): void => {
      const kind = kindAt(this.lower, path);
      if (kind === 'directory') {
        for (const name of this.lower.listdir(path)) removeLowerTree(joinPath(path, name));
        this.lower.rmdir(path);
      } else if (kind === 'file') {
        this.lower.unlink(path);
      }
    };
    for (const path of [...this.whiteouts].sort()) removeLowerTree(path);
    for (const path of [...this.opaque].sort()) removeLowerTree(path);
    const copy = (path: string): void => {
      for (const name of this.upper.listdir(path)) {
        const child = joinPath(path, name);
        const node = this.upper.lookup(child);
        const lowerKind = kindAt(this.lower, child);
        if (node.kind === 'file') {
          if (lowerKind === 'directory') removeLowerTree(child);
          writeWholeFile(this.lower, child, this.upper.readFile(child));
        } else {
          if (lowerKind === 'file') this.lower.unlink(child);
          if (lowerKind !== 'directory') this.lower.mkdir(child);
          copy(child);
        }
      }
    };
    copy('/');
    this.discard();
  }

  /** Drops every change: the overlay shows the lower backend again. */
  discard(): void {
    this.upper = new MemoryFileSystem(this.upperOptions);
    if (this.timeSource !== null) this.upper.setTimeSource(this.timeSource);
    this.whiteouts.clear();
    this.opaque.clear();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
