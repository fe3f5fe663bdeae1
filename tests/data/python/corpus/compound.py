import os, sys as system
from .. import parent
from .sibling import (a as b,
                      c,)
from __future__ import annotations


@decorator
@decorator.with_args(1, key=2)
class Outer(Base, metaclass=Meta, **extra):
    """Class doc."""
    attr: int
    value: "str" = "x"

    def method(self, a, /, b: int = 1, *args: str, c, d=2, **kw: object) -> "Outer":
        global counter
        counter += 1

        def inner():
            nonlocal a
            a = 2
            return a
        yield from inner()
        return self


async def coroutine(x):
    async with lock as (a, b), other:
        pass
    async for item in stream:
        await item
    else:
        pass
    return [i async for i in stream]


def flow(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
        elif n == 3:
            continue
        else:
            pass
    else:
        n = None
    for i, (a, *rest) in enumerate(items):
        del rest[0], a
    try:
        risky()
    except (ValueError, TypeError) as error:
        raise RuntimeError("x") from error
    except Exception:
        raise
    else:
        assert n is None, "message"
    finally:
        cleanup()
    try:
        pass
    finally:
        pass
    try:
        pass
    except* ValueError as group:
        pass
    with (
        open(a) as f,
        open(b) as g,
    ):
        pass
    with (yield):
        pass
    x = y = z = [1, 2]
    a, b = b, a
    [c, d] = 1, 2
    obj.attr[0].b = 3
    annotated: dict[str, int] = {}
    (paren): int = 1
    return lambda: (yield)


match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case _:
        pass
match = 1
match.attr = 2
print(match)
if __name__ == "__main__":
    flow(10)
