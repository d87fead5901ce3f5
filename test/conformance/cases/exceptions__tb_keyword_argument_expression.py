def connect(host, port):
    return host, port
settings = {'host': 'h'}
connect(host=settings['host'], port=settings['port'])
