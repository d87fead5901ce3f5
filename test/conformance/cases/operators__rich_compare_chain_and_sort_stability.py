class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f'{self.k}{self.tag}'
items = [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd')]
print(sorted(items), sorted(items, reverse=True))
print(max(items, key=lambda i: i.k), min(items, key=lambda i: i.k))
try:
    Item(1, 'x') > Item(2, 'y')
    print('gt uses reflected lt')
    Item(1, 'x') <= Item(2, 'y')
except TypeError as e:
    print(e)
