"""Which words the patterns try first.

An alternation of many words is tried one branch after another, so where the grammar offers
many words at one place (the unit after a number, the word before one), the branch for a
common first character should come early. This only changes speed, never what matches:
branches that begin with different characters cannot both match at the same place.
"""

from __future__ import annotations

#: Characters that most often begin such a word in Chinese financial text, most common
#: first: magnitudes, 元 and the main currencies, units, then the last characters of the
#: words before a number (约, 为, 达...), as the prefix is matched backwards.
COMMON_FIRST = (
    "亿万元美千百十港欧日英澳人块个多余左以上下每/"
    "约为达至到超近逾合计价额薪付入资金币股$¥￥"
)
