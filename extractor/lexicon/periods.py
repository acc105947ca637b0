"""Words for what an amount is per (``per``): periods and unit nouns."""

from __future__ import annotations

#: Word as written (simplified) → value of ``per``. Periods get English names; unit
#: nouns keep the noun, with spelling variants folded (平米 → 平方米).
PER_WORDS: dict[str, str] = {
    "年": "year", "年度": "year",
    "季度": "quarter", "季": "quarter",
    "月": "month",
    "周": "week", "星期": "week", "礼拜": "week",
    "天": "day", "日": "day",
    "小时": "hour", "钟头": "hour",
    "股": "股", "手": "手", "吨": "吨", "桶": "桶", "盎司": "盎司",
    "平方米": "平方米", "平米": "平方米", "平": "平方米", "㎡": "平方米", "m²": "平方米",
    "坪": "坪",  # Taiwan floor area
    "人": "人", "位": "位", "次": "次", "件": "件", "个": "个", "台": "台", "辆": "辆",
    "张": "张", "份": "份", "晚": "晚", "间": "间", "套": "套", "单": "单", "瓶": "瓶",
    "箱": "箱", "本": "本", "场": "场", "课时": "课时", "分钟": "分钟",
    "克": "克", "千克": "千克", "公斤": "公斤", "斤": "斤", "kg": "kg", "g": "g",
    "度": "度", "千瓦时": "千瓦时", "kWh": "kWh", "亩": "亩", "公顷": "公顷",
    "米": "米", "公里": "公里", "升": "升", "毫升": "毫升", "立方米": "立方米",
    "头": "头", "只": "只", "条": "条", "部": "部", "节": "节", "支": "支", "包": "包",
}
#: Words that, written right before an amount, mean "per …": 人均100元.
PER_PREFIX_WORDS: dict[str, str] = {"人均": "人", "户均": "户", "日均": "day", "月均": "month", "年均": "year"}
