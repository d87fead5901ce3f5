class Bad:
    __match_args__ = ['a']
    a = 1
match Bad():
    case Bad(1):
        print('matched')
