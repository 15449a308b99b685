"""A verb before 的 only says which thing is meant (违规发放的钱, 重复发放的31.62万元); the verb that
acts on it comes after (要了回来, 已全部收回). Both the question's asking verb and the figure's own verb
are read that way."""
from pipeline.actions import action_conflict, asked_actions, classes


def test_paying_out_is_spending():
    assert "spend" in classes("发放")


def test_the_asking_verb_is_the_one_after_a_qualifying_verb():
    assert asked_actions("琠州市一共把多少违规发放的钱要了回来?") == ["要回来"]
    assert asked_actions("把多少户、多少人从低保里拿掉了") == ["拿掉", "拿掉"]


def test_a_figure_qualified_by_one_verb_and_acted_on_by_another_takes_the_later_verb():
    # 重复发放的31.62万元已全部收回: what was recovered, asked as 收回
    assert action_conflict("重复发放问题收回的资金多少万元?", "重复发放的", "已全部收回并上缴县财政") is None
    # with nothing done to it after, the qualifying verb is still the figure's own: paid out is not recovered
    assert action_conflict("一共要回来多少钱?", "全市通过一卡通发放补贴资金", "") == ("要回来", "发放")
