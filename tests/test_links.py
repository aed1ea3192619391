"""The published site has no broken internal link or anchor, in any locale."""
from scripts.check_links import problems


def test_every_internal_link_and_anchor_resolves(site_dir):
    assert problems(site_dir) == []


def test_the_checker_finds_broken_links_and_anchors(tmp_path):
    (tmp_path / "index.html").write_text('<link rel="canonical" href="https://x.github.io/repo/">'
                                         '<a href="a/">ok</a><a href="a/#there">ok</a>'
                                         '<a href="b/">gone</a><a href="a/#nowhere">no anchor</a>'
                                         '<a href="/elsewhere/">outside the site path</a>'
                                         '<a href="https://www.moj.go.jp/isa/">external</a>')
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="there">x</h2>')
    assert problems(tmp_path) == [
        "index.html: broken link b/",
        "index.html: missing anchor #nowhere in a/#nowhere",
        "index.html: broken link /elsewhere/",
    ]
