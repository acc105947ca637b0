"""Change words: a figure after one of these states how much something moved.

``股价上涨2.5元至18元`` is a change (2.5元) then the new level (18元), never a range 2.5–18:
``X至Y`` right after a change word reads as two figures. (The facts layer reads the same
words for a fact's ``change``.)
"""

from __future__ import annotations

#: Words that say a figure is an increase.
INCREASE: tuple[str, ...] = (
    "增长", "增加", "上升", "提升", "提高", "上涨", "上调", "调高", "攀升", "成长", "增", "涨", "升",
    "涨了", "增长了", "增加了", "上涨了", "提高了",
)  # fmt: skip
#: Words that say a figure is a decrease.
DECREASE: tuple[str, ...] = (
    "下降", "减少", "下滑", "下跌", "降低", "下调", "调低", "回落", "缩水", "直降", "跌", "降", "减",
    "跌了", "降了", "下降了", "减少了", "下跌了", "下调了",
)  # fmt: skip
