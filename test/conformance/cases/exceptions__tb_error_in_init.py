class Conn:
    def __init__(self, url):
        self.host, self.port = url.split(':')
c = Conn('localhost:80')
print(c.host, c.port)
Conn('no-port-here')
