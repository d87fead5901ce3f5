// Sandbox paths: turns the program's path (relative to the sandbox cwd, or absolute in the sandbox)
// into the normalised absolute form backends take. `..` stops at the sandbox root, as in a chroot.
// The NUL-byte ValueError the program sees is raised by the Python layer before this runs.

import { FsError } from './filesystem.js';

/** Longest path Linux accepts (PATH_MAX - 1), in UTF-8 bytes. */
export const MAX_PATH_BYTES = 4095;
/** Longest file name Linux accepts (NAME_MAX), in UTF-8 bytes. */
export const MAX_NAME_BYTES = 255;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The absolute normalised sandbox path of `path` seen from `cwd` (itself absolute and normalised):
 * no empty, `.` or `..` components; `..` at the root stays at the root. Throws FsError ENAMETOOLONG
 * for a component over 255 bytes or a path over 4095 bytes (what Linux reports), EINVAL for NUL.
 */
export function resolveSandboxPath(cwd: string, path: string): string {
  if (path.includes('\0')) throw new FsError('EINVAL', '');
  if (utf8Length(path) > MAX_PATH_BYTES) throw new FsError('ENAMETOOLONG', '');
  const parts: string[] = [];
  if (!path.startsWith('/')) {
    for (const part of cwd.split('/')) if (part !== '') parts.push(part);
  }
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      parts.pop();
      continue;
    }
    if (utf8Length(part) > MAX_NAME_BYTES) throw new FsError('ENAMETOOLONG', '');
    parts.push(part);
  }
  const resolved = `/${parts.join('/')}`;
  if (utf8Length(resolved) > MAX_PATH_BYTES) throw new FsError('ENAMETOOLONG', '');
  return resolved;
}

/** Whether `path` is a normalised absolute sandbox path (what backends accept). */
export function isNormalisedSandboxPath(path: string): boolean {
  if (!path.startsWith('/') || path.includes('\0')) return false;
  if (path === '/') return true;
  for (const part of path.slice(1).split('/')) {
    if (part === '' || part === '.' || part === '..') return false;
  }
  return true;
}

/** The components of a normalised sandbox path (`/` has none). */
export function pathParts(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/');
}

/** The parent of a normalised sandbox path (`/` is its own parent). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** The last component of a normalised sandbox path (`''` for `/`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `child` joined under the normalised directory `dir`. */
export function joinPath(dir: string, child: string): string {
  return dir === '/' ? `/${child}` : `${dir}/${child}`;
}

/** Whether `path` is `ancestor` or lies under it. */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '/') return true;
  return path === ancestor || path.startsWith(`${ancestor}/`);
}
