"""Times a bulletin or a progress report states without a date: its own issue (本期, 本周(…)), the
running total beside it (累计), and the time since an event (反馈以来). Invented sentences."""
from pipeline.facts import annotate
from pipeline.figures import extract_figures


def periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period for f in annotate(text, extract_figures("t", text))}


def test_this_issue_and_the_running_total_are_each_figures_time():
    got = periods("新建改造雨污分流管网本期6.8公里、累计27.4公里。本期办结信访件21件,累计办结178件。")
    assert got["6.8公里"] == "本期" and got["27.4公里"] == "累计"
    assert got["21件"] == "本期" and got["178件"] == "累计"


def test_a_week_with_its_dates_is_one_period():
    got = periods("本周(3月16日—3月22日)全区新增投诉42件。")
    assert got["42件"] == "本周(3月16日—3月22日)"


def test_running_total_alone_is_no_period():
    """累计 is a time only beside the bulletin's own issue; elsewhere it is an adverb."""
    assert periods("今年共查处问题30个,累计追缴资金120万元。")["120万元"] != "累计"


def test_since_an_event_opens_its_clause():
    got = periods("反馈以来,集团党委召开专题会议11次。专项整治开展以来,共排查问题线索56条。")
    assert got["11次"] == "反馈以来" and got["56条"] == "专项整治开展以来"


def test_words_that_only_look_like_an_issue_are_not_periods():
    got = periods("资本期末余额为3.2亿元,日本周边企业12家。")
    assert got.get("3.2亿元") is None and got.get("12家") is None
