"""Communiqué: Russian-language news to a source-linked database of political events.

The pipeline is a straight line of stages, one package each:
ingest → clean → nlp → time → actors → events → fuse → store.
"""

__version__ = "0.1.0"
