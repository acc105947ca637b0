"""finfig: money figures in Chinese text as exact, typed records.

>>> from extractor import extract, parse
>>> [(m.text, m.value, m.currency, m.qualifier) for m in extract("营收近6.8亿澳元")]
[('近6.8亿澳元', Decimal('680000000'), 'AUD', 'under')]
>>> parse("壹佰贰拾元整").value
Decimal('120')
"""

from extractor.api import extract, parse
from extractor.errors import ParseError
from extractor.models import Money

__all__ = ["Money", "ParseError", "__version__", "extract", "parse"]
__version__ = "0.1.0"
