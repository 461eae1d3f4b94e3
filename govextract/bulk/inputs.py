"""What a batch reads: files, folders and archives, as a stream of named inputs.

Archives come from strangers, so members are read in place and never
extracted: no member name can write anywhere. Names that try to (`../`,
absolute paths), links, and members that would inflate past the size limit or
by an implausible ratio (decompression bombs) become inputs that carry an
error instead of bytes, so each still gets its one result row. An archive
inside an archive (a crawl zipped per site, then all sites zipped) is opened
in memory, to a depth of MAX_DEPTH.
"""
from __future__ import annotations

import fnmatch
import io
import os
import stat
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Iterator, Optional

from ..readers import MAX_BYTES, sniff

# Reports compress 3–10×; a member that claims hundreds of times its packed
# size, once it is big enough to matter, is a bomb rather than a report.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024

MAX_DEPTH = 2
_TAR_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd")


@dataclass
class Input:
    name: str                                 # a path, or archive path + "!" + member name
    load: Optional[Callable[[], bytes]]       # valid until the next input is drawn
    error: Optional[str] = None               # why this input cannot be read at all


def walk(paths, exclude=()) -> Iterator[Input]:
    """Every input under `paths`, in a stable order (folders sorted, archives in stored order)."""
    for path in paths:
        path = os.path.normpath(str(path))
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if not _excluded(full, exclude):
                        yield from _file(full)
        elif not _excluded(path, exclude):
            yield from _file(path)


def count(paths, exclude=()) -> int:
    """How many inputs `walk` will give, for the progress bar (members are only peeked at,
    except inside tar archives and nested archives, which can only be read through)."""
    return sum(1 for _ in walk(paths, exclude))


def _excluded(path: str, patterns) -> bool:
    return any(fnmatch.fnmatch(os.path.basename(path), p) or fnmatch.fnmatch(path, p) for p in patterns)


def _file(path: str) -> Iterator[Input]:
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        yield Input(path, None, f"无法打开文件 / cannot open file: {exc.strerror or exc}")
        return
    kind = _archive_kind(head)
    if kind == "zip":
        yield from _zip(path, path, 1)
    elif kind == "tar":
        yield from _tar(path, path, 1)
    else:
        yield Input(path, lambda: _read_file(path))


def _archive_kind(head: bytes) -> Optional[str]:
    """'zip' or 'tar' (compressed or not) by the first bytes; a DOCX is a report, not an archive."""
    if head.startswith(b"PK\x03\x04") and sniff(head) == "zip":
        return "zip"
    if head.startswith(_TAR_MAGIC) or head[257:262] == b"ustar":
        return "tar"
    return None


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


def _zip(source, name: str, depth: int) -> Iterator[Input]:
    """The members of a zip archive; `source` is its path or, when nested, its bytes in a buffer."""
    try:
        archive = zipfile.ZipFile(source)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Input(name, None, f"损坏的 zip 压缩包 / corrupt zip archive ({exc})")
        return
    with archive:
        for info in members:
            if info.is_dir():
                continue
            member = f"{name}!{info.filename}"
            problem = unsafe_name(info.filename) or _zip_member_problem(info)
            if problem:
                yield Input(member, None, problem)
                continue
            with archive.open(info) as stream:
                head = stream.read(512)
                if head.startswith(b"PK\x03\x04"):   # a DOCX or a zip: the difference lies further in
                    head += stream.read(65536 - 512)
            yield from _member(member, head, lambda info=info: _read_member(archive.open(info), info.filename), depth)


def _member(name: str, head: bytes, load, depth: int) -> Iterator[Input]:
    """An archive member as an input, or as the inputs inside it when it is an archive itself."""
    kind = _archive_kind(head)
    if kind:
        yield from _nested(kind, load, name, depth)
    else:
        yield Input(name, load)


def _nested(kind: str, load, name: str, depth: int) -> Iterator[Input]:
    if depth >= MAX_DEPTH:
        yield Input(name, None, f"压缩包嵌套过深（超过 {MAX_DEPTH} 层）/ archive nested more than {MAX_DEPTH} deep: not opened")
        return
    try:
        data = io.BytesIO(load())
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, tarfile.TarError) as exc:
        yield Input(name, None, f"无法读取压缩包成员 / cannot read archive member ({exc})")
        return
    yield from (_zip if kind == "zip" else _tar)(data, name, depth + 1)


def _zip_member_problem(info: zipfile.ZipInfo) -> Optional[str]:
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"压缩包成员是符号链接，不予跟随 / archive member is a symbolic link, not followed: {info.filename}"
    return _size_problem(info.filename, info.file_size, info.compress_size)


def _size_problem(name: str, size: int, packed: Optional[int]) -> Optional[str]:
    if size > MAX_BYTES:
        return (f"压缩包成员过大（{size} 字节）/ archive member too large ({size} bytes, "
                f"limit {MAX_BYTES}): {name}")
    if packed is not None and size > RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
        return (f"疑似解压炸弹（压缩比 {size // max(packed, 1)}:1）/ decompression bomb refused "
                f"(ratio {size // max(packed, 1)}:1): {name}")
    return None


def _read_member(stream, name: str) -> bytes:
    # Never trust the header's size: stop reading one byte past the limit.
    with stream:
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"archive member larger than {MAX_BYTES} bytes: {name}")
    return data


def _tar(source, name: str, depth: int) -> Iterator[Input]:
    """The members of a tar archive, read in order (a compressed tar is inflated once)."""
    try:
        archive = (tarfile.open(source, mode="r|*") if isinstance(source, str)
                   else tarfile.open(fileobj=source, mode="r|*"))
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Input(name, None, f"无法识别的压缩文件 / unreadable or unsupported archive ({exc})")
        return
    with archive:
        try:
            for info in archive:
                if info.isdir():
                    continue
                member = f"{name}!{info.name}"
                problem = unsafe_name(info.name) or _tar_member_problem(info)
                if problem:
                    yield Input(member, None, problem)
                    continue
                # A stream member can be read once only: take it whole, then look at it.
                data = _read_member(archive.extractfile(info), info.name)
                yield from _member(member, data[:65536], lambda data=data: data, depth)
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            yield Input(f"{name}!", None, f"压缩包在此处损坏，其后成员未读 / archive damaged here; later members not read ({exc})")


def _tar_member_problem(member: tarfile.TarInfo) -> Optional[str]:
    if member.issym() or member.islnk():
        return f"压缩包成员是链接，不予跟随 / archive member is a link, not followed: {member.name}"
    if not member.isfile():
        return f"压缩包成员不是普通文件 / archive member is not a regular file: {member.name}"
    return _size_problem(member.name, member.size, None)
