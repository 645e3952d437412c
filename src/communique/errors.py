"""Exceptions of the core; only the CLI turns them into messages."""


class CommuniqueError(Exception):
    """Base class of the errors Communiqué raises on purpose."""


class InputError(CommuniqueError):
    """An input file is unreadable, empty or not text."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class GoldFormatError(CommuniqueError):
    """A gold file does not follow `communique-gold/1`."""
