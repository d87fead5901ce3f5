class Base:
    def run(self):
        raise NotImplementedError(f'{type(self).__name__}.run')
class Impl(Base):
    def run(self):
        return 'ran'
print(Impl().run())
class Missing(Base):
    pass
Missing().run()
