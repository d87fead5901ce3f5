from imports__circular_error_pkg.x import X
Y = 2
