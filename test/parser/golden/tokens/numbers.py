integers = [0, 7, 2147483647, 79228162514264337593543950336, 00, 0_0, 1_000_000]
radix = [0xdeadBEEF, 0XFF, 0x_ff, 0o177, 0O7_7, 0b1010, 0B_1_0, 0x0]
floats = [3.14, 10., .001, 1e100, 3.14e-10, 0e0, 3.14_15_93, 1_0.0_1e1_0, 00.5, 09.5, 0e+1]
imaginary = [3.14j, 10.j, 10j, .001j, 1e100j, 3.14e-10j, 3.14_15_93j, 0j, 00j, 1E5J]
attribute = 1 .real + 1.0.real + 0x1.real
keywords_after = [1if True else 2, 0x1for x in y, 1or 2, 1and 3, 1in y, 1is 1, 1not in y]
ranges = [1., 1.e5, 1.5e+5, 2e-0, 99999999999999999999.0]
