print('before class')
class C:
    print('class body runs at definition')
    x = 1
    print('x is', x)
    x += 1
    def m(self):
        return 'method'
    print('names in body:', sorted(k for k in locals() if not k.startswith('__')))
print('after class', C.x)
