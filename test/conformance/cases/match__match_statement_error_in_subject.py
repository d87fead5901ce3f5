def load():
    raise ValueError('subject failed')
match load():
    case _:
        print('never')
