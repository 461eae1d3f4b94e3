"""The one exception govextract raises for input it cannot read."""


class ParseError(Exception):
    """A file could not be read as a report; says which file, why, and at what stage."""

    def __init__(self, path, cause: str, stage: str = "read"):
        self.path = str(path) if path is not None else None
        self.cause = cause
        self.stage = stage
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{cause}")
