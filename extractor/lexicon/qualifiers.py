"""Qualifier words and where they stand. Values: about, over, under.

When a figure has both an about-word and an over- or under-word (约650万元起, 大概8万多), the
over or under wins.
"""

from __future__ import annotations

#: Before the amount (约4.4亿美元, 近6.8亿澳元). 上 counts only before a bare unit (上亿元).
BEFORE: dict[str, str] = {
    "约": "about", "约合": "about", "约为": "about", "约有": "about", "大约": "about", "大概": "about", "大致": "about",
    "差不多": "about", "≈": "about", "约莫": "about",
    "超": "over", "超过": "over", "逾": "over", "至少": "over", "不少于": "over",
    "不低于": "over", "高于": "over", "多于": "over", "起码": "over", "最少": "over",
    "超出": "over", "上": "over", "突破": "over", "破": "over", "最低": "over", "大于": "over",
    "近": "under", "将近": "under", "接近": "under", "不到": "under", "不足": "under",
    "不超过": "under", "至多": "under", "最多": "under", "低于": "under", "少于": "under",
    "未超过": "under", "不及": "under", "未满": "under", "不满": "under",
    "最高": "under", "跌破": "under", "逼近": "under", "小于": "under",
}
#: After the whole amount (500元左右, 10万元以上, 99元起).
AFTER: dict[str, str] = {
    "左右": "about", "上下": "about", "前后": "about",
    "以上": "over", "之上": "over", "起": "over", "起步": "over", "有余": "over",
    "以下": "under", "以内": "under", "之内": "under", "之下": "under",
}
#: Between the number and its magnitude or currency (3100+ 亿元, 10多万元, 十来万元).
INSIDE: dict[str, str] = {"+": "over", "多": "over", "余": "over", "来": "about"}

#: Words after an amount that bound a range when the two follow each other: 5万元以上20万元
#: 以下 is the range 5万–20万 (split by a comma, they stay two records).
OVER_BOUNDS: tuple[str, ...] = ("以上", "之上")
UNDER_BOUNDS: tuple[str, ...] = ("以下", "以内", "之内", "之下")
