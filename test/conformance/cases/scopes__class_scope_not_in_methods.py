class C:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return f'NameError: {e}'
    def method2(self):
        return self.attr, C.attr
print(C().method())
print(C().method2())
