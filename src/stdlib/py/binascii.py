"""binascii: conversions between binary data and ASCII encodings (hex, base64, CRC-32), written
for Pyex from the documented behaviour, with CPython's error messages."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex', 'crc32',
           'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {code: index for index, code in enumerate(_B64_ALPHABET)}


def _as_bytes(data, name='a bytes-like object'):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except (TypeError, NameError):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _ascii_input(data):
    """Decoders accept ASCII str as well as bytes-like objects."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except (TypeError, NameError):
        raise TypeError("argument should be bytes, buffer or ASCII string, not "
                        f"'{type(data).__name__}'") from None


def b2a_base64(data, *, newline=True):
    """Base64 encoding of data (with a trailing newline by default)."""
    data = _as_bytes(data)
    alphabet = _B64_ALPHABET
    out = bytearray()
    length = len(data)
    full = length - length % 3
    for index in range(0, full, 3):
        chunk = (data[index] << 16) | (data[index + 1] << 8) | data[index + 2]
        out.append(alphabet[chunk >> 18])
        out.append(alphabet[(chunk >> 12) & 63])
        out.append(alphabet[(chunk >> 6) & 63])
        out.append(alphabet[chunk & 63])
    rest = length - full
    if rest == 1:
        chunk = data[full] << 16
        out.append(alphabet[chunk >> 18])
        out.append(alphabet[(chunk >> 12) & 63])
        out.extend(b'==')
    elif rest == 2:
        chunk = (data[full] << 16) | (data[full + 1] << 8)
        out.append(alphabet[chunk >> 18])
        out.append(alphabet[(chunk >> 12) & 63])
        out.append(alphabet[(chunk >> 6) & 63])
        out.append(61)
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 data; characters outside the alphabet are skipped unless strict_mode."""
    data = _ascii_input(data)
    values = _B64_VALUES
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    data_chars = 0
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    length = len(data)
    index = 0
    while index < length:
        code = data[index]
        index += 1
        if code == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and index < length:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = values.get(code)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        data_chars += 1
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xff)
            left = value & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xff)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xff)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        f'({data_chars}) cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of data (optionally grouped with sep)."""
    data = _as_bytes(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """The bytes of an even-length string of hexadecimal digits."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


def unhexlify(hexstr, /):
    """The bytes of an even-length string of hexadecimal digits."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    for code in data:
        if not (48 <= code <= 57 or 65 <= code <= 70 or 97 <= code <= 102):
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


def _crc32_table():
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, value=0, /):
    """CRC-32 checksum of data, continuing from value."""
    data = _as_bytes(data)
    table = _CRC32_TABLE
    crc = (value & 0xffffffff) ^ 0xffffffff
    for byte in data:
        crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff


def crc_hqx(data, value, /):
    """CRC-CCITT (XMODEM) of data, continuing from value."""
    data = _as_bytes(data)
    crc = value & 0xffff
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
