class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f'Item({self.name!r}, {self.price}, qty={self.qty})'
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            raise KeyError(f'duplicate item {item.name!r}')
        self._items[item.name] = item
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def value(self):
        return round(sum(i.total for i in self), 2)
inv = Inventory()
for name, price, qty in [('pen', 1.2, 10), ('book', 12.5, 2), ('bag', 30.0, 1)]:
    inv.add(Item(name, price, qty))
print(len(inv), list(inv), inv.value())
inv.add(Item('pen', 1.0))
