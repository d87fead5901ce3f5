def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally runs on exhaustion')
print(list(gen()))
print(sum(gen()))
def early_return():
    try:
        yield 'a'
        return
    finally:
        print('finally after return')
print([*early_return()])
