"""Bilingual dossiers of the foreign press (each article in its own language, with its English):
ingest, clean, merge, translate, render."""

__version__ = "0.1.0"
