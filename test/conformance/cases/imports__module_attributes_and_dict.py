import imports__basic_package_pkg.util as m
print(type(m).__name__, sorted(k for k in vars(m) if not k.startswith('__')))
print(m.__spec__.name, m.__loader__ is not None, m.__dict__ is vars(m))
m.added = 'set from outside'
import imports__basic_package_pkg.util as again
print(again.added)
