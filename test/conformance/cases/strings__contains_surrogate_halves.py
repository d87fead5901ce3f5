# `in` on strs compares code points: half of a surrogate pair is never found inside the pair.
print('\ud83d' in '\U0001f600', '\ude00' in 'a\U0001f600b', '\U0001f600' in 'x\U0001f600', 'b' in 'abc', '' in '', 'x' in '')
class S(str): pass
print(S('\ud83d') in '\U0001f600', S('b') in 'abc')
