"""Turning bytes into text without assuming an encoding.

Chinese government sites still publish GBK/GB2312 next to UTF-8, and Windows
tools write UTF-16. Byte-order marks are trusted, then strict UTF-8, then
GB18030 (a superset of GBK and GB2312); only if all fail do we ask
charset-normalizer to guess, and a guess that yields little Chinese is refused.
"""
from __future__ import annotations

import charset_normalizer
import regex

from .errors import ParseError

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


def decode(data: bytes, declared: str | None = None, path=None) -> tuple[str, str]:
    """(text, encoding name) for `data`; `declared` is a charset a page names."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    candidates = ["utf-8", "gb18030"]
    if declared:
        declared = declared.lower().strip()
        if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
            declared = "gb18030"
        candidates.insert(0, declared)
    if data[:200].count(b"\x00") > 20:
        candidates.insert(0, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    for name in candidates:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if len(regex.findall(r"\p{Han}", text)) > len(text) * 0.05:
            return text, best.encoding
    raise ParseError(path, "无法识别的文件：不是 PDF、DOCX、HTML，也不是可识别编码的文本 / unrecognised file: not PDF, DOCX or HTML, and not text in a known encoding (UTF-8, UTF-16, GB18030)", "decode")
