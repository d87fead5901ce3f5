def subject():
    print('subject evaluated')
    return [1, 2]
match subject():
    case [0, _]:
        print('no')
    case [1, 2]:
        print('yes')
