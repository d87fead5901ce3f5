// The `io` and `_io` modules: StringIO, BytesIO, the file types open() returns, the IOBase roots
// (io.IOBase is _io._IOBase itself here, not an ABC subclass), UnsupportedOperation and SEEK_*.
// The streams themselves live in src/stdlib/io/.

import { checkArity } from '../objects/args.js';
import { exceptionTypeNamed } from '../objects/exceptions.js';
import type { PyModule } from '../objects/module.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { bytesIOType } from './io/bytes-io.js';
import {
  bufferedRandomType,
  bufferedReaderType,
  bufferedWriterType,
  fileIOType,
  textIOWrapperType,
} from './io/file-object.js';
import './io/file-methods.js';
import {
  bufferedIOBaseType,
  ioBaseType,
  rawIOBaseType,
  textIOBaseType,
  unsupportedOperationType,
} from './io/io-base.js';
import { openFunction } from './io/open-builtin.js';
import { stringIOType } from './io/string-io.js';
import { registerNativeModule } from './registry.js';

const textEncoding = makeNativeFunction('io', 'text_encoding', (args, kwnames) => {
  checkArity('text_encoding', args, kwnames, 1, 2);
  const encoding = args[0]!;
  return encoding === None ? 'utf-8' : (strValueOf(encoding) ?? encoding);
});

function fill(module: PyModule, publicBases: boolean): void {
  const dict = module.dict;
  dict.setStr('open', openFunction);
  dict.setStr('StringIO', stringIOType);
  dict.setStr('BytesIO', bytesIOType);
  dict.setStr('TextIOWrapper', textIOWrapperType);
  dict.setStr('BufferedReader', bufferedReaderType);
  dict.setStr('BufferedWriter', bufferedWriterType);
  dict.setStr('BufferedRandom', bufferedRandomType);
  dict.setStr('FileIO', fileIOType);
  dict.setStr('UnsupportedOperation', unsupportedOperationType);
  dict.setStr('BlockingIOError', exceptionTypeNamed('BlockingIOError'));
  dict.setStr('DEFAULT_BUFFER_SIZE', 8192);
  dict.setStr('text_encoding', textEncoding);
  dict.setStr('_IOBase', ioBaseType);
  dict.setStr('_RawIOBase', rawIOBaseType);
  dict.setStr('_BufferedIOBase', bufferedIOBaseType);
  dict.setStr('_TextIOBase', textIOBaseType);
  if (publicBases) {
    dict.setStr('IOBase', ioBaseType);
    dict.setStr('RawIOBase', rawIOBaseType);
    dict.setStr('BufferedIOBase', bufferedIOBaseType);
    dict.setStr('TextIOBase', textIOBaseType);
    dict.setStr('SEEK_SET', 0);
    dict.setStr('SEEK_CUR', 1);
    dict.setStr('SEEK_END', 2);
  }
}

registerNativeModule('_io', (module) => fill(module, false));
registerNativeModule('io', (module) => fill(module, true));
