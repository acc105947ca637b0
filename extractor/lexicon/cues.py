"""Money cues: words that make a bare amount after them money in CNY (月薪2万).

``CUES`` maps the cue to the ``per`` it implies (月薪 → month) or ``None``.
"""

from __future__ import annotations

CUES: dict[str, str | None] = {
    # pay
    "月薪": "month", "年薪": "year", "日薪": "day", "时薪": "hour", "周薪": "week",
    "底薪": None, "工资": None, "月工资": "month", "薪资": None, "薪水": None, "薪酬": None,
    "年终奖": None, "奖金": None, "月收入": "month", "年收入": "year", "税前": None, "税后": None,
    # housing and recurring payments
    "首付": None, "月供": "month", "房租": None, "月租": "month", "租金": None, "月租金": "month",
    "年租金": "year", "日租": "day", "房贷": None, "物业费": None, "年费": "year", "月费": "month",
    "会费": None, "押金": None, "定金": None, "订金": None, "保证金": None,
    # prices
    "价格": None, "售价": None, "单价": None, "总价": None, "定价": None, "报价": None,
    "标价": None, "原价": None, "现价": None, "特价": None, "均价": None, "房价": None,
    "票价": None, "起价": None, "成交价": None, "股价": None, "收盘价": None, "开盘价": None,
    "目标价": None, "发行价": None, "到手价": None, "优惠价": None, "零售价": None, "市价": None,
    # company finance
    "净利润": None, "利润": None, "净利": None, "毛利润": None, "营收": None, "营业收入": None,
    "营业额": None, "销售额": None, "成交额": None, "交易额": None, "总收入": None,
    "估值": None, "市值": None, "身价": None, "融资": None, "募资": None, "总资产": None,
    "净资产": None, "注册资本": None, "负债": None, "债务": None, "亏损": None, "净亏损": None,
    "现金流": None, "分红": None, "股息": None, "红利": None, "现金红利": None, "派发现金红利": None,
    "派息": None, "派现": None, "配息": None, "股利": None, "现金股利": None, "总额": None, "金额": None, "余额": None,
    "存款": None, "贷款": None, "借款": None, "欠款": None, "罚款": None, "罚金": None,
    "赔偿": None, "赔偿金": None, "补贴": None, "补助": None, "奖励": None, "红包": None,
    "彩礼": None, "学费": None, "预算": None, "成本": None, "费用": None, "花费": None,
    "消费": None, "支出": None, "收益": None, "净值": None,
    # pay, as job posts and payslips write it
    "起薪": None, "到手": None, "月入": "month", "实发": None, "提成": None, "签字费": None,
    "安家费": None, "服务费": None,
    # transfer slang: 借我500, V我88
    "借我": None, "转我": None, "V我": None, "v我": None,
}
#: Words allowed between a cue and the amount: 净利润为2.3亿, 售价：299.
LINKS: tuple[str, ...] = (
    "为", "是", "达", "达到", "高达", "仅", "仅为", "只有", "共计", "合计", "总计",
    "：", ":", "增至", "降至", "升至", "涨至", "跌至",
    # a cue still reaches its amount across these (月薪在2万左右, 年薪普遍在30万, 薪资能开到12k)
    "在", "普遍在", "一般在", "基本在", "都在", "大约在", "约在", "能给到", "给到", "能开到",
    "开到", "能拿到", "拿到", "就要", "要",
)
#: Characters that may follow a bare amount (no currency word) for it to still be money:
#: punctuation, the end, and a few function words. 月薪2万的工作 yes; 融资3轮 no.
BARE_FOLLOWERS = (
    "的了就都也还又呢吧啊吗呀哦和与及或而但却不没已能要可才每到至起左上以多余买卖换花给付赚亏值在是被让对从把比算够"
    "之约"  # 之间, 之内; 约 begins the next figure (4509.2块约合…)
    "你我他她它您咱这那"  # 这300块你收好, 给了5000他就走
    "嘅咗啦喎咩㗎囉嘞吖咋喇噃"  # Cantonese particles: 兩三蚊嘅嘢, 七蚊咋
)

#: Offers: 满199减30 is two amounts, the spend and what it takes off (or gives: 满1000送200).
OFFER_START = "满"
OFFER_WORDS: tuple[str, ...] = ("减", "立减", "送", "返", "赠")
