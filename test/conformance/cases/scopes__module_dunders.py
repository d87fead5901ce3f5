print(__name__)
print(type(__builtins__).__name__ in ('module', 'dict'))
print(__spec__ is None, __package__ is None, __loader__ is not None)
print(__file__.endswith('scopes__module_dunders.py'))
import sys
print(sys.argv)
print(sys.modules['__main__'].__name__)
