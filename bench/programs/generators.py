# Generators: a pipeline of generator functions and expressions.
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(x * x for x in evens(numbers(2_000_000))))
