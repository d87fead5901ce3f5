def f(v):
    match v:
        case [*init, last]:
            return init, last
        case _:
            return 'no'
print(f([1, 2, 3]), f([9]), f([]))
def g(v):
    match v:
        case [1, *_, 9]:
            return 'starts 1 ends 9'
        case (a, *mid, b):
            return (a, mid, b)
print(g([1, 5, 9]), g([1, 9]), g((2, 3)), g([1, 2, 3, 4]))
