"""A reader's words for the things notices count, and the field's own: 坏账 is 不良贷款, 黄牛 a …贩子.

General vocabulary, not any notice's wording: the matcher reads an asked measure in both (evidence.py), the
search looks for the field's word too (question.py), and a sentence holding the field's word holds the
reader's (answer.py).
"""
from __future__ import annotations

import re

# a reader's words for the things notices count, and the field's own (general vocabulary, not a notice's)
_OFFICIAL = {
    "坏账": "不良贷款", "烂账": "不良贷款", "呆账": "不良贷款", "好处费": "回扣", "好处": "回扣财物", "红包": "礼金",
    "油钱": "燃油费", "油费": "燃油费", "过路费": "通行费", "工钱": "工资", "低保钱": "低保金", "养老钱": "养老金",
    "救命钱": "救助资金", "看病钱": "医疗费用", "医药费": "医疗费用", "饭钱": "餐费", "房租": "租金", "罚单": "罚款",
    "违建": "违法建设", "违章房": "违法建筑", "供货商": "供应商", "达标率": "合格率", "黑诊所": "非法行医", "小摊": "摊点", "摊贩": "摊点", "饭店": "餐饮单位",
    "餐馆": "餐饮单位", "药房": "药店", "公车": "公务用车", "老百姓": "群众", "村官": "村干部", "学费": "学费",
    "被坑的钱": "经济损失", "被骗的钱": "经济损失", "损失的钱": "经济损失", "赃款": "违纪违法所得", "黑钱": "违纪违法所得",
    "村里的钱": "集体资金", "集体的钱": "集体资金", "公家的钱": "公款", "公家房子": "国有房产", "公房": "国有房产",
    "去世": "已故死亡", "过世": "已故死亡", "死了的": "已故", "打官司": "诉讼", "告上法庭": "起诉", "电话": "来电", "投诉电话": "热线来电", "单子": "工单", "厕所": "户厕", "路灯": "路灯", "补课": "培训",
    "化债": "化解债务", "上学名额": "学位", "入学名额": "学位", "多出来": "新增", "毛病": "问题", "噪音": "噪声",
    "纪检监察机关": "纪委监委",  # (the generic name for the institution a place's 纪委监委 is)
    "扣驾照分": "记分", "扣驾驶证分": "记分", "扣分": "记分", "没过关": "不合格", "不过关": "不合格", "没通过": "不合格", "自我排查": "自查", "自我检查": "自查", "拉走": "清运", "运走": "清运", "变回耕地": "复耕", "恢复成耕地": "复耕",
    "网上": "网络", "卖药": "销售药品", "认可": "满意", "反复": "重复", "违章建筑": "违法建筑", "违章搭建": "违法建设", "吃喝招待": "公务接待", "招待吃喝": "公务接待", "赔了": "亏损", "赔钱": "亏损", "亏了": "亏损", "亏掉": "亏损", "亏钱": "损失",
    "处理完": "办结", "办完": "办结", "清掉": "清理", "处理完毕": "办结", "黄牛": "贩子",  # (倒卖挂号的黄牛, 票务黄牛: the trade word for a scalper is …贩子)
    "黑名单": "失信", "端掉": "取缔", "端了": "取缔", "乱象": "问题", "上门": "入户", "没按时还": "逾期", "没按期还": "逾期",
    "拖着没还": "逾期未还", "欠着没还": "逾期未还",
    "限制人身自由": "留置", "关起来": "留置", "送钱": "行贿", "送好处": "行贿", "踢出": "清退", "赶出": "清退",
}
_OVER_BASE = re.compile(r"(?:实际)?(?:花(?:的)?钱|花费|投资|造价|费用|成本|支出)?比(?:原来|原先|最初|当初|原定)?(?:批下来|批复|定下|核定|批准)?的?(预算|概算|计划|合同价?)(?:多出|多了|超出|超了|高出|多花了?|多)")
_OFFICIAL_RE = re.compile("|".join(sorted(map(re.escape, _OFFICIAL), key=len, reverse=True)))


def officialese(asked: str) -> str:
    """The asked measure with a reader's words replaced by the field's (把坏账收回 → 把不良贷款收回)."""
    out = _OFFICIAL_RE.sub(lambda m: _OFFICIAL[m.group(0)], asked)
    # (黑液化气点, 黑作坊, 黑加油站: what a reader calls 黑 a notice calls 非法; not 黑恶, 黑臭水体, 黑色, 黑土)
    out = re.sub(r"(?<![扫涉打])黑(?![名恶社臭色土龙板夜客钱箱白])(?=[\u4e00-\u9fff]{2})", "非法", out)
    # (比原来预算多出百分之多少: going over a budget or plan is what a notice calls 超预算, 超概算, 超计划)
    out = _OVER_BASE.sub(lambda m: "超" + m.group(1), out)
    # (群众满意的比例 → 群众满意率: a share asked in words is the rate a notice names with 率)
    if re.search(r"[和与跟同及之]", out):
        return out  # (学生和老师的人数比例: a ratio of two things, no rate of one)
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})的?(?:比例|比率|百分比)$", "率", out)
