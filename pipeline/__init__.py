"""Bilingual Arabic/English press dossiers: ingest, clean, merge, translate, render."""

__version__ = "0.1.0"
