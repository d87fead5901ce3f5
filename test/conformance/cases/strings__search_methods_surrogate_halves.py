# str.__contains__, find, count, startswith and endswith never match half of a surrogate pair
# (the pair is one code point).
s = 'a\U0001f600b'
for needle in ['\ud83d', '\ude00', '\U0001f600', 'a\ud83d', '\ude00b', '', 'b', 'x']:
    print(ascii(needle), s.__contains__(needle), s.find(needle), s.count(needle), s.startswith(needle), s.endswith(needle))
