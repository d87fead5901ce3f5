def register(fn):
    return fn.registry_name
@register
def handler():
    pass
