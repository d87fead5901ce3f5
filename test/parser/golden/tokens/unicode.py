# -*- coding: utf-8 -*-
# Ünïcödé comment with emoji 🐍 and CJK 漢字
naïve = 'café'
π = 3.14159
ñame_with_ascii = "😀 astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
日本語 = "にほんご"
Ωmega, ŝtate = 'Ω', '\u00e9'
x = f'{π} 🐍' + 'ß' * 2
ﬁle = 'ligature name'
𝔘nicode = 'math fraktur name'
b = 'combining e\u0301 é'
