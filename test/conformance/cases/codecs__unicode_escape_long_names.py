# \N{...} escapes in unicode_escape (known names, any case, unknown ones, a name far longer than any)
# and the 'namereplace' error handler (names, algorithmic names, code points without a name).
for data in [b"\\N{LATIN SMALL LETTER A}", b"\\N{em dash}x", b"\\N{NO SUCH NAME}", b"\\N{" + b"A" * 300000 + b"}"]:
    try:
        print(ascii(data.decode("unicode_escape")))
    except UnicodeDecodeError as error:
        print(type(error).__name__, error.start, error.end, error.reason)
print(ascii((b"\\N{" + b"B" * 1000 + b"}").decode("unicode_escape", "replace")))
print(ascii((b"x\\N{" + b"B" * 1000 + b"}y").decode("unicode_escape", "backslashreplace")[:12]))
print(ascii(b"\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}".decode("unicode_escape")))
text = "a\u2014b\xe9\uac01\u4e00\x00\ue000\U0001F600\U000E0001"
print(text.encode("ascii", "namereplace"))
print(text.encode("latin-1", "namereplace"))
