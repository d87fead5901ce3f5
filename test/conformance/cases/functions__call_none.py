def get_handler(name):
    return None
handler = get_handler('x')
handler('event')
