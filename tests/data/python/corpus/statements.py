"""Doc."""
import os.path as p, sys
from . import (a, b as c,)
from ..x.y import *
x = y = 1 + 2 * 3 ** -4
a, *b = [1, 2.5, 3j, 0x_1F, 1_000]
d = {'a': 1, **e}
s = {1, 2}
f(a, *b, c=1, **d)
r = a if b else c
l = lambda x, *y, z=1, **k: x
v = [i for i in range(10) if i % 2 if i async for j in k]
g = (x for x in y)
h = f(x for x in y)
t = x[1:2, ::3, a]
u = not a and b or c
w = a < b <= c is not d not in e
q = f"hello {name!r:>10} and {x=} {{lit}}"
bb = b'\x00ab' rb'\d'
@dec
async def fn(a, /, b: int = 2, *, c, **kw) -> None:
    global g
    nonlocal n
    del a[0], b.c
    assert x, "msg"
    try:
        pass
    except (A, B) as e:
        raise X from e
    except C:
        return
    else:
        yield 1
    finally:
        await z
    with a as b, c:
        async for x in y:
            break
        else:
            continue
    while (n := n - 1):
        x @= 2
class K(Base, metaclass=M):
    x: int = 3
    y: str
if a:
    pass
elif b:
    pass
else:
    pass
with (open(a) as f, open(b) as g):
    pass
