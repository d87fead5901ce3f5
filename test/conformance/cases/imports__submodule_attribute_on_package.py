import imports__sub_attr_pkg
print(hasattr(imports__sub_attr_pkg, 'child'))
import imports__sub_attr_pkg.child
print(hasattr(imports__sub_attr_pkg, 'child'), imports__sub_attr_pkg.child.VALUE)
try:
    imports__sub_attr_pkg.other
except AttributeError as e:
    print(e)
