class Callable:
    def __call__(self, *a):
        return ('called', a)
class Holder:
    plain = Callable()
    static = staticmethod(Callable())
    def method(self):
        return 'method'
h = Holder()
print(h.plain(1), h.static(2), Holder.method.__get__(h)(), Holder.__dict__['method'].__get__(None, Holder) is Holder.method)
bound = Holder.__dict__['method'].__get__(h, Holder)
print(bound(), bound.__self__ is h)
