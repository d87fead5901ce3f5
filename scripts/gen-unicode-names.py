#!/usr/bin/env python3
"""Generate src/parser/unicode-names.ts: the Unicode character names \\N{...} accepts.

Run with CPython 3.11 (Unicode 14.0.0): `python3 scripts/gen-unicode-names.py`.
Names are read from this python3's unicodedata. Algorithmic names (CJK ideographs, Hangul
syllables, Tangut, Khitan, Nushu) are computed at lookup time, so only their ranges are stored.
The other ~33,000 names are stored as sequences of word numbers over a word list:
- LEXICON: the distinct words, most frequent first, separated by spaces;
- NAMES: one record per named code point, in code point order, separated by spaces; a record is
  its words' numbers, each 1-3 characters of a 92-character alphabet (see `wordNumbers`);
- RUNS: [first code point, count] pairs of consecutive named code points, in order.
Name aliases (NameAliases.txt: controls, abbreviations, corrections) cannot be listed through
unicodedata, so a list of candidates is checked with unicodedata.lookup and the ones it accepts
are stored as [alias, code point] pairs; aliases not in that list are not supported.
"""

import collections
import pathlib
import re
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "parser" / "unicode-names.ts"

ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "\"\\'`$")
assert len(ALPHABET) == 89
BASE = len(ALPHABET)
ONE = 48          # word numbers below ONE take one character
TWO_LEADS = 36    # lead characters ONE .. ONE+TWO_LEADS-1 start a two-character number
THREE = ONE + TWO_LEADS * BASE

ALGORITHMIC = re.compile(
    r"^(CJK UNIFIED IDEOGRAPH-|CJK COMPATIBILITY IDEOGRAPH-|TANGUT IDEOGRAPH-|"
    r"KHITAN SMALL SCRIPT CHARACTER-|NUSHU CHARACTER-)[0-9A-F]+$|^HANGUL SYLLABLE "
)

ALIAS_CANDIDATES = """
NULL;START OF HEADING;START OF TEXT;END OF TEXT;END OF TRANSMISSION;ENQUIRY;ACKNOWLEDGE;ALERT;
BACKSPACE;CHARACTER TABULATION;HORIZONTAL TABULATION;LINE FEED;NEW LINE;END OF LINE;
LINE TABULATION;VERTICAL TABULATION;FORM FEED;CARRIAGE RETURN;SHIFT OUT;LOCKING-SHIFT ONE;
SHIFT IN;LOCKING-SHIFT ZERO;DATA LINK ESCAPE;DEVICE CONTROL ONE;DEVICE CONTROL TWO;
DEVICE CONTROL THREE;DEVICE CONTROL FOUR;NEGATIVE ACKNOWLEDGE;SYNCHRONOUS IDLE;
END OF TRANSMISSION BLOCK;CANCEL;END OF MEDIUM;SUBSTITUTE;ESCAPE;INFORMATION SEPARATOR FOUR;
FILE SEPARATOR;INFORMATION SEPARATOR THREE;GROUP SEPARATOR;INFORMATION SEPARATOR TWO;
RECORD SEPARATOR;INFORMATION SEPARATOR ONE;UNIT SEPARATOR;DELETE;PADDING CHARACTER;
HIGH OCTET PRESET;BREAK PERMITTED HERE;NO BREAK HERE;INDEX;NEXT LINE;START OF SELECTED AREA;
END OF SELECTED AREA;CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;
CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;
LINE TABULATION SET;VERTICAL TABULATION SET;PARTIAL LINE FORWARD;PARTIAL LINE DOWN;
PARTIAL LINE BACKWARD;PARTIAL LINE UP;REVERSE LINE FEED;REVERSE INDEX;SINGLE SHIFT TWO;
SINGLE-SHIFT-2;SINGLE SHIFT THREE;SINGLE-SHIFT-3;DEVICE CONTROL STRING;PRIVATE USE ONE;
PRIVATE USE-1;PRIVATE USE TWO;PRIVATE USE-2;SET TRANSMIT STATE;CANCEL CHARACTER;MESSAGE WAITING;
START OF GUARDED AREA;START OF PROTECTED AREA;END OF GUARDED AREA;END OF PROTECTED AREA;
START OF STRING;SINGLE GRAPHIC CHARACTER INTRODUCER;SINGLE CHARACTER INTRODUCER;
CONTROL SEQUENCE INTRODUCER;STRING TERMINATOR;OPERATING SYSTEM COMMAND;PRIVACY MESSAGE;
APPLICATION PROGRAM COMMAND;NUL;SOH;STX;ETX;EOT;ENQ;ACK;BEL;BS;HT;TAB;LF;NL;EOL;VT;FF;CR;SO;SI;
DLE;DC1;DC2;DC3;DC4;NAK;SYN;ETB;CAN;EOM;SUB;ESC;FS;GS;RS;US;SP;DEL;PAD;HOP;BPH;NBH;IND;NEL;SSA;
ESA;HTS;HTJ;VTS;PLD;PLU;RI;SS2;SS3;DCS;PU1;PU2;STS;CCH;MW;SPA;EPA;SOS;SGC;SCI;CSI;ST;OSC;PM;APC;
NBSP;SHY;CGJ;ALM;MVS;FVS1;FVS2;FVS3;FVS4;ZWSP;ZWNJ;ZWJ;LRM;RLM;LRE;RLE;PDF;LRO;RLO;NNBSP;WJ;LRI;
RLI;FSI;PDI;ZWNBSP;BOM;BYTE ORDER MARK;WEIERSTRASS ELLIPTIC FUNCTION;MICR ON US SYMBOL;
MICR DASH SYMBOL;LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;
RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;YI SYLLABLE ITERATION MARK;
LATIN CAPITAL LETTER GHA;LATIN SMALL LETTER GHA;KANNADA LETTER LLLA;LAO LETTER FO FON;
LAO LETTER FO FAY;LAO LETTER RO;LAO LETTER LO;TIBETAN MARK BKA- SHOG GI MGO RGYAN;
BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS;
PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;
HANGUL JONGSEONG YESIEUNG-KIYEOK;HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK;
SYRIAC SUBLINEAR COLON SKEWED LEFT;ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE;
CYRILLIC CAPITAL LETTER ZWE;CYRILLIC SMALL LETTER ZWE;MENDE KIKAKUI SYLLABLE M172 MBO;
MENDE KIKAKUI SYLLABLE M175 LBO;MEDEFAIDRIN CAPITAL LETTER H;MEDEFAIDRIN SMALL LETTER H;
BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS;PARENTHESIZED LATIN SMALL LETTER S;
WEIERSTRASS ELLIPTIC FUNCTION;HEBREW POINT QAMATS QATAN;PHAISTOS DISC SIGN TATTOOED HEAD;
""" + ";".join(f"VS{i}" for i in range(1, 257))


def word_numbers(index):
    if index < ONE:
        return ALPHABET[index]
    if index < THREE:
        rest = index - ONE
        return ALPHABET[ONE + rest // BASE] + ALPHABET[rest % BASE]
    rest = index - THREE
    lead = ONE + TWO_LEADS + rest // (BASE * BASE)
    assert lead < BASE, index
    return ALPHABET[lead] + ALPHABET[(rest // BASE) % BASE] + ALPHABET[rest % BASE]


def main():
    named = []
    algorithmic = collections.OrderedDict()
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), "")
        if not name:
            continue
        if ALGORITHMIC.match(name):
            prefix = "HANGUL SYLLABLE " if name.startswith("HANGUL SYLLABLE ") else name.rsplit("-", 1)[0] + "-"
            ranges = algorithmic.setdefault(prefix, [])
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
            continue
        named.append((cp, name))
    counts = collections.Counter(w for _, n in named for w in n.split(" "))
    words = [w for w, _ in counts.most_common()]
    index = {w: i for i, w in enumerate(words)}
    records = ["".join(word_numbers(index[w]) for w in n.split(" ")) for _, n in named]
    runs = []
    for cp, _ in named:
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1])
    names = set(n for _, n in named)
    aliases = []
    seen = set()
    for candidate in (c.strip() for c in ALIAS_CANDIDATES.replace("\n", "").split(";")):
        if not candidate or candidate in names or candidate in seen:
            continue
        try:
            ch = unicodedata.lookup(candidate)
        except KeyError:
            continue
        if len(ch) == 1:
            seen.add(candidate)
            aliases.append((candidate, ord(ch)))
    # Check the decoder's view: every algorithmic name round-trips through lookup.
    for prefix, ranges in algorithmic.items():
        for first, last in ranges:
            if prefix != "HANGUL SYLLABLE ":
                assert unicodedata.lookup(f"{prefix}{first:04X}") == chr(first)

    out = []
    out.append(f"// Generated by scripts/gen-unicode-names.py from Python {'.'.join(map(str, __import__('sys').version_info[:3]))} (Unicode {unicodedata.unidata_version}); do not edit.")
    out.append("// Character names for \\N{...}: a word list, word-number records and code point runs (see the script).")
    out.append("")
    out.append("/** The distinct words of all stored names, most frequent first. */")
    out.append("const LEXICON = " + json_str(" ".join(words)) + ";")
    out.append("")
    out.append("/** One record of word numbers per named code point, in code point order. */")
    out.append("const NAMES = " + json_str(" ".join(records)) + ";")
    out.append("")
    out.append("/** [first code point, count] of each run of consecutive named code points. */")
    out.append("const RUNS: readonly number[] = [" + ",".join(f"{a},{b}" for a, b in runs) + "];")
    out.append("")
    out.append("/** Algorithmic names: prefix and [first, last] code point ranges. */")
    out.append("const ALGORITHMIC: readonly (readonly [string, readonly number[]])[] = [")
    for prefix, ranges in algorithmic.items():
        flat = ",".join(f"{a},{b}" for a, b in ranges)
        out.append(f"  [{json_str(prefix)}, [{flat}]],")
    out.append("];")
    out.append("")
    out.append("/** Name aliases CPython accepts in \\N{...} (those this generator could confirm). */")
    out.append("const ALIASES: readonly (readonly [string, number])[] = [")
    for alias, cp in aliases:
        out.append(f"  [{json_str(alias)}, {cp}],")
    out.append("];")
    out.append("")
    out.append(f"const ALPHABET = {json_str(ALPHABET)};")
    out.append(f"const BASE = {BASE};")
    out.append(f"const ONE = {ONE};")
    out.append(f"const TWO_LEADS = {TWO_LEADS};")
    out.append(DECODER)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes): {len(named)} names, {len(words)} words, {len(aliases)} aliases")


def json_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


DECODER = r"""
const HANGUL_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const HANGUL_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

let table: Map<string, number> | null = null;

/** Decodes the stored names once, on the first lookup. */
function buildTable(): Map<string, number> {
  const words = LEXICON.split(' ');
  const digit = new Int16Array(128).fill(-1);
  for (let k = 0; k < ALPHABET.length; k++) digit[ALPHABET.charCodeAt(k)] = k;
  const map = new Map<string, number>();
  let run = 0;
  let cp = RUNS[0]!;
  let left = RUNS[1]!;
  let i = 0;
  const n = NAMES.length;
  while (i <= n) {
    const parts: string[] = [];
    while (i < n && NAMES.charCodeAt(i) !== 32) {
      const lead = digit[NAMES.charCodeAt(i)]!;
      let number: number;
      if (lead < ONE) {
        number = lead;
        i += 1;
      } else if (lead < ONE + TWO_LEADS) {
        number = ONE + (lead - ONE) * BASE + digit[NAMES.charCodeAt(i + 1)]!;
        i += 2;
      } else {
        number =
          ONE +
          TWO_LEADS * BASE +
          (lead - ONE - TWO_LEADS) * BASE * BASE +
          digit[NAMES.charCodeAt(i + 1)]! * BASE +
          digit[NAMES.charCodeAt(i + 2)]!;
        i += 3;
      }
      parts.push(words[number]!);
    }
    map.set(parts.join(' '), cp);
    i++;
    if (--left === 0) {
      run += 2;
      cp = RUNS[run] ?? 0;
      left = RUNS[run + 1] ?? 0;
    } else {
      cp++;
    }
  }
  for (const [alias, code] of ALIASES) map.set(alias, code);
  return map;
}

function lookupAlgorithmic(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) return lookupHangul(name.slice(16));
  for (const [prefix, ranges] of ALGORITHMIC) {
    if (!name.startsWith(prefix)) continue;
    const hex = name.slice(prefix.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = Number.parseInt(hex, 16);
    for (let k = 0; k < ranges.length; k += 2) {
      if (cp >= ranges[k]! && cp <= ranges[k + 1]!) return cp;
    }
    return undefined;
  }
  return undefined;
}

function lookupHangul(rest: string): number | undefined {
  for (let l = 0; l < HANGUL_L.length; l++) {
    const lName = HANGUL_L[l]!;
    if (!rest.startsWith(lName)) continue;
    for (let v = 0; v < HANGUL_V.length; v++) {
      const vName = HANGUL_V[v]!;
      if (!rest.startsWith(vName, lName.length)) continue;
      const t = HANGUL_T.indexOf(rest.slice(lName.length + vName.length));
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}

/**
 * The code point named `name` (as `unicodedata.lookup` and `\N{...}` accept it: any case,
 * algorithmic names, the aliases above), or undefined.
 */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  if (table === null) table = buildTable();
  return table.get(upper) ?? lookupAlgorithmic(upper);
}
"""

main()
