"""Paths of the knowledge files shipped with the package, and one YAML loader.

Knowledge (country names, office titles, trigger lexicons, boilerplate patterns,
officeholders) lives in these files, not in code; each loader validates what it reads.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent


class DataFileError(ValueError):
    """A shipped or user-supplied knowledge file does not follow its schema."""


@cache
def load_yaml(name: str) -> Any:
    """Read `name` from the data folder; raises DataFileError naming the file on bad YAML."""
    path = DATA_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def require_keys(name: str, entry: dict, keys: tuple[str, ...]) -> None:
    """Raise DataFileError when a data-file entry lacks one of `keys`."""
    missing = [k for k in keys if k not in entry]
    if missing:
        raise DataFileError(f"{DATA_DIR / name}: entry {entry!r} lacks {', '.join(missing)}")
