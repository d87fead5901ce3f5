class logged_property(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print('reading', self.fget.__name__)
        return super().__get__(obj, objtype)
class C:
    @logged_property
    def value(self):
        return 42
    @value.setter
    def value(self, v):
        print('writing', v)
c = C()
print(c.value)
c.value = 7
print(type(C.__dict__['value']).__name__)
