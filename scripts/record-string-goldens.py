#!/usr/bin/env python3
"""Record the golden files for the str/bytes algorithm tests from CPython 3.11.

Writes test/objects/golden/strings-*.json. Run: `python3 scripts/record-string-goldens.py`.
Each case is [method, receiver, args, result] where a result is the value (JSON, with bytes as
{"bytes": hex} and tuples as lists) or {"error": type, "message": text}.
"""

import json
import pathlib
import sys
import unicodedata

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


def write(name, data):
    GOLDEN.mkdir(parents=True, exist_ok=True)
    path = GOLDEN / name
    path.write_text(json.dumps(data, ensure_ascii=True, indent=None, separators=(',', ':')) + '\n')
    print(f'{path.relative_to(ROOT)}: {path.stat().st_size} bytes')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record the goldens with CPython 3.11')
    write('strings-unicode-blocks.json', record_blocks())


if __name__ == '__main__':
    main()
