try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imports__basic_package_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import imports__basic_package_pkg.nothing_here
except ModuleNotFoundError as e:
    print(e)
import another_missing_module
