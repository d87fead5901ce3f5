def stub(): pass
class Empty: ...
print(stub(), Empty.__name__, ..., Ellipsis is ..., type(...).__name__)
if True:
    pass
print(repr(...), bool(...))
