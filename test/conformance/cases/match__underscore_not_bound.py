match 5:
    case _:
        pass
try:
    print(_)
except NameError as e:
    print('underscore not bound:', e)
match 5:
    case x:
        print('capture bound', x)
