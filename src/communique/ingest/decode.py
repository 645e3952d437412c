"""Bytes of a text file to str: BOMs, UTF-8, then charset-normalizer (cp1251, koi8-r, ...)."""

from __future__ import annotations

import charset_normalizer

from communique.errors import InputError

# Share of control characters above which decoded "text" is taken for binary data.
# Real news text has none besides newlines and tabs; 1% leaves room for stray bytes.
MAX_CONTROL_SHARE = 0.01
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(name: str, data: bytes) -> str:
    """Decode bytes of a text file; raises InputError for empty or binary content."""
    if not data.strip():
        raise InputError(name, "file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked_text(name, data.decode(codec, errors="strict"))
    try:
        return _checked_text(name, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _is_utf16_without_bom(data):
        raise InputError(name, "binary file (not text)")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(name, "binary file or unknown text encoding")
    return _checked_text(name, str(best))


def _is_utf16_without_bom(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


def _checked_text(name: str, text: str) -> str:
    if not text.strip():
        raise InputError(name, "file is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(name, "binary file (not text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
