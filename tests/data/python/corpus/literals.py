# -*- coding: utf-8 -*-
"""Literals, strings and f-strings the parser must read like CPython 3.11."""
ints = [0, 7, 1_000_000, 0x_FF, 0XaB, 0o17, 0O7_7, 0b1010, 0B1_1, 00, 0_0]
floats = [1.5, .5, 5., 1e10, 1E-3, 1_0.0_1e+1_0, 0777.5, 09.5, 1.0j, 2J, 1e5j]
strings = ['single', "double", '''triple
single''', """triple
double""", 'esc \n \t \\ \' \" \a \b \f \v \0 \101 \x41 \u00e9 \U0001F600 \q']
raw = [r'\d+\n', R"\"", rb'\x00', Rb"\t", bR'x', BR"y", br'z']
prefixed = [u'unicode', U"unicode", b'bytes \x00\xff\n', B"B"]
joined = 'a' "b" '''c''' 'd\
e'
fs = [f'{x}', F"{x!r}", f'{x!s:>10}', rf'\d{x}', fR'{x}\n', Rf"{y}", f'{{}} {x:%Y-%m-%d}', f'{x=}', f'{x = !s}',
      f'{x=:>5}', f'{a["k"]}', f"{'nested'}", f'{(lambda: 1)()}', f'{x, y}', f'''{
    x
}''', f'{3.14:.2f}' 'tail' f'{z}', f'{x}' if False else None]
unicode_names = ['ñ', 'naïve', '日本', '\u00e9']
café = 1
名前 = café + 1
implicit = (
    "first line "  # comment inside brackets
    "second line"
)
continued = 1 + \
    2
semi = 1; other = 2;
ellipsis = ...
walrus = [y := 5, y ** 2]
cond = a if b else c if d else e
chained = a < b < c != d
slices = x[::], x[1:], x[:2], x[::3], x[a:b, c], x[..., None], x[*idx]
unpack = [*a, *b], {**c, 'k': 1}, {*s}
call = f(*args, **kwargs)(1)(2)[3].attr
power = -2 ** -3 ** 2
bits = a | b ^ c & d << 1 >> 2
lam = lambda: 0, lambda *a, **k: 0, lambda a, /, b=1, *, c: 0
comp = {k: v for k, v in items if k}, {x for x in y}, (x async for x in y)
aw = [await x for x in y]
not_in = a not in b is not c
