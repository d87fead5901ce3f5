from imports__relative_pkg import api
print(api.run())
from imports__relative_pkg.sub import leaf
print(leaf.describe())
