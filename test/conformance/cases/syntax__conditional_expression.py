for n in range(-1, 2):
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = [1, 2] if True else 1 / 0
print(x, (lambda v: 'even' if v % 2 == 0 else 'odd')(7))
print(1 if [] else 2, 'a' if 'b' else 'c')
