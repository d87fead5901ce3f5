try:
    super()
except RuntimeError as e:
    print(e)
class A:
    @staticmethod
    def s():
        return super()
try:
    A.s()
except RuntimeError as e:
    print(e)
