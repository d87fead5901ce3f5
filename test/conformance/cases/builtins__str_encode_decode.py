s = 'héllo €'
b = s.encode()
print(b, len(b), b.decode(), s.encode('latin-1', errors='replace'), s.encode('ascii', 'ignore'))
print(s.encode('utf-16-le')[:6], 'abc'.encode('ascii'), b'caf\xc3\xa9'.decode('utf-8'))
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), b'abc\xff'.decode('ascii', 'backslashreplace'))
print('€'.encode('ascii', 'xmlcharrefreplace'), 'x\u20acy'.encode('ascii', 'backslashreplace'))
b'\xc3'.decode()
