"""Citations: every rule points to the official text it implements.

Only official sources count as authority; tests check every URL against OFFICIAL_DOMAINS.
"""
from dataclasses import dataclass
from urllib.parse import urlparse

# Domains of public bodies whose pages the site and the rules may cite as authority.
OFFICIAL_DOMAINS = (
    "moj.go.jp",
    "isa.go.jp",
    "laws.e-gov.go.jp",
    "houterasu.or.jp",
    "mofa.go.jp",
    "courts.go.jp",
    "nichibenren.or.jp",
)

ICRRA_URL = "https://laws.e-gov.go.jp/law/326CO0000000319"
ISA_DEPARTURE_ORDER_URL = (
    "https://www.moj.go.jp/isa/deportation/procedures/tetuduki_taikyo_syutukoku_00001.html"
)


def is_official(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return urlparse(url).scheme == "https" and any(
        host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS
    )


@dataclass(frozen=True)
class Citation:
    """A provision of a law or guideline. `law` and `article` are message keys and `args` the
    article pattern's fields, so the reader sees them in their language; `url` is the official text."""

    law: str  # catalog key of the law's name, e.g. "law.icrra"
    article: str  # catalog key of the article pattern, e.g. "article.item"
    url: str
    args: tuple = ()  # arguments of the article pattern, e.g. (("article", "24-3"), ("item", "1"))


def icrra(article: str, item: str | None = None, para: str | None = None, proviso: bool = False) -> Citation:
    """A citation of the Immigration Control and Refugee Recognition Act on e-Gov: an article,
    an item of it, an item of one of its paragraphs, or a paragraph's proviso."""
    url = f"{ICRRA_URL}#Mp-At_{article.replace('-', '_')}"
    args = (("article", article),) + ((("para", para),) if para else ()) + ((("item", item),) if item else ())
    pattern = ("article.proviso" if proviso else "article.para_item" if para and item
               else "article.item" if item else "article.para" if para else "article.article")
    return Citation("law.icrra", pattern, url, args)
