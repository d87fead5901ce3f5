a = 'single' "double" '''triple single''' """triple double"""
b = u'unicode' U"UNICODE" r'raw\n' R"RAW" b'bytes' B"BYTES"
c = br'raw bytes' Br"x" bR'x' BR"x" rb'x' rB"x" Rb'x' RB"x"
d = '' "" '''''' """""" b'' r""
e = 'it\'s' "say \"hi\"" 'back\\slash' r'\'' r"\"" 'tab\tnew\nline\r'
f = 'continued \
string' "also \
continued"
g = '''multi
line with 'quotes' and "quotes"
and \''' escaped'''
h = """ends with quote\""""
i = """a""""b"
j = '\x00\u1234\U0001F600\N{BULLET}\777\
'
k = rb"\d+\.\d+"
l = """
"""
m = ('implicit'
     "concatenation"
     '''across lines''')
