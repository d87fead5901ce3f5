"""Argument binding for functions that Pyex's Python-written stdlib builds at run time without
`exec` (namedtuple's __new__, dataclass __init__): it maps *args/**kwargs onto named parameters and
raises the TypeError CPython would raise for a function with that signature.

Private to Pyex; the leading underscore keeps it out of the way of user imports.
"""

_MISSING = object()


def _name_list(names):
    """'a'  /  'a' and 'b'  /  'a', 'b', and 'c' (CPython's wording for missing arguments)."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(count, word):
    return word if count == 1 else word + 's'


def bind(qualname, positional, defaults, kwonly, kwonly_defaults, args, kwargs, skip=0):
    """Bind `args`/`kwargs` to parameters; returns the list of values, positional then keyword-only.

    qualname: used in messages (`Point.__new__`); positional: names of positional-or-keyword
    parameters (excluding the implicit first one); defaults: dict name -> default for positional
    parameters (they are a suffix of `positional`); kwonly, kwonly_defaults: the same for
    keyword-only parameters. `skip` is how many implicit leading parameters (self/cls) count in
    "takes N positional arguments" messages.
    """
    n_pos = len(positional)
    n_args = len(args)
    values = list(args[:n_pos])
    if n_args < n_pos:
        values.extend([_MISSING] * (n_pos - n_args))
    kw_values = [_MISSING] * len(kwonly)
    if kwargs:
        for key in kwargs:
            if key in positional:
                index = positional.index(key)
                if index < n_args:
                    raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
                values[index] = kwargs[key]
            elif key in kwonly:
                kw_values[kwonly.index(key)] = kwargs[key]
            else:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
    if n_args > n_pos:
        n_defaults = len(defaults)
        low = n_pos - n_defaults + skip
        high = n_pos + skip
        if n_defaults:
            takes = f'from {low} to {high} positional arguments'
        else:
            takes = f'{high} positional {_plural(high, "argument")}'
        given = n_args + skip
        kw_given = 0
        for value in kw_values:
            if value is not _MISSING:
                kw_given += 1
        if kw_given:
            was = (f'{given} positional {_plural(given, "argument")} (and {kw_given} keyword-only '
                   f'{_plural(kw_given, "argument")}) were given')
        else:
            was = f'{given} {"was" if given == 1 else "were"} given'
        raise TypeError(f'{qualname}() takes {takes} but {was}')
    missing = None
    for index in range(n_pos):
        if values[index] is _MISSING:
            name = positional[index]
            if name in defaults:
                values[index] = defaults[name]
            else:
                if missing is None:
                    missing = []
                missing.append(name)
    if missing is not None:
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f'{_plural(len(missing), "argument")}: {_name_list(missing)}')
    for index in range(len(kwonly)):
        if kw_values[index] is _MISSING:
            name = kwonly[index]
            if name in kwonly_defaults:
                kw_values[index] = kwonly_defaults[name]
            else:
                if missing is None:
                    missing = []
                missing.append(name)
    if missing is not None:
        raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only '
                        f'{_plural(len(missing), "argument")}: {_name_list(missing)}')
    values.extend(kw_values)
    return values
