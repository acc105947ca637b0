"""Fuzzers for finfig: ``python -m fuzz.run`` (mutation or hypothesis, no extra packages) and
``python -m fuzz.fuzz_extract`` (coverage-guided, with atheris). See docs/robustness.md."""
