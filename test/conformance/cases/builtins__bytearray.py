ba = bytearray(b'hello')
ba[0] = ord('H')
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), ba.pop(), ba)
ba[1:3] = b'EL'
del ba[-1]
print(ba, bytes(ba), ba.decode(), ba.find(b'L'), ba.upper())
ba.insert(0, 62)
print(ba, ba.reverse() or ba)
try:
    ba.append(256)
except ValueError as e:
    print(e)
ba[0] = 'x'
