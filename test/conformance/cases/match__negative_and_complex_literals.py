def f(v):
    match v:
        case -0:
            return 'zero'
        case -5:
            return 'minus five'
        case 1 + 2j:
            return 'complex'
        case -1.5e3:
            return 'float literal'
    return 'no'
print(f(0), f(-5), f(1 + 2j), f(-1500.0), f(5))
