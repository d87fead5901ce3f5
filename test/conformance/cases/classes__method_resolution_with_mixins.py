class JsonMixin:
    def to_json(self):
        items = ', '.join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return '{' + items + '}'
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class User(JsonMixin, EqMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
u = User('ann', 3)
print(u.to_json(), u == User('ann', 3), User.__hash__)
