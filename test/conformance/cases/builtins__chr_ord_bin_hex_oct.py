print(chr(65), chr(0x1F600), ord('A'), ord('€'), bin(10), bin(-10), oct(64), hex(255), hex(-1), bin(0))
print(format(255, 'x'), format(255, '#X'), format(10, 'b'), format(8, 'o'), int(bin(99), 2), int(hex(99), 16))
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
ord('')
