l = [1]
l.append(l)
d = {}
d['d'] = d
t = ([],)
t[0].append(t)
print(l, d, t)
print(repr(l) == '[1, [...]]', str(d))
