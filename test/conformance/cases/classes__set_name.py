class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.public = name
class Model:
    first = Field()
    second = Field()
print(Model.first.public, Model.second.public)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, 'public'))
