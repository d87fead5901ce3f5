#!/usr/bin/env python3
"""Record the golden files for the str/bytes algorithm tests from CPython 3.11.

Writes test/objects/golden/strings-*.json. Run: `python3 scripts/record-string-goldens.py`.
Cases are grouped by receiver: [[receiver, [[method, args, result], ...]], ...], where a result is the value (JSON, with bytes as
{"bytes": hex} and tuples as lists) or {"error": type, "message": text}.
"""

import json
import pathlib
import sys
import unicodedata
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / 'test' / 'objects' / 'golden'
BLOCK_SIZE = 256


def fnv1a(text):
    """FNV-1a (32-bit) over the UTF-16 code units of text (lone surrogates included)."""
    data = text.encode('utf-16-le', 'surrogatepass')
    value = 0x811C9DC5
    for i in range(0, len(data), 2):
        value ^= data[i] | (data[i + 1] << 8)
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


def code_point_summary(cp):
    """Everything the full-range test checks about one code point, as one string."""
    ch = chr(cp)
    bits = ''.join('1' if v else '0' for v in (
        ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isspace(),
        ch.isprintable(), ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier(),
        ('a' + ch).isidentifier(), ch.isascii(),
    ))
    parts = [
        bits,
        ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize(),
        ('A' + ch + '\u03a3').lower(), ('A\u03a3' + ch).lower(), (ch + 'a').title(),
        ('A' + ch + 'a').istitle() and 'T' or 'F',
        str(len(('a' + ch + 'b').splitlines())), str(len(('a' + ch + 'b').split())),
        unicodedata.category(ch), str(unicodedata.decimal(ch, -1)), str(unicodedata.digit(ch, -1)),
        repr(ch), ascii(ch),
    ]
    return '\u0001'.join(parts)


def record_blocks():
    hashes = []
    for start in range(0, 0x110000, BLOCK_SIZE):
        text = '\u0002'.join(code_point_summary(cp) for cp in range(start, start + BLOCK_SIZE))
        hashes.append(f'{fnv1a(text):08x}')
    return {'blockSize': BLOCK_SIZE, 'unicodeVersion': unicodedata.unidata_version, 'hashes': hashes}


STRINGS = [
    '', 'a', 'abc', 'Hello World', '  hello  world  ', 'hello\tworld\n', "it's", 'say "hi"',
    'both \' and "', 'a,b,,c,', '\u00c0\u00c9\u00ce\u00f5\u00fc \u00df', 'stra\u00dfe',
    '\u01c5ungla \u01c8 \u01cb', '\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3 \u03c3\u03c2',
    '\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3.', '\u041f\u0440\u0438\u0432\u0435\u0442 \u041c\u0438\u0440',
    '\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8', 'emoji \U0001f600\U0001f44d\U0001f3fd x',
    '\U0001d49c\U0001d4b7\U0001d4b8', 'e\u0301 a\u0308', '\ufb01\ufb02 \u0149 \u0130\u0131',
    '\x00\x01\x7f\x80\x9f', 'line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028\u2029end\n',
    '\u00a0\u2000 \u3000x\u3000\x1f', '\u0661\u0662\u0663 \u0663', '\u00bd\u00b2\u00b3\u2463',
    'tab\there\tx\r\tz', '+42', '-0042', 'ab\U0001f600cd\U0001f600', '\ud800', 'a\udc80b',
    'aaa', 'abab', 'Title Case Words', 'UPPER lower', '_ident9', '9lives', 'x\u0345\u03a3',
    '\u0130stanbul', 'A\u03a3\u0301', 'hello\\world', 'mixed\'quote"s\'',
]


def outcome(function):
    try:
        return encode_value(function())
    except Exception as error:  # noqa: BLE001 - every exception is part of the golden
        recorded = {'error': type(error).__name__, 'message': str(error)}
        if isinstance(error, (UnicodeDecodeError, UnicodeEncodeError)):
            recorded['details'] = [error.encoding, error.start, error.end, error.reason]
        return recorded


def encode_value(value):
    if isinstance(value, (bytes, bytearray)):
        return {'bytes': value.hex()}
    if isinstance(value, (list, tuple)):
        return [encode_value(item) for item in value]
    if isinstance(value, dict):
        return {'dict': [[encode_value(k), encode_value(v)] for k, v in value.items()]}
    return value


def pieces_of(text):
    """Substrings of text used as arguments: a short slice, the first and last code points."""
    out = []
    if len(text) >= 3:
        out.append(text[1:3])
    if text:
        out.append(text[0])
        out.append(text[-1])
    return out


FIND_RANGES = [[], [1], [-2], [1, -1], [100], [-100, 100], [None, 2], [3, 1]]


def group_by_receiver(cases):
    """[[receiver, [[method, args, result], ...]], ...] keeps the golden files small."""
    groups = {}
    for method, receiver, args, result in cases:
        groups.setdefault(receiver, []).append([method, args, result])
    return [[receiver, entries] for receiver, entries in groups.items()]


def str_cases():
    cases = []

    def add(method, receiver, args, function):
        cases.append([method, receiver, args, outcome(function)])

    for text in STRINGS:
        for name in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isalpha',
                     'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper',
                     'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii', 'splitlines',
                     'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'expandtabs']:
            add(name, text, [], lambda: getattr(text, name)())
        add('len', text, [], lambda: len(text))
        add('repr', text, [], lambda: repr(text))
        add('ascii', text, [], lambda: ascii(text))
        add('splitlines', text, [True], lambda: text.splitlines(True))
        for args in [[None, 1], [None, 0], [' '], [','], ['ab'], [''], [',', 1], [',', 0],
                     ['a', -1], ['a', 2], ['\U0001f600'], ['l', 1]] + [[p] for p in pieces_of(text)]:
            add('split', text, args, lambda: text.split(*args))
            add('rsplit', text, args, lambda: text.rsplit(*args))
        for args in [['ab'], [' '], [''], ['xyz\U0001f600'], [None], ['\u3000\x1f']] + [
                [p] for p in pieces_of(text)]:
            for name in ['strip', 'lstrip', 'rstrip']:
                add(name, text, args, lambda: getattr(text, name)(*args))
        for args in [[10], [10, '*'], [3], [0], [-5], [11, 'ab'], [7, '\U0001f600'], [8, ''],
                     [12, '\u00e9']]:
            for name in ['center', 'ljust', 'rjust']:
                add(name, text, args, lambda: getattr(text, name)(*args))
        for args in [[10], [0], [1], [5], [2 ** 62]]:
            add('zfill', text, args, lambda: text.zfill(*args))
        for args in [[2 ** 62], [2 ** 40, '*']]:
            for name in ['center', 'ljust', 'rjust']:
                add(name, text, args, lambda: getattr(text, name)(*args))
        for args in [[4], [0], [1], [-1]]:
            add('expandtabs', text, args, lambda: text.expandtabs(*args))
        subs = ['', 'a', 'zz', 'l', '\U0001f600'] + pieces_of(text)
        for sub in subs:
            for rest in FIND_RANGES:
                args = [sub] + rest
                for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith',
                             'endswith']:
                    add(name, text, args, lambda: getattr(text, name)(*args))
        for args in [['a', 'X'], ['', '-'], ['', '-', 2], ['', '-', 0], ['l', 'L', 1],
                     ['a', '$&$1'], ['zz', 'y'], ['\U0001f600', '!'], ['', '\U0001f600', 3]] + [
                [p, '<>'] for p in pieces_of(text)] + [[p, '', 1] for p in pieces_of(text)]:
            add('replace', text, args, lambda: text.replace(*args))
        for args in [[' '], ['a'], [''], ['zz']] + [[p] for p in pieces_of(text)]:
            add('partition', text, args, lambda: text.partition(*args))
            add('rpartition', text, args, lambda: text.rpartition(*args))
        for args in [[''], ['zz']] + [[text[:2]], [text[-2:]]]:
            add('removeprefix', text, args, lambda: text.removeprefix(*args))
            add('removesuffix', text, args, lambda: text.removesuffix(*args))
        table = {97: 'A', 98: None, 99: 0x1F600, 0x3A3: 's', 0x1F600: 'smile', 32: 0x110000 if 'z' in text else 95}
        add('translate', text, [encode_value(table)], lambda: text.translate(table))
    for args in [['abc', 'xyz'], ['abc', 'xyz', 'd'], ['', ''], ['ab', 'c'], ['a\U0001f600', 'xy', '\u00e9'],
                 ['\U0001f600', 'x']]:
        add('maketrans', '', args, lambda: sorted(str.maketrans(*args).items()))
    for key in ['a', 'ab', '', 97, '\U0001f600']:
        add('maketrans_key', '', [key], lambda: list(str.maketrans({key: 1}).keys())[0])
    return group_by_receiver(cases)


TEMPLATES = [
    '', 'plain', 'a{{b}}c', '{{}}', '{}', '{0}', '{0}{1}', '{}{}', '{0}{}', '{}{0}', '{a}{}', '{}{a}',
    '{0!r}', '{0!s:>5}', '{0:{1}}', '{:{}}', '{0:{1:{2}}}', '{a[0]}', '{a.b[c]}', '{0[1][2]}',
    '{0!r', '{0!', '{!}', '{0!rx}', '{0:', '{0', '{', '}', 'x}y', 'x{y', '{a[}', '{a[x}]}', '{ab{}',
    '{x!\U0001f600}', '{0.}', '{0[]}', '{0]x}', '{0[1]x}', '{0.a.}', '{0[a}', '{\u0661}',
    '{99999999999999999999}', '{0[99999999999999999999]}', '{ 0 }', '{0!a:{1}}', '{:}', '{!r}',
    'esc {{{0}}} end', '{{{}}}', '}}{{', '{0:{{}}}', '{0:}}', '{0:{1}}}', 'tail {0', '{0}{x',
    '{0!}}', '{:{:{}}}', 'a{0[b]c}', '{0.__class__}', '{0[-1]}', '{0.1}', '{0[1.5]}',
]


def template_cases():
    import _string
    cases = []
    for template in TEMPLATES:
        cases.append(['formatter_parser', template, [],
                      outcome(lambda: list(_string.formatter_parser(template)))])

    def split_name(name):
        first, rest = _string.formatter_field_name_split(name)
        return [first, list(rest)]

    for name in ['', '0', 'a', 'a.b', 'a[0]', 'a[x].y[1]', '0.', '0[]', '0]x', 'a[b', '12',
                 '\u0661\u0662', '99999999999999999999', 'a[99999999999999999999]', 'x.y.z',
                 'a[0]b', '.a', '[0]']:
        cases.append(['formatter_field_name_split', name, [], outcome(lambda: split_name(name))])
    # str.format with positional args (0, 'x', '', [1, 2, 3]) and keywords (a='A', d={'k': 'v'}).
    args = (0, 'x', '', [1, [2, 3], 4])
    kwargs = {'a': 'A', 'b': '', 'd': {'k': 'v', '0': 'zero'}}
    for template in TEMPLATES + ['{3[1][0]}', '{d[k]}', '{d[0]}', '{5}', '{z}', '{3[9]}',
                                 '{0}{1}{2}', '{}{}{}{}{}', '{a:{b}}', '{0:{2}}{1}', '{:{2}}',
                                 '{0!x}', '{1!r}', '{1!a}', '{0!\x01}']:
        cases.append(['format', template, [], outcome(lambda: template.format(*args, **kwargs))])
    return cases


BYTES = [
    b'', b'a', b'abc', b'Hello World', b'  hello  world  ', b'a,b,,c,', b'tab\there\tx\r\tz',
    b'line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\n', b'\x00\x01\x7f\x80\xff', b"it's",
    b'say "hi"', b'both \' and "', b'aaa', b'abab', b'Title Case', b'UPPER lower', b'+42', b'-0042',
    b'\xe9t\xe9', b'hello\\world', b'\t\n\x0b\x0c\r \x1c\x1d\x1e\x1f', b'a1B2 c3D4',
]


def bytes_pieces(data):
    out = []
    if len(data) >= 3:
        out.append(data[1:3])
    if data:
        out.append(data[:1])
        out.append(data[-1:])
    return out


def bytes_cases():
    cases = []

    def add(method, receiver, args, function):
        cases.append([method, encode_value(receiver), [encode_value(a) for a in args],
                      outcome(function)])

    for data in BYTES:
        for name in ['upper', 'lower', 'capitalize', 'swapcase', 'title', 'isalpha', 'isalnum',
                     'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'split',
                     'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs', 'hex']:
            add(name, data, [], lambda: getattr(data, name)())
        add('repr', data, [], lambda: repr(data))
        add('repr_bytearray', data, [], lambda: repr(bytearray(data)))
        add('splitlines', data, [True], lambda: data.splitlines(True))
        for args in [[None, 1], [None, 0], [b' '], [b','], [b'ab'], [b''], [b',', 1], [b'a', 2],
                     [b'l', 1]] + [[p] for p in bytes_pieces(data)]:
            add('split', data, args, lambda: data.split(*args))
            add('rsplit', data, args, lambda: data.rsplit(*args))
        for args in [[b'ab'], [b' '], [b''], [None], [b'\x1c\x1f\n']] + [[p] for p in bytes_pieces(data)]:
            for name in ['strip', 'lstrip', 'rstrip']:
                add(name, data, args, lambda: getattr(data, name)(*args))
        for args in [[10], [10, b'*'], [3], [0], [-5], [11, b'\xff']]:
            for name in ['center', 'ljust', 'rjust']:
                add(name, data, args, lambda: getattr(data, name)(*args))
        for args in [[10], [0], [5], [2 ** 62]]:
            add('zfill', data, args, lambda: data.zfill(*args))
        for args in [[4], [0], [-1]]:
            add('expandtabs', data, args, lambda: data.expandtabs(*args))
        for sub in [b'', b'a', b'zz', 97, 256, -1] + bytes_pieces(data):
            for rest in FIND_RANGES:
                args = [sub] + rest
                for name in ['find', 'rfind', 'index', 'rindex', 'count']:
                    add(name, data, args, lambda: getattr(data, name)(*args))
                if not isinstance(sub, int):
                    for name in ['startswith', 'endswith']:
                        add(name, data, args, lambda: getattr(data, name)(*args))
        for args in [[b'a', b'X'], [b'', b'-'], [b'', b'-', 2], [b'l', b'L', 1], [b'zz', b'y']] + [
                [p, b'<>'] for p in bytes_pieces(data)]:
            add('replace', data, args, lambda: data.replace(*args))
        for args in [[b' '], [b'a'], [b''], [b'zz']] + [[p] for p in bytes_pieces(data)]:
            add('partition', data, args, lambda: data.partition(*args))
            add('rpartition', data, args, lambda: data.rpartition(*args))
        for args in [[b''], [b'zz'], [data[:2]], [data[-2:]]]:
            add('removeprefix', data, args, lambda: data.removeprefix(*args))
            add('removesuffix', data, args, lambda: data.removesuffix(*args))
        table = bytes.maketrans(b'abc', b'xyz')
        for args in [[table], [table, b'l '], [None, b'aeiou'], [b'x']]:
            add('translate', data, args, lambda: data.translate(*args))
        for args in [[':'], [':', 2], [':', -2], ['-', 10], ['::'], ['\u00e9'], [' ', 0], [':', 1]]:
            add('hex', data, args, lambda: data.hex(*args))
    for args in [[b'abc', b'xyz'], [b'', b''], [b'ab', b'c']]:
        add('maketrans', b'', args, lambda: bytes.maketrans(*args))
    for text in ['', 'ab', 'abc', 'ab c', 'a bc', ' ab\tcd\n', 'zz', 'ab\x0bcd', 'ab\u00e9',
                 'AbCdEf', 'ab\x1ccd', '0', 'ab \U0001f600', ' ', 'ab  ']:
        add('fromhex', b'', [text], lambda: bytes.fromhex(text))
    return group_by_receiver([[m, r['bytes'], a, res] for m, r, a, res in cases])


def code_point_cases():
    cases = []
    texts = ['', 'a', 'hello world', 'ab\U0001f600cd\U0001f600', '\U0001d49c\U0001d4b7\U0001d4b8',
             'x\udc80y\ud800', '\u00e9t\u00e9 \u65e5\u672c']
    bounds = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100]
    for text in texts:
        cases.append(['len', text, [], len(text)])
        for i in range(-len(text) - 1, len(text) + 1):
            cases.append(['getitem', text, [i], outcome(lambda: text[i])])
        for start in bounds:
            for stop in bounds:
                for step in [None, 1, 2, -1, -2, 3, 0]:
                    cases.append(['slice', text, [start, stop, step],
                                  outcome(lambda: [text[start:stop:step],
                                                   list(slice(start, stop, step).indices(len(text)))])])
    tricky = ['', 'a', 'b', 'ab', '\uffff', '\U00010000', '\ue000', '\ud7ff', '\ud800', '\udc00',
              'a\U0001f600', 'a\uffff', 'a\ud800', 'a\ud800b', 'a\udfff', '\U0010ffff', 'z', '\u00e9',
              '\ud800x', '\ud800\ud800', 'a\U0001f600b', 'a\U0001f601']
    cases.append(['sorted', '', [tricky], sorted(tricky)])
    for text in texts:
        for sub in ['', 'a', '\U0001f600', '\ud83d', '\ude00', 'x\udc80', 'world']:
            cases.append(['contains', text, [sub], sub in text])
    return group_by_receiver(cases)


CODECS = ['utf-8', 'utf-8-sig', 'ascii', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-16-be',
          'utf-32', 'utf-32-le', 'utf-32-be', 'unicode_escape', 'raw_unicode_escape']
DECODE_HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape',
                   'surrogatepass', 'xmlcharrefreplace', 'nosuchhandler']
ENCODE_HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape',
                   'surrogatepass', 'xmlcharrefreplace', 'namereplace', 'nosuchhandler']
INTERESTING_BYTES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbf, 0xc0, 0xc1, 0xc2,
                     0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xfe, 0xff, 0xd8, 0xdc,
                     0x10, 0x11, 0x20]
ENCODE_STRINGS = [s for s in STRINGS] + [
    'a\udc80\udc81b', '\udcff', 'x\ud800', '\u00e9\u20ac\U0001f600', '\x80\x81\u0100\u00ff',
    'a\udc80\u00e9\udc81b', '\u20ac\u201a\u0178\u20ad', 'caf\u00e9 \u2014 na\u00efve',
    '\ud800a\udfff', '\U0010ffff\U00010000',
]
CODEC_NAMES = ['utf-8', 'UTF-8', 'utf8', 'UTF8', 'utf_8', 'U8', 'utf', ' utf-8 ', 'UTF 8', 'utf.8',
               'utf--8', 'latin-1', 'Latin1', 'latin_1', 'iso-8859-1', 'ISO8859-1', 'l1', 'latin',
               'ascii', 'US-ASCII', '646', 'ANSI_X3.4-1968', 'utf-16', 'UTF16', 'utf-16le',
               'UTF-16-BE', 'utf_32', 'utf-32be', 'utf-8-sig', 'utf_8_sig', 'UTF-8-SIG', 'cp1252',
               'windows-1252', 'foo', '', 'hex', 'base64', 'rot13', 'zlib', 'utf-7x', '\u00e9utf8',
               'utf\u00e98', '-utf-8-', 'utf8_ucs4', 'cp65001']


def codec_cases():
    import codecs
    import random
    generator = random.Random(20240611)
    samples = [b'', b'abc', b'\xff', b'\xc3\xa9', b'\xe2\x82\xac', b'\xf0\x9f\x98\x80',
               b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xe2\x82', b'\xe2\x82a', b'\xf0\x9f\x98',
               b'\xc3', b'\xef\xbb\xbfabc', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00\x00\xd8',
               b'\x00\xd8\x00\xdc', b'\x00\xdc', b'\xff\xfe\x00\x00a\x00\x00\x00',
               b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
               b'\x80\x81\x8d\x9f\xa0', b'a\x80b\xc0\xafc', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80',
               b'a\\nb', b'\\x4', b'\\x', b'\\', b'\\u12', b'\\U00110000', b'\\N{DASH}', b'\\N{EM DASH}',
               b'\\N', b'\\N{', b'\\N{}', b'\\q', b'\\777', b'\\400', b'\\08', b'\\x4g', b'\\a\\b\\f\\v\\0',
               b'\\u00e9', b'\\\\u00e9', b'\\x41\\\n', b'\\U0001F600\\ud800', b'x\\', b'\\U0010ffff']
    fuzz = [bytes(generator.choice(INTERESTING_BYTES) for _ in range(generator.randint(1, 7)))
            for _ in range(160)]
    cases = []
    for data in samples + fuzz:
        for encoding in CODECS:
            if encoding != 'utf-8' and data in fuzz[50:]:
                continue
            handlers = DECODE_HANDLERS if data in samples else DECODE_HANDLERS[:6]
            cases.append(['decode', {'bytes': data.hex()}, encoding,
                          [outcome(lambda: data.decode(encoding, h)) for h in handlers]])
    names = {0x2014: 'EM DASH'}
    for text in ENCODE_STRINGS:
        for encoding in CODECS:
            cases.append(['encode', text, encoding,
                          [outcome(lambda: text.encode(encoding, h)) for h in ENCODE_HANDLERS]])
        for ch in text:
            try:
                names[ord(ch)] = unicodedata.name(ch)
            except ValueError:
                pass
    for name in CODEC_NAMES:
        cases.append(['lookup', name, '', [outcome(lambda: codecs.lookup(name).name)]])
        cases.append(['encode', 'h\u00e9', name, [outcome(lambda: 'h\u00e9'.encode(name))]])
        cases.append(['decode', {'bytes': '68'}, name, [outcome(lambda: b'h'.decode(name))]])
    return {'decodeHandlers': DECODE_HANDLERS, 'encodeHandlers': ENCODE_HANDLERS,
            'names': sorted(names.items()), 'cases': cases}


def write(name, data):
    GOLDEN.mkdir(parents=True, exist_ok=True)
    path = GOLDEN / name
    path.write_text(json.dumps(data, ensure_ascii=True, indent=None, separators=(',', ':')) + '\n')
    print(f'{path.relative_to(ROOT)}: {path.stat().st_size} bytes')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record the goldens with CPython 3.11')
    # Invalid escapes in unicode_escape input only warn; the goldens record the results.
    warnings.simplefilter('ignore')
    write('strings-str-methods.json', str_cases())
    write('strings-format-template.json', template_cases())
    write('strings-codecs.json', codec_cases())
    write('strings-bytes-methods.json', bytes_cases())
    write('strings-code-points.json', code_point_cases())
    if '--skip-blocks' not in sys.argv:
        write('strings-unicode-blocks.json', record_blocks())


if __name__ == '__main__':
    main()
