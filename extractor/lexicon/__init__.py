"""Lexicon tables: plain data, no matching logic.

Every table here is read once by ``extractor.figures.money.grammar`` to compile the patterns, and by
``extractor.figures.money.resolve`` to turn matched words into values. Words are written in simplified
Chinese; traditional forms are accepted through ``scripts.TRADITIONAL``.
"""
