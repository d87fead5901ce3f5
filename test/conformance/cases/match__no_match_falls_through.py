def f(v):
    match v:
        case 1:
            result = 'one'
        case 2:
            result = 'two'
    return locals().get('result', 'no case matched')
print(f(1), f(2), f(3))
