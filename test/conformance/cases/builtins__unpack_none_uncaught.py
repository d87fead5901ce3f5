def get_pair():
    pass
a, b = get_pair()
