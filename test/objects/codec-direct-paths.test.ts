// The direct paths of the UTF-16/32, latin-1 and ASCII codecs (exactly sized buffers when no
// surrogate is present, latin-1/ASCII decoding without a per-byte loop, cached name lookups) against
// CPython 3.11, beside the general paths' results and errors. EXPECTED is the stdout of `python3`
// (3.11.7) on PROGRAM; re-record it the same way.
import { expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, ascii(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

texts = ['', 'abc', 'h\\xe9llo', '\\u20ac\\uffff', 'a\\U0001f600b', 'x\\ud800y']
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'latin-1', 'ascii']:
    for text in texts:
        attempt(f'{enc} {text!a}', lambda: text.encode(enc))
        attempt(f'{enc} {text!a} pass', lambda: text.encode(enc, 'surrogatepass').decode(enc, 'surrogatepass'))
        attempt(f'{enc} {text!a} replace', lambda: text.encode(enc, 'replace'))
for data in [b'', b'abc', bytes(range(256)), b'\\x80abc' * 3000]:
    for enc in ['latin-1', 'ascii', 'L1', 'iso8859-1']:
        attempt(f'{enc} {len(data)}', lambda: (lambda r: (len(r), r[:6], r[-3:]))(data.decode(enc)))
        attempt(f'{enc} {len(data)} ignore', lambda: len(data.decode(enc, 'ignore')))
attempt('kw', lambda: b'a'.decode(encoding='latin1'))
attempt('unknown', lambda: 'x'.encode('nope'))
attempt('bytes codec', lambda: b'x'.decode('hex'))
attempt('not str', lambda: b'x'.decode(b'ascii'))
`;

const EXPECTED = `utf-16 '' b'\\xff\\xfe'
utf-16 '' pass ''
utf-16 '' replace b'\\xff\\xfe'
utf-16 'abc' b'\\xff\\xfea\\x00b\\x00c\\x00'
utf-16 'abc' pass 'abc'
utf-16 'abc' replace b'\\xff\\xfea\\x00b\\x00c\\x00'
utf-16 'h\\xe9llo' b'\\xff\\xfeh\\x00\\xe9\\x00l\\x00l\\x00o\\x00'
utf-16 'h\\xe9llo' pass 'h\\xe9llo'
utf-16 'h\\xe9llo' replace b'\\xff\\xfeh\\x00\\xe9\\x00l\\x00l\\x00o\\x00'
utf-16 '\\u20ac\\uffff' b'\\xff\\xfe\\xac \\xff\\xff'
utf-16 '\\u20ac\\uffff' pass '\\u20ac\\uffff'
utf-16 '\\u20ac\\uffff' replace b'\\xff\\xfe\\xac \\xff\\xff'
utf-16 'a\\U0001f600b' b'\\xff\\xfea\\x00=\\xd8\\x00\\xdeb\\x00'
utf-16 'a\\U0001f600b' pass 'a\\U0001f600b'
utf-16 'a\\U0001f600b' replace b'\\xff\\xfea\\x00=\\xd8\\x00\\xdeb\\x00'
utf-16 'x\\ud800y' UnicodeEncodeError 'utf-16' codec can't encode character '\\ud800' in position 1: surrogates not allowed
utf-16 'x\\ud800y' pass 'x\\ud800y'
utf-16 'x\\ud800y' replace b'\\xff\\xfex\\x00?\\x00y\\x00'
utf-16-be '' b''
utf-16-be '' pass ''
utf-16-be '' replace b''
utf-16-be 'abc' b'\\x00a\\x00b\\x00c'
utf-16-be 'abc' pass 'abc'
utf-16-be 'abc' replace b'\\x00a\\x00b\\x00c'
utf-16-be 'h\\xe9llo' b'\\x00h\\x00\\xe9\\x00l\\x00l\\x00o'
utf-16-be 'h\\xe9llo' pass 'h\\xe9llo'
utf-16-be 'h\\xe9llo' replace b'\\x00h\\x00\\xe9\\x00l\\x00l\\x00o'
utf-16-be '\\u20ac\\uffff' b' \\xac\\xff\\xff'
utf-16-be '\\u20ac\\uffff' pass '\\u20ac\\uffff'
utf-16-be '\\u20ac\\uffff' replace b' \\xac\\xff\\xff'
utf-16-be 'a\\U0001f600b' b'\\x00a\\xd8=\\xde\\x00\\x00b'
utf-16-be 'a\\U0001f600b' pass 'a\\U0001f600b'
utf-16-be 'a\\U0001f600b' replace b'\\x00a\\xd8=\\xde\\x00\\x00b'
utf-16-be 'x\\ud800y' UnicodeEncodeError 'utf-16-be' codec can't encode character '\\ud800' in position 1: surrogates not allowed
utf-16-be 'x\\ud800y' pass 'x\\ud800y'
utf-16-be 'x\\ud800y' replace b'\\x00x\\x00?\\x00y'
utf-32 '' b'\\xff\\xfe\\x00\\x00'
utf-32 '' pass ''
utf-32 '' replace b'\\xff\\xfe\\x00\\x00'
utf-32 'abc' b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00b\\x00\\x00\\x00c\\x00\\x00\\x00'
utf-32 'abc' pass 'abc'
utf-32 'abc' replace b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00b\\x00\\x00\\x00c\\x00\\x00\\x00'
utf-32 'h\\xe9llo' b'\\xff\\xfe\\x00\\x00h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00l\\x00\\x00\\x00l\\x00\\x00\\x00o\\x00\\x00\\x00'
utf-32 'h\\xe9llo' pass 'h\\xe9llo'
utf-32 'h\\xe9llo' replace b'\\xff\\xfe\\x00\\x00h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00l\\x00\\x00\\x00l\\x00\\x00\\x00o\\x00\\x00\\x00'
utf-32 '\\u20ac\\uffff' b'\\xff\\xfe\\x00\\x00\\xac \\x00\\x00\\xff\\xff\\x00\\x00'
utf-32 '\\u20ac\\uffff' pass '\\u20ac\\uffff'
utf-32 '\\u20ac\\uffff' replace b'\\xff\\xfe\\x00\\x00\\xac \\x00\\x00\\xff\\xff\\x00\\x00'
utf-32 'a\\U0001f600b' b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'
utf-32 'a\\U0001f600b' pass 'a\\U0001f600b'
utf-32 'a\\U0001f600b' replace b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'
utf-32 'x\\ud800y' UnicodeEncodeError 'utf-32' codec can't encode character '\\ud800' in position 1: surrogates not allowed
utf-32 'x\\ud800y' pass 'x\\ud800y'
utf-32 'x\\ud800y' replace b'\\xff\\xfe\\x00\\x00x\\x00\\x00\\x00?\\x00\\x00\\x00y\\x00\\x00\\x00'
utf-32-le '' b''
utf-32-le '' pass ''
utf-32-le '' replace b''
utf-32-le 'abc' b'a\\x00\\x00\\x00b\\x00\\x00\\x00c\\x00\\x00\\x00'
utf-32-le 'abc' pass 'abc'
utf-32-le 'abc' replace b'a\\x00\\x00\\x00b\\x00\\x00\\x00c\\x00\\x00\\x00'
utf-32-le 'h\\xe9llo' b'h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00l\\x00\\x00\\x00l\\x00\\x00\\x00o\\x00\\x00\\x00'
utf-32-le 'h\\xe9llo' pass 'h\\xe9llo'
utf-32-le 'h\\xe9llo' replace b'h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00l\\x00\\x00\\x00l\\x00\\x00\\x00o\\x00\\x00\\x00'
utf-32-le '\\u20ac\\uffff' b'\\xac \\x00\\x00\\xff\\xff\\x00\\x00'
utf-32-le '\\u20ac\\uffff' pass '\\u20ac\\uffff'
utf-32-le '\\u20ac\\uffff' replace b'\\xac \\x00\\x00\\xff\\xff\\x00\\x00'
utf-32-le 'a\\U0001f600b' b'a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'
utf-32-le 'a\\U0001f600b' pass 'a\\U0001f600b'
utf-32-le 'a\\U0001f600b' replace b'a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'
utf-32-le 'x\\ud800y' UnicodeEncodeError 'utf-32-le' codec can't encode character '\\ud800' in position 1: surrogates not allowed
utf-32-le 'x\\ud800y' pass 'x\\ud800y'
utf-32-le 'x\\ud800y' replace b'x\\x00\\x00\\x00?\\x00\\x00\\x00y\\x00\\x00\\x00'
latin-1 '' b''
latin-1 '' pass ''
latin-1 '' replace b''
latin-1 'abc' b'abc'
latin-1 'abc' pass 'abc'
latin-1 'abc' replace b'abc'
latin-1 'h\\xe9llo' b'h\\xe9llo'
latin-1 'h\\xe9llo' pass 'h\\xe9llo'
latin-1 'h\\xe9llo' replace b'h\\xe9llo'
latin-1 '\\u20ac\\uffff' UnicodeEncodeError 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)
latin-1 '\\u20ac\\uffff' pass UnicodeEncodeError 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)
latin-1 '\\u20ac\\uffff' replace b'??'
latin-1 'a\\U0001f600b' UnicodeEncodeError 'latin-1' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(256)
latin-1 'a\\U0001f600b' pass UnicodeEncodeError 'latin-1' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(256)
latin-1 'a\\U0001f600b' replace b'a?b'
latin-1 'x\\ud800y' UnicodeEncodeError 'latin-1' codec can't encode character '\\ud800' in position 1: ordinal not in range(256)
latin-1 'x\\ud800y' pass UnicodeEncodeError 'latin-1' codec can't encode character '\\ud800' in position 1: ordinal not in range(256)
latin-1 'x\\ud800y' replace b'x?y'
ascii '' b''
ascii '' pass ''
ascii '' replace b''
ascii 'abc' b'abc'
ascii 'abc' pass 'abc'
ascii 'abc' replace b'abc'
ascii 'h\\xe9llo' UnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)
ascii 'h\\xe9llo' pass UnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)
ascii 'h\\xe9llo' replace b'h?llo'
ascii '\\u20ac\\uffff' UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
ascii '\\u20ac\\uffff' pass UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
ascii '\\u20ac\\uffff' replace b'??'
ascii 'a\\U0001f600b' UnicodeEncodeError 'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)
ascii 'a\\U0001f600b' pass UnicodeEncodeError 'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)
ascii 'a\\U0001f600b' replace b'a?b'
ascii 'x\\ud800y' UnicodeEncodeError 'ascii' codec can't encode character '\\ud800' in position 1: ordinal not in range(128)
ascii 'x\\ud800y' pass UnicodeEncodeError 'ascii' codec can't encode character '\\ud800' in position 1: ordinal not in range(128)
ascii 'x\\ud800y' replace b'x?y'
latin-1 0 (0, '', '')
latin-1 0 ignore 0
ascii 0 (0, '', '')
ascii 0 ignore 0
L1 0 (0, '', '')
L1 0 ignore 0
iso8859-1 0 (0, '', '')
iso8859-1 0 ignore 0
latin-1 3 (3, 'abc', 'abc')
latin-1 3 ignore 3
ascii 3 (3, 'abc', 'abc')
ascii 3 ignore 3
L1 3 (3, 'abc', 'abc')
L1 3 ignore 3
iso8859-1 3 (3, 'abc', 'abc')
iso8859-1 3 ignore 3
latin-1 256 (256, '\\x00\\x01\\x02\\x03\\x04\\x05', '\\xfd\\xfe\\xff')
latin-1 256 ignore 256
ascii 256 UnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 128: ordinal not in range(128)
ascii 256 ignore 128
L1 256 (256, '\\x00\\x01\\x02\\x03\\x04\\x05', '\\xfd\\xfe\\xff')
L1 256 ignore 256
iso8859-1 256 (256, '\\x00\\x01\\x02\\x03\\x04\\x05', '\\xfd\\xfe\\xff')
iso8859-1 256 ignore 256
latin-1 12000 (12000, '\\x80abc\\x80a', 'abc')
latin-1 12000 ignore 12000
ascii 12000 UnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)
ascii 12000 ignore 9000
L1 12000 (12000, '\\x80abc\\x80a', 'abc')
L1 12000 ignore 12000
iso8859-1 12000 (12000, '\\x80abc\\x80a', 'abc')
iso8859-1 12000 ignore 12000
kw 'a'
unknown LookupError unknown encoding: nope
bytes codec LookupError 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs
not str TypeError decode() argument 'encoding' must be str, not bytes
`;

it('wide and single-byte codecs give what CPython gives', () => {
  expect(run(PROGRAM).stdout).toBe(EXPECTED);
});
