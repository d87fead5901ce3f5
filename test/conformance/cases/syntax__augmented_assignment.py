n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7.0
f /= 2; f -= 0.5
print(f)
bits = 0b1100
bits &= 0b1010; bits |= 1; bits ^= 0b11; bits <<= 3; bits >>= 1
print(bits)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = 'ab'; s *= 3
print(s)
d = {'k': 1}
d['k'] += 1
class O: v = 1
o = O(); o.v += 10
print(d, o.v, O.v)
