"""finfig's benchmark suite: accuracy and speed side by side with JioNLP.

Not part of the test suite and not run by CI. Run ``python -m benchmarks --help`` from the
repository root; ``docs/benchmarks.md`` explains every number.
"""
