"""What a batch reads: files, folders and archives, as a stream of named inputs.

Every input gets exactly one name, unique in the run, and so exactly one
result row: names are absolute paths (a folder given as `docs` or as
`/home/me/docs` names its files the same), archive members are
`archive.zip!path/in/archive`, and a name seen before in the run gets `#2`,
`#3`… (three members called `report.pdf` in one zip).

Only regular files are read. FIFOs, devices, links that leave the input folder
or point at a folder, and folders that cannot be listed become inputs that
carry an error instead of bytes, as do archive members that are unsafe
(`../`, absolute paths, links), too big, or decompression bombs. Archives come
from strangers, so members are read in place and never extracted; an archive
inside an archive is opened in memory, to a depth of MAX_DEPTH. A file name
that is not UTF-8 (GBK bytes on disk, a Windows zip) is decoded, and its raw
bytes are kept beside it (`raw`, backslash-escaped).
"""
from __future__ import annotations

import fnmatch
import io
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Iterator, Optional

from ..errors import ParseError
from ..readers import MAX_BYTES
from ..readers.sniff import HEAD, refusal, sniff, sniff_file, sniff_head

# Reports compress 3–10×; a member that claims hundreds of times its packed
# size, once it is big enough to matter, is a bomb rather than a report.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024

MAX_DEPTH = 2
ZIP_UTF8_FLAG = 0x800

# What reading a damaged file or archive member can raise (bad CRC, broken deflate stream, …).
READ_ERRORS = (OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zipfile.BadZipFile,
               zlib.error, lzma.LZMAError, tarfile.TarError)


@dataclass
class Input:
    name: str                                 # absolute path, or archive path + "!" + member name
    load: Optional[Callable[[], bytes]]       # valid until the next input is drawn
    error: Optional[ParseError] = None        # why this input cannot be read at all
    raw: Optional[str] = None                 # the name's undecoded bytes, when they were not UTF-8

    def read(self) -> bytes:
        """The input's bytes, or a ParseError saying why they cannot be had."""
        try:
            return self.load()
        except ParseError:
            raise
        except READ_ERRORS as exc:
            raise _problem(self.name, f"无法读取 / cannot read input: {type(exc).__name__}: {exc}",
                           "E_UNREADABLE") from None


def walk(paths, exclude=(), skip=()) -> Iterator[Input]:
    """Every input under `paths`, in a stable order (folders sorted, archives in stored
    order), each named uniquely. Folders in `skip` (the batch's own output) are left out."""
    seen = set()
    skip = {os.path.realpath(str(s)) for s in skip}
    for item in _inputs(paths, exclude, skip):
        if item.name in seen:
            n = 2
            while f"{item.name}#{n}" in seen:
                n += 1
            item.name = f"{item.name}#{n}"
            if item.error:
                item.error.path = item.name
        seen.add(item.name)
        yield item


def count(paths, exclude=(), skip=()) -> int:
    """How many inputs `walk` will give, for the progress bar (zip members are only peeked
    at, except archives and Office files inside archives, which are read through)."""
    return sum(1 for _ in walk(paths, exclude, skip))


def _inputs(paths, exclude, skip) -> Iterator[Input]:
    for path in paths:
        path = os.path.abspath(str(path))
        name, raw = readable(path)
        if _excluded(path, exclude):
            continue
        if os.path.isdir(path):
            yield from _tree(path, os.path.realpath(path), exclude, skip)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield Input(name, None, _problem(name, f"无法打开文件 / cannot open file: {exc.strerror or exc}", "E_OPEN"), raw)
            continue
        yield from (_file(path, name, raw) if stat.S_ISREG(mode) else [_not_regular(name, raw)])


def _tree(folder: str, root: str, exclude, skip) -> Iterator[Input]:
    """A folder's inputs, depth first in name order, without following links to folders."""
    name, raw = readable(folder)
    try:
        with os.scandir(folder) as it:
            # A folder's own files before its subfolders': the first of two copies is the shallower one.
            entries = sorted(it, key=lambda e: (e.is_dir(follow_symlinks=False), e.name))
    except OSError as exc:
        yield Input(name, None, _problem(name, f"无法读取文件夹，其中的文件未读 / cannot list folder; its files were "
                                               f"not read: {exc.strerror or exc}", "E_UNREADABLE"), raw)
        return
    for entry in entries:
        path = entry.path
        if _excluded(path, exclude):
            continue
        name, raw = readable(path)
        try:
            if entry.is_symlink():
                yield from _link(path, name, raw, root)
            elif entry.is_dir(follow_symlinks=False):
                if os.path.realpath(path) not in skip:
                    yield from _tree(path, root, exclude, skip)
            elif entry.is_file(follow_symlinks=False):
                yield from _file(path, name, raw)
            else:
                yield _not_regular(name, raw)
        except OSError as exc:
            yield Input(name, None, _problem(name, f"无法读取 / cannot read: {exc.strerror or exc}", "E_UNREADABLE"), raw)


def _link(path: str, name: str, raw, root: str) -> Iterator[Input]:
    """A symbolic link is followed only to a regular file inside the input folder."""
    target = os.path.realpath(path)
    if os.path.isdir(target):
        yield Input(name, None, _problem(name, f"指向文件夹的符号链接，不予跟随 / symbolic link to a folder, "
                                               f"not followed: {target}", "E_LINK_OUTSIDE"), raw)
    elif not os.path.isfile(target):
        yield _not_regular(name, raw, f" (link to {target})")
    elif os.path.commonpath([root, target]) != root:
        yield Input(name, None, _problem(name, f"符号链接指向输入文件夹之外，不予跟随 / symbolic link leaves the "
                                               f"input folder, not followed: {target}", "E_LINK_OUTSIDE"), raw)
    else:
        yield from _file(path, name, raw)


def _not_regular(name, raw, detail="") -> Input:
    return Input(name, None, _problem(name, "不是普通文件（管道、设备或套接字），未读 / not a regular file "
                                            f"(a FIFO, device or socket), not read{detail}", "E_NOT_REGULAR"), raw)


def readable(path: str) -> tuple:
    """(name, raw): a path as text, decoded from its bytes as UTF-8, else GB18030;
    raw is the bytes backslash-escaped when they were not UTF-8, else None."""
    data = os.fsencode(path)
    name, ok = decode_name(data)
    return name, None if ok else data.decode("ascii", "backslashreplace")


def decode_name(data: bytes) -> tuple:
    """(text, was_utf8) of a name's bytes: UTF-8 if they decode so, else GB18030 (Windows
    in China), else UTF-8 with the undecodable bytes escaped."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", "backslashreplace"), False


def _problem(name: str, cause: str, code: str) -> ParseError:
    return ParseError(name, cause, "input", code)


def _excluded(path: str, patterns) -> bool:
    return any(fnmatch.fnmatch(os.path.basename(path), p) or fnmatch.fnmatch(path, p) for p in patterns)


def _file(path: str, name: str, raw) -> Iterator[Input]:
    try:
        kind = sniff_file(path)
    except OSError as exc:
        yield Input(name, None, _problem(name, f"无法打开文件 / cannot open file: {exc.strerror or exc}", "E_OPEN"), raw)
        return
    yield from _as_inputs(kind, name, raw, path, lambda: _read_file(path), 0)


def _as_inputs(kind: str, name: str, raw, source, load, depth: int) -> Iterator[Input]:
    """An input of this kind: the members of an archive, an error for a type that is not
    a report (recognised without being parsed), or the input itself."""
    if kind in ("zip", "tar"):
        if depth >= MAX_DEPTH:
            yield Input(name, None, _problem(name, f"压缩包嵌套过深（超过 {MAX_DEPTH} 层）/ archive nested more than "
                                                   f"{MAX_DEPTH} deep: not opened", "E_NESTED_TOO_DEEP"), raw)
        else:
            yield from (_zip if kind == "zip" else _tar)(source, name, raw, depth + 1)
        return
    refused = refusal(kind)
    if refused:
        yield Input(name, None, ParseError(name, refused[1], "read", refused[0]), raw)
    else:
        yield Input(name, load, None, raw)


def _read_file(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(MAX_BYTES + 1)


def unsafe_name(name: str) -> Optional[str]:
    """Why an archive member name must not be followed, or None if it is harmless."""
    unix = name.replace("\\", "/")
    if unix.startswith("/") or (len(unix) > 1 and unix[1] == ":"):
        return f"压缩包成员使用绝对路径 / archive member has an absolute path: {name}"
    if ".." in PurePosixPath(unix).parts:
        return f"压缩包成员路径试图跳出压缩包（../）/ archive member path escapes the archive (../): {name}"
    return None


def _member_name(archive_name: str, archive_raw, member: str, member_raw) -> tuple:
    name = f"{archive_name}!{member}"
    raw = f"{archive_raw or archive_name}!{member_raw or member}" if (archive_raw or member_raw) else None
    return name, raw


def _zip_name(info: zipfile.ZipInfo) -> tuple:
    """(name, raw) of a zip member: the UTF-8 flag when set; otherwise Python has read
    the bytes as cp437, which Chinese zips never are."""
    if info.flag_bits & ZIP_UTF8_FLAG:
        return info.filename, None
    data = info.orig_filename.encode("cp437")
    name, ok = decode_name(data)
    return name, None if ok else data.decode("ascii", "backslashreplace")


def _zip(source, name: str, raw, depth: int) -> Iterator[Input]:
    """The members of a zip archive; `source` is its path or, when nested, its bytes in a buffer."""
    try:
        archive = zipfile.ZipFile(source)
        members = archive.infolist()
    except READ_ERRORS as exc:
        yield Input(name, None, _problem(name, f"损坏的 zip 压缩包 / corrupt zip archive ({exc})", "E_UNREADABLE"), raw)
        return
    with archive:
        for info in members:
            if info.is_dir():
                continue
            member, member_raw = _member_name(name, raw, *_zip_name(info))
            problem = _zip_member_problem(info, member)
            if problem:
                yield Input(member, None, problem, member_raw)
                continue
            try:
                with archive.open(info) as stream:
                    head = stream.read(HEAD)
            except READ_ERRORS as exc:
                yield Input(member, None, _problem(member, f"无法读取压缩包成员 / cannot read archive member: "
                                                           f"{type(exc).__name__}: {exc}", "E_UNREADABLE"), member_raw)
                continue
            yield from _member(member, member_raw, head, lambda info=info: _read_member(archive.open(info), member), depth)


def _member(name: str, raw, head: bytes, load, depth: int) -> Iterator[Input]:
    """An archive member as an input, or the inputs inside it when it is an archive itself.
    A zip-like member is read whole: only its directory tells a DOCX from a zip."""
    kind = sniff_head(head, name)
    source = None
    if kind in ("zip", "tar"):
        try:
            data = load()
        except (ParseError, *READ_ERRORS) as exc:
            cause = exc.cause if isinstance(exc, ParseError) else f"{type(exc).__name__}: {exc}"
            yield Input(name, None, _problem(name, f"无法读取压缩包成员 / cannot read archive member: {cause}",
                                             getattr(exc, "code", "E_UNREADABLE")), raw)
            return
        kind, source, load = sniff(data, name), io.BytesIO(data), lambda: data
    yield from _as_inputs(kind, name, raw, source, load, depth)


def _zip_member_problem(info: zipfile.ZipInfo, name: str) -> Optional[ParseError]:
    unsafe = unsafe_name(_zip_name(info)[0])
    if unsafe:
        return _problem(name, unsafe, "E_UNSAFE_MEMBER")
    if stat.S_ISLNK(info.external_attr >> 16):
        return _problem(name, f"压缩包成员是符号链接，不予跟随 / archive member is a symbolic link, not followed: "
                              f"{info.filename}", "E_UNSAFE_MEMBER")
    if info.flag_bits & 0x1:
        return _problem(name, "压缩包成员已加密 / archive member is encrypted (password required)", "E_ENCRYPTED")
    return _size_problem(name, info.file_size, info.compress_size)


def _size_problem(name: str, size: int, packed: int, inflated: Optional[int] = None) -> Optional[ParseError]:
    """Too big, or a bomb: `inflated` (default `size`) against `packed` bytes. A tar is
    one compressed stream, so there it is all the members so far against the archive."""
    if size > MAX_BYTES:
        return _problem(name, f"压缩包成员过大（{size} 字节）/ archive member too large ({size} bytes, "
                              f"limit {MAX_BYTES})", "E_TOO_LARGE")
    inflated = size if inflated is None else inflated
    ratio = inflated // max(packed, 1)
    if size > RATIO_FLOOR and ratio > MAX_RATIO:
        return _problem(name, f"疑似解压炸弹（压缩比 {ratio}:1）/ decompression bomb refused (ratio {ratio}:1)", "E_BOMB")
    return None


def _read_member(stream, name: str) -> bytes:
    # Never trust the header's size: stop reading one byte past the limit.
    with stream:
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _problem(name, f"压缩包成员大于 {MAX_BYTES} 字节 / archive member larger than {MAX_BYTES} bytes",
                       "E_TOO_LARGE")
    return data


def _tar_name(info: tarfile.TarInfo) -> tuple:
    """(name, raw) of a tar member read with surrogate escapes: decoded like a file name."""
    data = info.name.encode("utf-8", "surrogateescape")
    name, ok = decode_name(data)
    return name, None if ok else data.decode("ascii", "backslashreplace")


def _tar(source, name: str, raw, depth: int) -> Iterator[Input]:
    """The members of a tar archive, read in order (a compressed tar is inflated once).
    The bomb rule weighs what the members inflate to against the archive's packed size."""
    try:
        if isinstance(source, str):
            packed = os.path.getsize(source)
            archive = tarfile.open(source, mode="r|*", encoding="utf-8", errors="surrogateescape")
        else:
            packed = len(source.getbuffer())
            archive = tarfile.open(fileobj=source, mode="r|*", encoding="utf-8", errors="surrogateescape")
    except READ_ERRORS as exc:
        yield Input(name, None, _problem(name, f"无法识别的压缩文件 / unreadable or unsupported archive ({exc})",
                                         "E_UNREADABLE"), raw)
        return
    inflated = 0
    with archive:
        try:
            for info in archive:
                if info.isdir():
                    continue
                member, member_raw = _member_name(name, raw, *_tar_name(info))
                problem = (_tar_member_problem(info, member)
                           or _size_problem(member, info.size, packed, inflated + info.size))
                if problem:
                    yield Input(member, None, problem, member_raw)
                    continue
                inflated += info.size
                # A stream member can be read once only: take it whole, then look at it.
                data = _read_member(archive.extractfile(info), member)
                yield from _member(member, member_raw, data[:HEAD], lambda data=data: data, depth)
        except READ_ERRORS as exc:
            yield Input(f"{name}!", None, _problem(f"{name}!", f"压缩包在此处损坏，其后成员未读 / archive damaged here; "
                                                               f"later members not read ({exc})", "E_UNREADABLE"), raw)


def _tar_member_problem(member: tarfile.TarInfo, name: str) -> Optional[ParseError]:
    unsafe = unsafe_name(_tar_name(member)[0])
    if unsafe:
        return _problem(name, unsafe, "E_UNSAFE_MEMBER")
    if member.issym() or member.islnk():
        return _problem(name, f"压缩包成员是链接，不予跟随 / archive member is a link, not followed: {member.name}",
                        "E_UNSAFE_MEMBER")
    if not member.isfile():
        return _problem(name, f"压缩包成员不是普通文件 / archive member is not a regular file: {member.name}",
                        "E_NOT_REGULAR")
    return None
