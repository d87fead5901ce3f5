class P:
    def __init__(self):
        self.a = 1
match P():
    case P(b=1):
        print('no')
    case P(a=1):
        print('missing attribute means no match, then a=1 matches')
