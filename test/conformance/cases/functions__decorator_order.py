def tag(label):
    print('making', label)
    def deco(fn):
        print('applying', label)
        def wrapper():
            return f'<{label}>{fn()}</{label}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'x'
print(text())
