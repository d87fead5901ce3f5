class Base:
    pass
class Child(Base, color='red'):
    pass
