café = 'coffee'
π = 3.14159
ñandú = {'bird': True}
def größe(x):
    return x * 2
class Ünicode:
    ä = 1
print(café, π, ñandú, größe(2), Ünicode.ä, Ünicode.__name__)
