# Non-ASCII source: columns are UTF-8 byte offsets; identifiers are NFKC-normalised.
é = "é"
名前 = 1 + 名前
x = "日本語" + y
z = f"{名前}é{x}"
ﬁle = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "𝔘"
s = "emoji 😀 and \N{GREEK SMALL LETTER ALPHA}"
def función(parámetro="valor"): return parámetro
class Clase: atributo: int = 1
