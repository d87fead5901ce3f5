import builtins
print(builtins.len([1, 2]), builtins.__name__, hasattr(builtins, 'print'), 'print' in dir(builtins))
print(type(__builtins__).__name__ in ('module', 'dict'), builtins.True_ if hasattr(builtins, 'True_') else 'no True_')
builtins.custom_global = 'visible everywhere'
print(custom_global)
