a = 1; b = 2; c = a + b
print(a, b, c);
if c: print('one-line if'); print('second stmt')
for i in range(3): print(i, end=' ')
print()
while a < 4: a += 1
print(a)
def f(): return 'one-line def'
class K: x = 1; y = 2
print(f(), K.x + K.y)
