"""Line breaks inside a paragraph of Japanese or Chinese: browsers show each as a space, which these
languages do not put between words or sentences. Writers wrap their Markdown lines (diffs stay
readable), so the build joins a line that ends with a CJK character to the next one that starts
with one. Headings, list items, tables and blank lines are never joined."""
import re

CJK = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
# A CJK character, or the end of a link or emphasis, at the end of a line; then a next line that
# starts with a CJK character, a link or emphasis (never a Markdown block marker such as "- ").
WRAP = re.compile(rf"([{CJK})\]*`])[ \t]*\n[ \t]*(?=[{CJK}\[(`]|\*\*\S)")


def join_cjk_lines(markdown: str) -> str:
    lines_out = []
    for block in re.split(r"(\n[ \t]*\n)", markdown):
        if block.lstrip().startswith("#"):
            lines_out.append(block)  # a heading line stays alone (its paragraph follows a blank line)
        else:
            lines_out.append(WRAP.sub(r"\1", block))
    return "".join(lines_out)
