"""Turning bytes into text without assuming an encoding.

Chinese government sites still publish GBK/GB2312 next to UTF-8, and Windows
tools write UTF-16. Byte-order marks are trusted, then a charset the page
declares if the text it gives is plausible (sites copy templates that declare
iso-8859-1 or utf-16 over UTF-8 bytes), then strict UTF-8, then GB18030 (a
superset of GBK and GB2312), then Big5 (繁體 pages from Taiwan and Hong Kong);
Big5 bytes nearly always decode as GB18030 too, into mojibake, so the first of
these that gives plausible text wins. A file with a few bad bytes (one stray byte, or
cut inside its last character) is read with those bytes replaced and a
warning saying where; only then is charset-normalizer asked to guess, and a
guess that yields little Chinese is refused.
"""
from __future__ import annotations

import codecs

import regex

from .errors import ParseError
from .messages import piece, warning

_BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "cp936", "euc-cn"}
# More undecodable spots than this (8, or one per 1,000 bytes) and the encoding is wrong,
# not the file damaged: text in another encoding fails on nearly every character.
MAX_BAD_SPOTS = 8
# What the non-ASCII part of a Chinese report is made of: Han, CJK and full-width
# punctuation, quotes and dashes. A wrong single-byte charset gives Latin letters
# and C1 controls instead.
_CJK_LIKE = regex.compile(r"[\p{Han}\p{Block=CJK_Symbols_and_Punctuation}\p{Block=Halfwidth_and_Fullwidth_Forms}"
                          r"\p{Block=General_Punctuation}\p{Block=Enclosed_Alphanumerics}\u00b7\u00a0\u00d7]")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UNRECOGNISED = ("无法识别的文件：不是 PDF、DOCX、HTML，也不是可识别编码的文本 / unrecognised file: not PDF, DOCX or "
                 "HTML, and not text in a known encoding (UTF-8, UTF-16, GB18030, Big5)")


def decode(data: bytes, declared: str | None = None, path=None, warnings: list | None = None) -> tuple[str, str]:
    """(text, encoding name) for `data`; `declared` is a charset a page names.
    Anything the reader should tell the user (bad bytes replaced, a declared
    charset overruled) is appended to `warnings`."""
    warnings = warnings if warnings is not None else []
    for bom, name in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_damaged(data[len(bom):], name)
            if text is None:
                raise ParseError(path, f"文件以 {name} 字节顺序标记开头，但正文无法按 {name} 解码 / the file starts with a "
                                       f"{name} byte-order mark but its body does not decode as {name}", "decode", "E_ENCODING")
            _warn_bad(data, bad, name, len(bom), warnings)
            return text, name
    if declared:
        text = _declared(data, declared, warnings)
        if text is not None:
            return text
    candidates = ["utf-8", "gb18030", "big5hkscs"]
    if data[:200].count(b"\x00") > 20:
        candidates.insert(0, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    fallback = None
    for name in candidates:
        text = _strict(data, name)
        if text is None:
            continue
        # Multi-byte UTF bytes decode by chance almost never; the two-byte Chinese codes often do.
        if name.startswith("utf") or _plausible(text):
            return text, name
        fallback = fallback or (text, name)
    if fallback:   # neither reads as Chinese: the first that decodes at all
        return fallback
    for name in candidates:
        text, bad = _decode_damaged(data, name)
        if text is not None and _plausible(text):
            _warn_bad(data, bad, name, 0, warnings)
            return text, name
    import charset_normalizer   # its detection models load slowly; most files never need them
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if len(regex.findall(r"\p{Han}", text)) > len(text) * 0.05:
            return text, best.encoding
    raise ParseError(path, _UNRECOGNISED, "decode", "E_ENCODING")


def _declared(data: bytes, declared: str, warnings: list):
    """(text, name) by the declared charset, or None (with a warning) when it
    names no usable codec or gives implausible text."""
    name = declared.lower().strip()
    name = "gb18030" if name in _GB else name
    try:
        info = codecs.lookup(name)
        text = data.decode(info.name)
    except (LookupError, UnicodeError, ValueError, TypeError):
        warnings.append(warning("W_CHARSET_UNUSABLE", declared=declared))
        return None
    utf8 = _strict(data, "utf-8")
    if info.name != "utf-8" and utf8 is not None and _NON_ASCII.search(utf8) and "\x00" not in utf8:
        warnings.append(warning("W_CHARSET_IS_UTF8", declared=declared))
        return utf8, "utf-8"
    if not _plausible(text):
        warnings.append(warning("W_CHARSET_GARBLED", declared=declared))
        return None
    return text, info.name


def _strict(data: bytes, name: str):
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _plausible(text: str) -> bool:
    """Whether decoded text looks like a Chinese report (or plain ASCII), not mojibake."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        return False
    non_ascii = _NON_ASCII.findall(sample)
    return not non_ascii or len(_CJK_LIKE.findall("".join(non_ascii))) >= 0.8 * len(non_ascii)


def _decode_damaged(data: bytes, name: str):
    """(text with U+FFFD for each bad spot, byte offsets of the spots), or
    (None, spots) if there are too many. Each retry stops at the next bad spot,
    so the whole is read once."""
    limit = max(MAX_BAD_SPOTS, len(data) // 1000)
    parts, bad, pos = [], [], 0
    while True:
        try:
            parts.append(data[pos:].decode(name))
            return "".join(parts), bad
        except UnicodeDecodeError as exc:
            if len(bad) == limit:
                return None, bad
            parts.append(data[pos:pos + exc.start].decode(name) + "\ufffd")
            bad.append(pos + exc.start)
            pos += max(exc.end, exc.start + 1)


def _warn_bad(data: bytes, bad: list, name: str, skip: int, warnings: list):
    if not bad:
        return
    spots = [(data.count(b"\n", 0, skip + at) + 1, skip + at) for at in bad[:MAX_BAD_SPOTS]]
    more = len(bad) - len(spots)
    named = [piece("byte_spot", line=line, at=at) for line, at in spots]
    tail = piece("more_spots", more=more) if more else ("", "")
    sep = piece("list_sep")
    where, where_en = (sep[lang].join(spot[lang] for spot in named) + tail[lang] for lang in (0, 1))
    warnings.append(warning("W_BYTES_REPLACED", count=len(bad), encoding=name, where=where, where_en=where_en))
