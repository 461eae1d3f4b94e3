"""Made-up 2021-template report bodies (their year left open) that the meta tests put under
titles, openings and page chrome of their own: BODY speaks as 本机关, SHORT as whoever a test
says (我乡, 我局, a body's name), since who the text says it is can decide the agency."""

BODY = """一、总体情况
{y}年，本机关坚持以公开为常态、不公开为例外，围绕中心工作和群众关切完善信息发布审核机制，加强政策解读，全年主动公开政府信息215条，未收到政府信息公开申请，工作在规范化方面取得新进展。
二、主动公开政府信息情况
通过政府网站发布信息180条，通过政务微信公众号发布信息35条。
三、收到和处理政府信息公开申请情况
本年度新收政府信息公开申请0件。
四、政府信息公开行政复议、行政诉讼情况
未发生行政复议和行政诉讼。
五、存在的主要问题及改进情况
一是公开时效有待提高；二是解读形式较单一。下一步将完善审核机制，丰富解读形式。
六、其他需要报告的事项
无。
"""


def body(year: int) -> str:
    return BODY.format(y=year)


SHORT = """一、总体情况
{y}年，{self}坚持以公开为常态、不公开为例外，全年主动公开政府信息52条，未收到政府信息公开申请。
二、主动公开政府信息情况
通过政府网站发布信息52条。
三、收到和处理政府信息公开申请情况
本年度新收政府信息公开申请0件。
四、政府信息公开行政复议、行政诉讼情况
未发生行政复议和行政诉讼。
五、存在的主要问题及改进情况
一是公开内容不够全面；二是解读形式较单一。下一步将加强培训，丰富解读形式。
"""


def short_body(year: int, speaker: str) -> str:
    return SHORT.format(y=year, self=speaker)
