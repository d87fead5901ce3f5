"""base64: Base16, Base32, Base64 and Base85 encodings, written for Pyex from the documented
behaviour (RFC 4648), with CPython's error messages; binascii does the Base64 work."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except (TypeError, NameError):
        raise TypeError('argument should be a bytes-like object or ASCII string, not '
                        f'{s.__class__.__name__!r}') from None


def _encode_input(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except (TypeError, NameError):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'") from None


def b64encode(s, altchars=None):
    """Base64-encode bytes s; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(_encode_input(s), newline=False)
    if altchars is not None:
        altchars = _encode_input(altchars)
        if len(altchars) != 2:
            raise ValueError(f'{altchars!r}')
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64; with validate, characters outside the alphabet are an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise ValueError(f'{altchars!r}')
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b'+/', b'-_')
_URLSAFE_DECODE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    """Decode URL-safe Base64."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_URLSAFE_DECODE)
    return b64decode(s)


_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _encode_input(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = bytearray()
    for index in range(0, len(s), 5):
        chunk = int.from_bytes(s[index:index + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(chunk >> shift) & 31])
    if leftover == 1:
        out[-6:] = b'======'
    elif leftover == 2:
        out[-4:] = b'===='
    elif leftover == 3:
        out[-3:] = b'==='
    elif leftover == 4:
        out[-1:] = b'='
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    values = {code: index for index, code in enumerate(alphabet)}
    decoded = bytearray()
    for index in range(0, len(s), 8):
        quanta = s[index:index + 8]
        acc = 0
        for code in quanta:
            value = values.get(code)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + value
        decoded += acc.to_bytes(5, 'big') if len(quanta) == 8 else b''
        if len(quanta) < 8:
            acc <<= 5 * (8 - len(quanta))
            decoded += acc.to_bytes(5, 'big')
    if length % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        keep = (5 * (8 - padchars)) // 8
        decoded[-5:] = decoded[-5:][:keep]
    return bytes(decoded)


def b32encode(s):
    """Base32-encode bytes s."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 (casefold allows lowercase; map01 maps '0'/'1' to O and I or L)."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


def b16encode(s):
    """Base16 (uppercase hex) encoding of bytes s."""
    return _encode_input(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode Base16; lowercase digits are refused unless casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for code in s:
        if not (48 <= code <= 57 or 65 <= code <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def b85encode(b, pad=False):
    """Base85 (as in git) encoding of bytes b."""
    b = _encode_input(b)
    padding = (-len(b)) % 4
    data = b + b'\0' * padding
    out = bytearray()
    alphabet = _B85_ALPHABET
    for index in range(0, len(data), 4):
        word = int.from_bytes(data[index:index + 4], 'big')
        digits = []
        for _ in range(5):
            word, digit = divmod(word, 85)
            digits.append(alphabet[digit])
        digits.reverse()
        out.extend(digits)
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def b85decode(b):
    """Decode Base85 (as in git)."""
    b = _bytes_from_decode_data(b)
    values = {code: index for index, code in enumerate(_B85_ALPHABET)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for index in range(0, len(b), 5):
        chunk = b[index:index + 5]
        acc = 0
        for offset, code in enumerate(chunk):
            value = values.get(code)
            if value is None:
                raise ValueError(f'bad base85 character at position {index + offset}')
            acc = acc * 85 + value
        if acc > 0xffffffff:
            raise ValueError(f'base85 overflow in hunk starting at byte {index}')
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    s = _encode_input(s)
    pieces = []
    for index in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[index:index + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode what encodebytes made."""
    return binascii.a2b_base64(_encode_input(s))


def encode(input, output):
    """Base64-encode the file-like input to output."""
    while True:
        data = input.read(MAXBINSIZE)
        if not data:
            break
        output.write(binascii.b2a_base64(data))


def decode(input, output):
    """Decode the Base64 file-like input to output."""
    output.write(binascii.a2b_base64(input.read()))
