# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Dumps CPython's own AST of Python files in the S-expression format of
Retort::Core::Python::AstDump (core/python/astdump.cpp), so that tst_pythonparser can compare
Retort's parser with the real one. Usage: pyast_sexpr.py [--ranges] FILE...
Each file gives "== FILE" and then one line per top-level statement, or "ERROR".
Needs Python >= 3.11 (the grammar Retort implements)."""
import ast
import sys

OPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|",
    ast.BitXor: "^", ast.BitAnd: "&", ast.And: "and", ast.Or: "or", ast.Not: "not",
    ast.Invert: "~", ast.UAdd: "+", ast.USub: "-", ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<",
    ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
    ast.NotIn: "not in",
}


def quote(text):
    out = []
    for ch in text:
        code = ord(ch)
        units = [code] if code <= 0xFFFF else [
            0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)]
        for u in units:
            if 0x20 <= u < 0x7F and chr(u) not in '"\\':
                out.append(chr(u))
            else:
                out.append("\\u%04x" % u)
    return '"' + "".join(out) + '"'


class Dumper:
    def __init__(self, source_bytes, ranges):
        self.lines = source_bytes.splitlines()
        self.src = source_bytes
        self.ranges = ranges
        self.in_fstring = 0
        self.out = []

    def col(self, line, byte_col):
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else b""
        if line == 1 and text.startswith(b"\xef\xbb\xbf"):
            text = text[3:]
            byte_col -= 3
        return len(text[:byte_col].decode("utf-8", "replace").encode("utf-16-le")) // 2 + 1

    def rng(self, node):
        return self.rng_of(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

    def rng_of(self, l, c, el, ec):
        return "@%d:%d-%d:%d" % (l, self.col(l, c), el, self.col(el, ec))

    def open(self, kind, node=None, rng=None):
        text = "(" + kind
        if self.ranges and self.in_fstring == 0:
            if rng is not None:
                text += rng
            elif node is not None:
                text += self.rng(node)
        self.out.append(text)

    def word(self, w):
        self.out.append(str(w))

    def close(self):
        self.out[-1] += ")"

    def opt(self, node):
        if node is None:
            self.word("_")
        else:
            self.expr(node)

    def segment(self, node):
        if self.in_fstring:
            return repr(node.value)
        if node.lineno != node.end_lineno:
            return repr(node.value)
        seg = self.lines[node.lineno - 1][node.col_offset:node.end_col_offset]
        return seg.decode("utf-8").replace("_", "")

    def expr(self, n):
        t = type(n)
        if t is ast.Constant:
            v = n.value
            if v is None:
                self.open("None", n)
            elif v is True or v is False:
                self.open(str(v), n)
            elif v is Ellipsis:
                self.open("Ellipsis", n)
            elif isinstance(v, str):
                self.open("String", n); self.word(quote(v))
            elif isinstance(v, bytes):
                self.open("Bytes", n); self.word(quote(v.decode("latin-1")))
            elif isinstance(v, complex):
                self.open("Imaginary", n); self.word(self.segment(n))
            elif isinstance(v, float):
                self.open("Float", n); self.word(self.segment(n))
            else:
                self.open("Int", n); self.word(self.segment(n))
        elif t is ast.JoinedStr:
            self.open("FString", n)
            self.in_fstring += 1
            for v in n.values:
                self.expr(v)
            self.in_fstring -= 1
        elif t is ast.FormattedValue:
            self.open("FormattedValue", n)
            self.expr(n.value)
            self.word("_" if n.conversion == -1 else chr(n.conversion))
            if n.format_spec is not None:
                parts = n.format_spec.values
                if all(type(p) is ast.Constant for p in parts):
                    self.word(quote("".join(p.value for p in parts)))
                else:
                    self.word(quote("<complex>"))
        elif t is ast.Name:
            self.open("Name", n); self.word(n.id)
        elif t is ast.Attribute:
            self.open("Attribute", n); self.expr(n.value); self.word(n.attr)
        elif t is ast.Call:
            self.open("Call", n); self.expr(n.func)
            args = list(n.args) + list(n.keywords)
            args.sort(key=lambda a: (a.lineno, a.col_offset))
            for a in args:
                self.expr(a)
        elif t is ast.keyword:
            self.open("Keyword", n); self.word(n.arg if n.arg is not None else "**"); self.expr(n.value)
        elif t is ast.Subscript:
            self.open("Subscript", n); self.expr(n.value); self.expr(n.slice)
        elif t is ast.Slice:
            self.open("Slice", n); self.opt(n.lower); self.opt(n.upper); self.opt(n.step)
        elif t is ast.Starred:
            self.open("Starred", n); self.expr(n.value)
        elif t is ast.UnaryOp:
            self.open("UnaryOp", n); self.word(OPS[type(n.op)]); self.expr(n.operand)
        elif t is ast.BinOp:
            self.open("BinOp", n); self.word(OPS[type(n.op)]); self.expr(n.left); self.expr(n.right)
        elif t is ast.BoolOp:
            self.open("BoolOp", n); self.word(OPS[type(n.op)])
            for v in n.values:
                self.expr(v)
        elif t is ast.Compare:
            self.open("Compare", n); self.expr(n.left)
            for op, c in zip(n.ops, n.comparators):
                self.word(OPS[type(op)]); self.expr(c)
        elif t is ast.IfExp:
            self.open("IfExp", n); self.expr(n.test); self.expr(n.body); self.expr(n.orelse)
        elif t is ast.Lambda:
            self.open("Lambda", n); self.params(n.args); self.expr(n.body)
        elif t is ast.NamedExpr:
            self.open("NamedExpr", n); self.expr(n.target); self.expr(n.value)
        elif t in (ast.Await, ast.YieldFrom):
            self.open(t.__name__, n); self.expr(n.value)
        elif t is ast.Yield:
            self.open("Yield", n)
            if n.value is not None:
                self.expr(n.value)
        elif t in (ast.Tuple, ast.List, ast.Set):
            self.open(t.__name__, n)
            for e in n.elts:
                self.expr(e)
        elif t is ast.Dict:
            self.open("Dict", n)
            for k, v in zip(n.keys, n.values):
                if k is None:
                    self.open("DoubleStarred"); self.expr(v); self.close()
                else:
                    self.open("DictEntry", rng=self.rng_of(k.lineno, k.col_offset, v.end_lineno, v.end_col_offset))
                    self.expr(k); self.expr(v); self.close()
        elif t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            self.open(t.__name__, n); self.expr(n.elt); self.comps(n.generators)
        elif t is ast.DictComp:
            self.open("DictComp", n); self.expr(n.key); self.expr(n.value); self.comps(n.generators)
        else:
            self.open("Unknown-" + t.__name__, n)
        self.close()

    def comps(self, generators):
        for g in generators:
            self.open("Comprehension")
            if g.is_async:
                self.word("async")
            self.expr(g.target); self.expr(g.iter)
            for c in g.ifs:
                self.expr(c)
            self.close()

    def params(self, a):
        self.open("Params")
        positional = [("posonly", p) for p in a.posonlyargs] + [("arg", p) for p in a.args]
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        entries = [(k, p, d) for (k, p), d in zip(positional, defaults)]
        if a.vararg:
            entries.append(("vararg", a.vararg, None))
        entries += [("kwonly", p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
        if a.kwarg:
            entries.append(("kwarg", a.kwarg, None))
        for kind, p, d in entries:
            self.open("Param", p); self.word(kind); self.word(p.arg)
            self.opt(p.annotation); self.opt(d); self.close()
        self.close()

    def body(self, label, stmts):
        self.open(label)
        for s in stmts:
            self.stmt(s)
        self.close()

    def stmt(self, s):
        t = type(s)
        name = {ast.AsyncFunctionDef: "FunctionDef", ast.AsyncFor: "For", ast.AsyncWith: "With"}.get(t, t.__name__)
        self.open(name, s)
        is_async = t in (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith)
        if t in (ast.Expr, ast.Return):
            self.opt(s.value)
        elif t is ast.Assign:
            self.open("Targets")
            for x in s.targets:
                self.expr(x)
            self.close(); self.expr(s.value)
        elif t is ast.AugAssign:
            self.expr(s.target); self.word(OPS[type(s.op)]); self.expr(s.value)
        elif t is ast.AnnAssign:
            self.expr(s.target); self.expr(s.annotation); self.opt(s.value)
        elif t in (ast.Import, ast.ImportFrom):
            if t is ast.ImportFrom:
                self.word(s.module or "_"); self.word(s.level)
            for a in s.names:
                self.open("Alias", a); self.word(a.name); self.word(a.asname or "_"); self.close()
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef):
            self.word(s.name)
            if is_async:
                self.word("async")
            self.params(s.args); self.opt(s.returns)
            self.open("Decorators")
            for d in s.decorator_list:
                self.expr(d)
            self.close(); self.body("Body", s.body)
        elif t is ast.ClassDef:
            self.word(s.name)
            self.open("Bases")
            bases = list(s.bases) + list(s.keywords)
            bases.sort(key=lambda a: (a.lineno, a.col_offset))
            for b in bases:
                self.expr(b)
            self.close()
            self.open("Decorators")
            for d in s.decorator_list:
                self.expr(d)
            self.close(); self.body("Body", s.body)
        elif t in (ast.If, ast.While):
            self.expr(s.test); self.body("Body", s.body); self.body("Else", s.orelse)
        elif t in (ast.For, ast.AsyncFor):
            if is_async:
                self.word("async")
            self.expr(s.target); self.expr(s.iter); self.body("Body", s.body); self.body("Else", s.orelse)
        elif t in (ast.With, ast.AsyncWith):
            if is_async:
                self.word("async")
            for item in s.items:
                self.open("Item"); self.expr(item.context_expr); self.opt(item.optional_vars); self.close()
            self.body("Body", s.body)
        elif t in (ast.Try, getattr(ast, "TryStar", ast.Try)):
            self.body("Body", s.body)
            for h in s.handlers:
                self.open("Handler", h); self.opt(h.type); self.word(h.name or "_")
                self.body("Body", h.body); self.close()
            self.body("Else", s.orelse); self.body("Finally", s.finalbody)
        elif t is ast.Raise:
            self.opt(s.exc); self.opt(s.cause)
        elif t in (ast.Global, ast.Nonlocal):
            for x in s.names:
                self.word(x)
        elif t is ast.Delete:
            for x in s.targets:
                self.expr(x)
        elif t is ast.Assert:
            self.expr(s.test); self.opt(s.msg)
        self.close()


def main():
    args = sys.argv[1:]
    ranges = "--ranges" in args
    for path in [a for a in args if a != "--ranges"]:
        print("== " + path)
        with open(path, "rb") as f:
            data = f.read()
        try:
            tree = ast.parse(data, path)
        except (SyntaxError, ValueError) as e:
            print("ERROR %s" % (getattr(e, "lineno", 0),))
            continue
        for s in tree.body:
            d = Dumper(data, ranges)
            d.stmt(s)
            print(" ".join(d.out))


if __name__ == "__main__":
    main()
