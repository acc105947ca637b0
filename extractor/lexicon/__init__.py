"""Lexicon tables: plain data, no matching logic.

Every table here is read once by ``extractor.grammar`` to compile the patterns, and by
``extractor.resolve`` to turn matched words into values. Words are written in simplified
Chinese; traditional forms are accepted through ``scripts.TRADITIONAL``.
"""
