"""Other ways of writing the same character: traditional Chinese and full-width forms.

The lexicon is written in simplified characters. The grammar lets each character also
match the forms listed here, and ``resolve`` folds matched text back with ``FOLD`` before
looking words up, so one table entry serves 港币 and 港幣 alike.
"""

from __future__ import annotations

#: Simplified character → its other written forms (traditional, variants).
TRADITIONAL: dict[str, str] = {
    "万": "萬", "亿": "億", "两": "兩", "几": "幾", "数": "數", "个": "個箇", "块": "塊", "币": "幣", "圆": "圓",
    "门": "門", "台": "臺", "钱": "錢", "韩": "韓", "约": "約", "过": "過", "余": "餘", "将": "將", "卢": "盧",
    "兰": "蘭", "纽": "紐", "尔": "爾", "镑": "鎊", "欧": "歐", "马": "馬", "罗": "羅", "贰": "貳", "叁": "參",
    "陆": "陸", "点": "點", "仅": "僅", "达": "達", "为": "為", "来": "來", "时": "時", "周": "週", "吨": "噸",
    "价": "價", "润": "潤", "营": "營", "业": "業", "额": "額", "资": "資", "产": "產", "贷": "貸", "赔": "賠",
    "偿": "償", "奖": "獎", "红": "紅", "学": "學", "费": "費", "预": "預", "内": "內", "码": "碼", "亚": "亞",
    "铢": "銖", "坚": "堅", "联": "聯", "诺": "諾", "谢": "謝", "纳": "納", "里": "裏", "缅": "緬", "挝": "撾",
    "麦": "麥", "岛": "島", "鲁": "魯", "伦": "倫", "满": "滿", "总": "總", "计": "計", "现": "現", "结": "結",
    "续": "續", "报": "報", "发": "發", "买": "買", "卖": "賣", "换": "換", "给": "給", "赚": "賺", "亏": "虧",
    "值": "値", "还": "還", "吗": "嗎", "没": "沒", "与": "與", "后": "後", "礼": "禮", "头": "頭", "钟": "鐘鍾",
    "间": "間", "张": "張", "单": "單", "场": "場", "节": "節", "条": "條", "辆": "輛", "只": "隻", "课": "課",
    "样": "樣", "税": "稅", "险": "險", "补": "補", "贴": "貼", "净": "淨", "负": "負", "债": "債", "务": "務",
    "罚": "罰", "优": "優", "销": "銷", "际": "際", "纸": "紙", "银": "銀", "专": "專", "区": "區", "户": "戶",
    "亩": "畝", "顷": "頃", "升": "昇", "涨": "漲", "标": "標", "开": "開", "盘": "盤", "终": "終", "宝": "寶",
    "宾": "賓", "兹": "茲", "萨": "薩", "图": "圖", "注": "註", "册": "冊", "损": "損", "励": "勵",
    "减": "減", "订": "訂", "证": "證", "于": "於", "获": "獲", "购": "購", "汇": "匯", "兑": "兌",
}
#: Full-width forms of ASCII characters that matter in figures.
FULL_WIDTH: dict[str, str] = {
    **{chr(ord("0") + i): chr(0xFF10 + i) for i in range(10)},
    ".": "．", "+": "＋", "-": "－", "~": "～", "$": "＄", "/": "／", ",": "，", ":": "：",
    **{chr(ord("A") + i): chr(0xFF21 + i) for i in range(26)},
    **{chr(ord("a") + i): chr(0xFF41 + i) for i in range(26)},
}
#: Characters that are invisible inside a figure and are skipped when matching:
#: zero-width space/non-joiner/joiner, word joiner, soft hyphen, BOM, direction marks.
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\u00ad\ufeff"  # zero-width, soft hyphen, BOM
    "\ufe0f\u20e3"  # emoji presentation and the keycap mark: 2️⃣0️⃣0️⃣元 reads 200元
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction marks
)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for simple, others in TRADITIONAL.items():
        for other in others:
            if other != simple:
                table[ord(other)] = simple
    for ascii_char, wide in FULL_WIDTH.items():
        table[ord(wide)] = ascii_char
    return table


#: ``str.translate`` table: any listed form → its simplified/ASCII form.
FOLD: dict[int, str] = _fold_table()
