"""The languages the product speaks, and how a user's choice is normalised."""

from typing import Final

ZH: Final = "zh-CN"
EN: Final = "en"
LANGUAGES: Final[tuple[str, ...]] = (ZH, EN)

_ALIASES: Final[dict[str, str]] = {
    "zh": ZH,
    "zh-cn": ZH,
    "zh_cn": ZH,
    "zh-hans": ZH,
    "cn": ZH,
    "en": EN,
    "en-us": EN,
    "en_us": EN,
    "en-gb": EN,
}


def normalize_language(value: str) -> str:
    """Map 'zh', 'zh_CN', 'EN-us' … onto one of LANGUAGES; raise ValueError otherwise."""
    key = value.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValueError(f"unsupported language {value!r}; use one of {', '.join(LANGUAGES)}")


def other_language(lang: str) -> str:
    """The fallback shown when a question lacks text in `lang`."""
    return EN if lang == ZH else ZH


def list_separator(lang: str) -> str:
    """Between items of a list: Chinese writes 、 (dunhao), English a comma."""
    return "、" if lang == ZH else ", "


def clause_separator(lang: str) -> str:
    """Between items that are phrases themselves: Chinese writes ；, English a semicolon."""
    return "；" if lang == ZH else "; "
