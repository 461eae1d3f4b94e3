"""The one exception govextract raises for input it cannot read, and its error codes.

Every error carries a stable `code` beside its words, so a dashboard can count
errors by cause without cutting messages apart. The codes are listed here and
nowhere else; the words may change, the codes do not.
"""

CODES = {
    # a file that is not a report, or not one we read
    "E_EMPTY": "the file is empty",
    "E_TOO_LARGE": "the file is larger than the size limit",
    "E_NOT_A_REPORT": ("readable, but not an annual report (a notice, an index page, a self-inspection or rectification report, "
                       "another report of a body — on rule-of-law government, its whole year's work, a budget —, "
                       "a data file: JSON, TSV, CSS…); the cause says which kind and the line it went by"),
    "E_UNSUPPORTED_TYPE": "a format govextract does not read (images, spreadsheets, OpenDocument, OFD, RAR…)",
    "E_LEGACY_OFFICE": "a legacy Word (.doc/.wps) file: convert it to .docx or PDF first",
    "E_ARCHIVE": "a zip or tar archive given where one report was expected (use `govextract batch`)",
    # a report file that cannot be read
    "E_CORRUPT": "damaged or truncated file (PDF, DOCX, HTML)",
    "E_ENCRYPTED": "password-protected PDF",
    "E_IMAGE_ONLY": "a PDF without a usable text layer (a scan): run OCR first",
    "E_NO_TEXT": "the document has no text or no pages",
    "E_ENCODING": "text in no encoding that could be recognised",
    "E_TIME_LIMIT": "the document took longer than the time limit",
    "E_OPEN": "the file could not be opened",
    "E_INTERNAL": "a bug in govextract: please report it with the file",
    # batch inputs that are not read at all
    "E_UNREADABLE": "an input (file, folder, archive member) that could not be read: I/O error, bad CRC, broken stream",
    "E_UNSAFE_MEMBER": "an archive member named ../… or by an absolute path, or a link inside an archive",
    "E_BOMB": "an archive member that would inflate past the size limit or by an implausible ratio",
    "E_NESTED_TOO_DEEP": "an archive inside archives deeper than the batch opens",
    "E_NOT_REGULAR": "not a regular file: a FIFO, a socket, a device, or a link to one",
    "E_LINK_OUTSIDE": "a symbolic link that leaves the input folder, or a link to a folder (not followed)",
    "E_WORKER": "the worker process parsing this input died",
}

# The code of an error raised without one, by stage.
_BY_STAGE = {"structure": "E_NOT_A_REPORT", "time limit": "E_TIME_LIMIT", "open": "E_OPEN"}


class ParseError(Exception):
    """A file could not be read as a report; says which file, why, at what stage, and `code`."""

    def __init__(self, path, cause: str, stage: str = "read", code: str = None):
        self.path = str(path) if path is not None else None
        self.cause = cause
        self.stage = stage
        self.code = code or _BY_STAGE.get(stage, "E_CORRUPT")
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{cause}")
