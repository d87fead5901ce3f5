class A:
    def m(self):
        return 'A'
class B(A):
    pass
try:
    super(B, 1)
except TypeError as e:
    print(e)
def loose():
    return super().m()
try:
    loose()
except RuntimeError as e:
    print(e)
class C(A):
    def m(self):
        return super().missing()
C().m()
