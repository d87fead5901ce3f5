// The utf-8 fast paths of str.encode and bytes.decode (no codec name lookup; short ASCII text
// without TextEncoder) against CPython 3.11, with the general path's results and errors beside them.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, ascii(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

class S(str):
    pass

for round in range(2):
    attempt('ascii', lambda: 'hello'.encode())
    attempt('empty', lambda: ''.encode())
    attempt('named', lambda: 'abc'.encode('utf-8'))
    attempt('utf8', lambda: 'abc'.encode('utf8'))
    attempt('UTF-8', lambda: 'abc'.encode('UTF-8'))
    attempt('latin', lambda: 'caf\\xe9'.encode())
    attempt('astral', lambda: 'a\\U0001f600'.encode())
    attempt('lone', lambda: 'a\\ud800b'.encode())
    attempt('lone named', lambda: 'a\\ud800b'.encode('utf-8'))
    attempt('errors', lambda: 'a\\ud800b'.encode('utf-8', 'replace'))
    attempt('kw', lambda: 'ab'.encode(encoding='ascii'))
    attempt('64', lambda: len(('x' * 64).encode()))
    attempt('65', lambda: len(('x' * 65).encode()))
    attempt('64 tail', lambda: ('x' * 63 + '\\xff').encode()[-3:])
    attempt('del', lambda: '\\x7f\\x00'.encode())
    attempt('subclass', lambda: S('sub').encode())
    attempt('bad name', lambda: 'a'.encode(5))
    attempt('too many', lambda: 'a'.encode('utf-8', 'strict', 1))
    attempt('decode', lambda: b'hello'.decode())
    attempt('decode named', lambda: b'hi'.decode('utf-8'))
    attempt('decode utf8', lambda: b'caf\\xc3\\xa9'.decode('utf8'))
    attempt('decode bad', lambda: b'a\\xffb'.decode())
    attempt('decode bad named', lambda: b'a\\xffb'.decode('utf-8'))
    attempt('decode errors', lambda: b'a\\xffb'.decode('utf-8', 'replace'))
    attempt('bytearray decode', lambda: bytearray(b'xyz').decode())
    attempt('decode ascii', lambda: b'\\xe9'.decode('ascii'))
`;

const EXPECTED = `ascii b'hello'
empty b''
named b'abc'
utf8 b'abc'
UTF-8 b'abc'
latin b'caf\\xc3\\xa9'
astral b'a\\xf0\\x9f\\x98\\x80'
lone UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed
lone named UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed
errors b'a?b'
kw b'ab'
64 64
65 65
64 tail b'x\\xc3\\xbf'
del b'\\x7f\\x00'
subclass b'sub'
bad name TypeError encode() argument 'encoding' must be str, not int
too many TypeError encode() takes at most 2 arguments (3 given)
decode 'hello'
decode named 'hi'
decode utf8 'caf\\xe9'
decode bad UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
decode bad named UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
decode errors 'a\\ufffdb'
bytearray decode 'xyz'
decode ascii UnicodeDecodeError 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
ascii b'hello'
empty b''
named b'abc'
utf8 b'abc'
UTF-8 b'abc'
latin b'caf\\xc3\\xa9'
astral b'a\\xf0\\x9f\\x98\\x80'
lone UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed
lone named UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed
errors b'a?b'
kw b'ab'
64 64
65 65
64 tail b'x\\xc3\\xbf'
del b'\\x7f\\x00'
subclass b'sub'
bad name TypeError encode() argument 'encoding' must be str, not int
too many TypeError encode() takes at most 2 arguments (3 given)
decode 'hello'
decode named 'hi'
decode utf8 'caf\\xe9'
decode bad UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
decode bad named UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
decode errors 'a\\ufffdb'
bytearray decode 'xyz'
decode ascii UnicodeDecodeError 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
`;

describe('str.encode / bytes.decode fast paths', () => {
  it('give the bytes, text and errors CPython gives', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
