class C:
    @staticmethod
    def s(*args):
        return args
print(C.s(1), C().s(2), C.__dict__['s'].__func__(3))
sm = staticmethod(len)
print(sm.__func__ is len)
