"""facts._unanchored: a rule's first token regex as one part of the alternations that choose the
sentences worth reading (first_cues, kind_cues). Its alternatives stand bare, so that `re` can
scan by their first characters; the patterns are written for these tests."""
import re

import pytest

from govextract.stages import facts


@pytest.mark.parametrize("token, part", [
    ("^(?:张贴|粘贴)$", "张贴|粘贴"),                              # grouped for its anchors' sake: bare
    ("^(其中|包括)$", "其中|包括"),
    ("信息$", "信息"),
    ("微信(?!视频号)|(?<!抖音)公众号", "微信(?!视频号)|(?<!抖音)公众号"),
    ("(其中)|(包括)", "(其中)|(包括)"),                            # two groups, none around the whole
    ("(?<!新)(媒体)", "(?<!新)(媒体)"),
    ("(?i)^app$|客户端", "(?i:app|客户端)"),                        # flags scoped to it
])
def test_a_rule_s_first_token_as_part_of_an_alternation(token, part):
    assert facts._unanchored(token) == part


def test_the_parts_joined_find_what_the_tokens_find():
    tokens = ["^(?:张贴|粘贴)$", "(其中)|(包括)", "(?i)^app$|客户端"]
    joined = re.compile("|".join(facts._unanchored(t) for t in tokens))
    words = ["张贴", "包括", "APP", "客户端", "其中"]
    assert [joined.search("公开" + w + "信息").start() for w in words] == [2] * len(words)
    assert joined.search("公开信息") is None
