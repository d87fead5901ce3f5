# -*- coding: latin-1 -*-
x = "café"
# à la carte
