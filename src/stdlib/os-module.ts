// `_pyex_os`: the native primitives `os` (src/stdlib/py/os.py) is written over — stat, listdir,
// mkdir, rmdir, unlink, rename, chdir/getcwd, truncate over the filesystem capability, the granted
// environment and urandom over the entropy capability. Errors are CPython's (see os/fs-access.ts).

import { bindArgs, checkArity, checkNoArgs } from '../objects/args.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { valueError } from '../objects/errors.js';
import { PyList } from '../objects/list.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { indexAsNumber } from '../objects/protocol-number.js';
import type { PyValue } from '../objects/py-object.js';
import { rt } from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { currentSession } from '../sandbox/capabilities.js';
import { FS_ERROR_CODES, FsError } from '../sandbox/filesystem.js';
import {
  absolutePath,
  fsEncode,
  fspath,
  nameResult,
  osError,
  type PathArgument,
  pathArgument,
  withFilesystem,
} from './os/fs-access.js';
import './os/entropy-link.js';
import { PATH_NATIVES } from './os/path-natives.js';
import { registerNativeModule } from './registry.js';

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const WITH_FD = 'string, bytes, os.PathLike or integer';
const WITH_FD_OR_NONE = 'string, bytes, os.PathLike, integer or None';

/** A path argument of an os function; integers (file descriptors) name nothing in the sandbox. */
function pathOrFd(value: PyValue, functionName: string, accepted: string): PathArgument {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    throw osError('OSError', 9, 'Bad file descriptor', value);
  }
  return pathArgument(value, functionName, 'path', accepted);
}

/** Raises ENOTDIR when a path written with a trailing slash names a file. */
function checkTrailingSlash(
  path: PathArgument,
  kind: 'file' | 'directory',
  absolute: string,
): void {
  if (kind === 'file' && path.text.endsWith('/') && path.text.length > 1) {
    throw new FsError('ENOTDIR', absolute);
  }
}

const stat = makeNativeFunction('_pyex_os', 'stat', (args, kwnames) => {
  const [pathValue] = bindArgs(
    'stat',
    args,
    kwnames,
    ['path', 'dir_fd', 'follow_symlinks'],
    1,
    0,
    1,
  );
  const path = pathOrFd(pathValue!, 'stat', WITH_FD);
  return withFilesystem(path, (fs, absolute) => {
    const info = fs.stat(absolute);
    checkTrailingSlash(path, info.kind, absolute);
    const mode = (info.kind === 'directory' ? S_IFDIR : S_IFREG) | info.permissions;
    const mtimeNs = BigInt(Math.round(info.mtimeMs * 1000)) * 1000n;
    const nanoseconds = mtimeNs <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(mtimeNs) : mtimeNs;
    return new PyTuple([mode, info.size, nanoseconds, info.kind === 'directory' ? 2 : 1]);
  });
});

const listdir = makeNativeFunction('_pyex_os', 'listdir', (args, kwnames) => {
  const [pathValue] = bindArgs('listdir', args, kwnames, ['path'], 0);
  const path =
    pathValue === undefined || pathValue === None
      ? pathArgument('.', 'listdir')
      : pathOrFd(pathValue, 'listdir', WITH_FD_OR_NONE);
  return withFilesystem(path, (fs, absolute) => {
    const names = fs.listdir(absolute);
    return new PyList(names.map((name) => nameResult(name, path.isBytes)));
  });
});

const mkdir = makeNativeFunction('_pyex_os', 'mkdir', (args, kwnames) => {
  const [pathValue] = bindArgs('mkdir', args, kwnames, ['path', 'mode', 'dir_fd'], 1, 0, 2);
  const path = pathArgument(pathValue!, 'mkdir');
  withFilesystem(path, (fs, absolute) => fs.mkdir(absolute));
  return None;
});

const rmdir = makeNativeFunction('_pyex_os', 'rmdir', (args, kwnames) => {
  const [pathValue] = bindArgs('rmdir', args, kwnames, ['path', 'dir_fd'], 1, 0, 1);
  const path = pathArgument(pathValue!, 'rmdir');
  withFilesystem(path, (fs, absolute) => fs.rmdir(absolute));
  return None;
});

function makeUnlink(name: string) {
  return makeNativeFunction('_pyex_os', name, (args, kwnames) => {
    const [pathValue] = bindArgs(name, args, kwnames, ['path', 'dir_fd'], 1, 0, 1);
    const path = pathArgument(pathValue!, name);
    withFilesystem(path, (fs, absolute) => fs.unlink(absolute));
    return None;
  });
}

function makeRename(name: string) {
  return makeNativeFunction('_pyex_os', name, (args, kwnames) => {
    const [srcValue, dstValue] = bindArgs(
      name,
      args,
      kwnames,
      ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'],
      2,
      0,
      2,
    );
    const source = pathArgument(srcValue!, name, 'src');
    const target = pathArgument(dstValue!, name, 'dst');
    const targetAbsolute = absolutePath(target);
    withFilesystem(source, (fs, absolute) => fs.rename(absolute, targetAbsolute), target);
    return None;
  });
}

const getcwd = makeNativeFunction('_pyex_os', 'getcwd', (args, kwnames) => {
  checkNoArgs('getcwd', args, kwnames);
  return currentSession().cwd;
});

const getcwdb = makeNativeFunction('_pyex_os', 'getcwdb', (args, kwnames) => {
  checkNoArgs('getcwdb', args, kwnames);
  return fsEncode(currentSession().cwd);
});

const chdir = makeNativeFunction('_pyex_os', 'chdir', (args, kwnames) => {
  const [pathValue] = bindArgs('chdir', args, kwnames, ['path'], 1);
  const path = pathOrFd(pathValue!, 'chdir', WITH_FD);
  const target = withFilesystem(path, (fs, absolute) => {
    if (fs.stat(absolute).kind !== 'directory') throw new FsError('ENOTDIR', absolute);
    return absolute;
  });
  currentSession().cwd = target;
  return None;
});

const truncate = makeNativeFunction('_pyex_os', 'truncate', (args, kwnames) => {
  const [pathValue, lengthValue] = bindArgs('truncate', args, kwnames, ['path', 'length'], 2);
  const path = pathOrFd(pathValue!, 'truncate', WITH_FD);
  const length = indexAsNumber(lengthValue!);
  if (length < 0) throw osError('OSError', 22, 'Invalid argument', path.filename);
  withFilesystem(path, (fs, absolute) => {
    const handle = fs.open(absolute, {
      read: false,
      write: true,
      create: false,
      exclusive: false,
      truncate: false,
    });
    try {
      handle.truncate(length);
    } finally {
      handle.close();
    }
  });
  return None;
});

const urandom = makeNativeFunction('_pyex_os', 'urandom', (args, kwnames) => {
  checkArity('urandom', args, kwnames, 1, 1);
  const size = indexAsNumber(args[0]!);
  if (size < 0) throw valueError('negative argument not allowed');
  rt().checkAllocation(size);
  const words = currentSession().capabilities.entropy.words(Math.ceil(size / 4));
  return new PyBytes(new Uint8Array(words.buffer, 0, size).slice());
});

const environ = makeNativeFunction('_pyex_os', 'environ', (args, kwnames) => {
  checkNoArgs('environ', args, kwnames);
  const dict = new PyDict();
  for (const [key, value] of currentSession().capabilities.environment) dict.setStr(key, value);
  return dict;
});

const fspathFunction = makeNativeFunction('_pyex_os', 'fspath', (args, kwnames) => {
  if (args.length === 1 && kwnames === null) return fspath(args[0]!);
  const [path] = bindArgs('fspath', args, kwnames, ['path'], 1);
  return fspath(path!);
});

const filesystemState = makeNativeFunction('_pyex_os', 'filesystem_state', (args, kwnames) => {
  checkNoArgs('filesystem_state', args, kwnames);
  const fs = currentSession().capabilities.filesystem;
  return fs === null ? 'none' : fs.writable ? 'read-write' : 'read-only';
});

const strerror = makeNativeFunction('_pyex_os', 'strerror', (args, kwnames) => {
  checkArity('strerror', args, kwnames, 1, 1);
  const code = indexAsNumber(args[0]!);
  return STRERRORS.get(code) ?? `Unknown error ${code}`;
});

const STRERRORS = new Map<number, string>(
  Object.values(FS_ERROR_CODES).map((info) => [info.errno, info.strerror] as const),
);

const remove = makeUnlink('remove');
const unlink = makeUnlink('unlink');
const rename = makeRename('rename');
const replace = makeRename('replace');

registerNativeModule('_pyex_os', (module) => {
  const dict = module.dict;
  dict.setStr('stat', stat);
  dict.setStr('listdir', listdir);
  dict.setStr('mkdir', mkdir);
  dict.setStr('rmdir', rmdir);
  dict.setStr('remove', remove);
  dict.setStr('unlink', unlink);
  dict.setStr('rename', rename);
  dict.setStr('replace', replace);
  dict.setStr('getcwd', getcwd);
  dict.setStr('getcwdb', getcwdb);
  dict.setStr('chdir', chdir);
  dict.setStr('truncate', truncate);
  dict.setStr('urandom', urandom);
  dict.setStr('environ', environ);
  dict.setStr('fspath', fspathFunction);
  dict.setStr('filesystem_state', filesystemState);
  dict.setStr('strerror', strerror);
  for (const func of PATH_NATIVES) dict.setStr(`path_${func.name}`, func);
});
