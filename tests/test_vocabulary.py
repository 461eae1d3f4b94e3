"""Language knowledge is data: no Chinese cue words, labels or patterns in the code.

Every string in govextract/**/*.py that holds a Chinese character must be a
docstring or a message to users: a bilingual sentence (Chinese / English), a
piece of one, or an argument of ParseError; messages.py holds the words of
warnings. Anything else belongs in lexicons/.
"""
import ast
import pathlib

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent / "govextract"
HAN = regex.compile(r"\p{Han}")
BILINGUAL = regex.compile(r"/ [A-Za-z(]|[A-Za-z]{3,}")   # a message's English half, or English beside it


def _exempt(tree) -> set:
    """The ids of nodes that may hold Chinese: docstrings, ParseError/SpecError arguments,
    and every string of a bilingual message (a literal or f-string with its English half)."""
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "ParseError", "SpecError"):
            out.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if BILINGUAL.search(text):
                out.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and BILINGUAL.search(node.value):
            out.add(id(node))
    return out


def chinese_strings(path: pathlib.Path) -> list:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = _exempt(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in exempt and HAN.search(node.value)]


def test_no_chinese_vocabulary_in_code():
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        strings = chinese_strings(path)
        if strings and name != "messages.py":
            found[name] = strings[:3]
    assert not found, f"Chinese vocabulary in code (move it to lexicons/): {found}"


def test_the_check_catches_a_cue_word_in_code(tmp_path):
    path = tmp_path / "cue.py"
    path.write_text('"""A module."""\nCUE = ["主动公开", "依申请"]\nMESSAGE = "未找到 / not found"\n', encoding="utf-8")
    assert [text for _, text in chinese_strings(path)] == ["主动公开", "依申请"]
