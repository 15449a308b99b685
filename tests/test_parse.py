from pipeline.parse import default_subject, parse

UNIT_NOTICE = """近期,巡察整改阶段性任务已经完成,现将甲开发区等2个单位整改情况予以通报。
甲开发区
针对治污措施存在薄弱环节问题。一是新建污水管网30.6公里。二是完成3个小区雨污分流改造。
针对征地留用地突出问题。完成留用地清查工作。目前已确定17宗留用地选址。
市医疗保障局
针对药品耗材采购费用还有压缩空间问题。开展集中采购,节约费用1.2亿元。
"""

THEME_NOTICE = """根据统一部署,市委第一巡察组对乙区党工委开展了巡察。现将整改进展情况予以公布。
一、提高政治站位
(一)加强组织领导。成立领导小组。
二、整改工作进展情况
(一)组织建设不够扎实问题
1.针对部分班子成员抓党建意识薄弱问题。一是召开专题会议2次。二是约谈10人。
2.对学习教育不深入问题,着重从两个方面整改。
问题3:项目谋划深度不够。对接政策不精准。
一是加强政策研究。二是储备项目20个。
"""

PROGRAMME_NOTICE = """丙区公布专项整治工作成果。
    一、低保专项治理

    牵头单位:区民政局

    工作成果:核对低保家庭2386户。
    二、违规家教问题专项整治

    牵头单位:区教育局

    工作成果:查处3人。
"""


def _check(text, outline):
    for i in outline.issues:
        assert text[i.start:i.end] == i.text
        for m in i.measures:
            assert text[m.start:m.end] == m.text
    for h in outline.headings:
        assert text[h.start:h.end] == h.text


def test_unit_sections_issues_and_measures():
    o = parse("u", UNIT_NOTICE)
    _check(UNIT_NOTICE, o)
    assert [s.subject for s in o.sections] == ["甲开发区", "市医疗保障局"]
    assert [i.text for i in o.issues] == ["治污措施存在薄弱环节问题", "征地留用地突出问题", "药品耗材采购费用还有压缩空间问题"]
    assert [i.subject for i in o.issues] == ["甲开发区", "甲开发区", "市医疗保障局"]
    first = o.issues[0]
    assert [m.text[:2] for m in first.measures] == ["一是", "二是"]
    assert o.subject_at(UNIT_NOTICE.index("1.2亿元")) == "市医疗保障局"


def test_theme_notice_levels_and_default_subject():
    o = parse("t", THEME_NOTICE)
    _check(THEME_NOTICE, o)
    texts = [i.text for i in o.issues]
    assert "组织建设不够扎实问题" in texts
    assert "部分班子成员抓党建意识薄弱问题" in texts
    assert "学习教育不深入问题" in texts
    assert "项目谋划深度不够" in texts
    assert "加强组织领导" not in " ".join(texts)
    parent = next(i for i in o.issues if i.text == "组织建设不够扎实问题")
    child = next(i for i in o.issues if i.text == "部分班子成员抓党建意识薄弱问题")
    assert child.parent == parent.id
    assert o.default_subject == "乙区"
    assert o.subject_at(THEME_NOTICE.index("约谈")) == "乙区"


def test_programme_sections_take_the_programme_and_lead():
    o = parse("p", PROGRAMME_NOTICE)
    assert [(s.subject, s.lead) for s in o.sections] == [("低保专项治理", "区民政局"), ("违规家教问题专项整治", "区教育局")]
    assert o.subject_at(PROGRAMME_NOTICE.index("3人")) == "违规家教问题专项整治"


def test_default_subject_patterns():
    assert default_subject("2019年3月18日至5月18日,省委第七巡视组对鹤山市进行了巡视。") == "鹤山市"
    assert default_subject("关于巡察安定区有关部门和乡镇的反馈意见") == "安定区"
    assert default_subject("没有可识别的主体。", {"place": "某市"}) == "某市"


def _widen(text: str) -> str:
    """The same notice as most sites publish it: full-width ，；：（）！？ (one character for one)."""
    return text.translate(str.maketrans({",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "(": "\uff08", ")": "\uff09", "!": "\uff01", "?": "\uff1f"}))


def test_full_width_punctuation_parses_like_ascii():
    from tests.conftest import CORPUS

    for path in sorted(CORPUS.glob("*.txt")):
        ascii_text = path.read_text(encoding="utf-8")
        wide = _widen(ascii_text)
        a, w = parse("d", ascii_text), parse("d", wide)
        assert [(i.start, i.end) for i in a.issues] == [(i.start, i.end) for i in w.issues], path.name
        assert [(m.start, m.end) for i in a.issues for m in i.measures] == [(m.start, m.end) for i in w.issues for m in i.measures]
        _check(wide, w)
        assert [s.subject for s in w.sections] == [_widen(s.subject) for s in a.sections]


def test_full_width_sentences_and_chunks():
    from pipeline.answer import sentences
    from pipeline.chunk import split_spans

    text = _widen("第一句,有逗号;第二句。第三句!第四句?") * 20
    spans = sentences(text, 0, 10)
    assert spans and all(text[a:b].strip() for a, b in spans)
    for s, e in split_spans(text, 30, 5):
        assert not text[s:e].startswith("\uff1b")
