class A: pass
class B(A, A): pass
