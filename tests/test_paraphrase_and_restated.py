"""Session 51, on invented notices (places 盚, 盝): a reader's words for what was done, the ones due beside
the ones done, a sum named as one thing, and an amount restated away from where its measure is said.

- 自我排查 is 自查; 已经做完了 asks the ones done, not 应参加… (the ones due) of the same sentence family;
- 拉走 is 清运; 建筑垃圾和工业固废乱倒乱堆,一共… is one thing when a row names both, 工业固废 short for
  一般工业固体废物, and states one figure for them;
- 花的钱比原来的预算多出百分之多少 asks 超概算 (going over a budget);
- 查封扣押的涉案车辆: 涉案 says which vehicles, the act asked is 扣押;
- 从犯罪分子手里收缴上来的: whose hands the money came from is no kind of it;
- 在已退还的1573.8万元中,…: the amount named back; its measure is said where it was first stated.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import asked_actions
from pipeline.evidence import officialese
from tests.answering import answered, build_answerer

HEALTH = """盚湖区卫生健康局关于医疗卫生领域不正之风集中整治阶段性进展的通报

一、自查自纠情况

全区应参加自查自纠的医疗卫生机构共86家（其中：公立医院4家、社区卫生服务中心19家、民营医疗机构63家）。截至6月底，全区已完成自查自纠81家，完成率94.2%。

二、生态环境问题整改进展

序号	问题	责任单位	整改时限	整改进展
3	全区部分地区建筑垃圾、一般工业固体废物非法倾倒问题突出	区城管局、区生态环境分局	2025年12月底	开展专项排查整治，排查发现倾倒点位158个，已清理整治141个，清运固体废物31.7万吨。

今年全区计划清理历史遗留固体废物堆存点40个，截至6月底已完成28个，清运处置固体废物9.6万吨。

三、国有企业投资项目

盚州城投集团承建的盚西物流园项目，初步设计概算2.8亿元，实际完成投资3.71亿元，超概算32.5%，未按规定报批调整概算。
"""

TOWN = """盝河镇党委关于扫黑除恶常态化“村霸”整治成果的公示

——全镇共打掉“村霸”团伙3个，抓获犯罪嫌疑人27人。

——依法查封、扣押、冻结涉案资产共计214.3万元，其中冻结现金及存款61.2万元，扣押车辆价值52.8万元，查封房产价值100.3万元。

——依法追缴违法所得31.6万元，已全部上缴国库。

——坚持打财断血，深挖彻查“村霸”团伙攫取的非法利益，防止违法犯罪分子在经济上东山再起。
"""

TUTORING = """盝东县教育局“双减”专项治理新闻发布会实录

一是机构压减有力有序。全县学科类校外培训机构由原来的214家压减至37家，压减率82.7%。

二是退费工作有序推进。专项治理期间，全县共受理学员退费申请4210件，已办结4032件，办结率95.8%；累计退还培训费用1573.8万元，涉及学员6315人。

三是预收费监管全面覆盖。全县纳入监管的预收费资金3218.6万元，冻结违规机构账户资金27.4万元。

四是家长投诉办理及时。全年受理家长投诉612件，办结598件。

五是家长满意度稳步提升。培训机构收取学费一律进入监管账户，家长可通过小程序查询学费去向。培训机构预收学费周期不超过3个月。家长反映的学费问题，由县教育局学费纠纷调解室统一受理，对违规收取学费的培训机构依法查处。

从退费方式看，在已退还的1573.8万元中，通过调解退还1102.6万元，通过诉讼执行退还203.4万元，其余为机构主动退还。家长不用跑法院就能拿回学费。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s51", [
        ("chahu-yiliao-zhengzhi-2025", HEALTH, "盚湖区"),
        ("luhe-cunba-2025", TOWN, "盝河镇"),
        ("ludong-shuangjian-2025", TUTORING, "盝东县"),
    ], "2025-07-20")


def test_a_readers_words_for_the_act():
    assert officialese("做完自我排查") == "做完自查"
    assert officialese("最后花钱比原来预算多出") == "最后超预算"
    assert asked_actions("盝河镇查封扣押的涉案车辆加起来价值多少") == ["扣押"]


def test_the_ones_done_not_the_ones_due(answerer):
    answered(answerer, "到6月底，盚湖区有多少家医院和诊所已经做完了自我排查？", "81家")
    answered(answerer, "盚湖区应参加自查自纠的医疗卫生机构有多少家？", "86家")


def test_two_things_named_as_one_and_carted_away(answerer):
    answered(answerer, "盚湖区整治建筑垃圾和工业固废乱倒乱堆，一共拉走了多少吨？", "31.7万吨")


def test_going_over_a_budget(answerer):
    answered(answerer, "盚州城投建的那个物流园，最后花的钱比原来的预算多出百分之多少？", "32.5%")


def test_an_attribute_is_no_act_and_whose_hands_is_no_kind(answerer):
    d = answered(answerer, "盝河镇查封扣押的涉案车辆和房产加起来价值多少？", "153.1万元")
    assert "52.8万元" in d["answer"] and "100.3万元" in d["answer"]
    answered(answerer, "盝河镇这轮整治村霸，从犯罪分子手里收缴上来的非法收入有多少？", "31.6万元")


def test_an_amount_named_back_is_measured_where_first_stated(answerer):
    d = answered(answerer, "盝东县这轮整治下来，培训机构一共给家长退回了多少学费？", "1573.8万元")
    assert any("累计退还培训费用" in c["quote"] for c in d["citations"]), d
