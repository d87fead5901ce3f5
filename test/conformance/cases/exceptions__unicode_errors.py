try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.encoding, e.start, e.end, e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print(isinstance(UnicodeError(), ValueError))
'€'.encode('latin-1')
