"""Offline machine translation into English with Argos Translate packages, one per source language.

``models`` installs and finds packages, ``engine`` batches sentences through CTranslate2,
``cache`` remembers results, ``glossary`` masks terms, ``guards`` checks the output, and
``stage`` fills the dossier's missing English and writes it to the translation memory.
Nothing here opens a network connection except ``models.download``, which a user asks for.
"""
