class Base:
    pass
class Child(Base):
    def __init__(self):
        super().__init__()
        super().setup()
Child()
