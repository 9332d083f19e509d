"""Board nicknames: generated bilingual ones, and the filter every nickname passes.

A kiosk asks for no personal data, so a visitor either picks a generated name
("勇敢的熊猫 Brave Panda") or types one on the on-screen keyboard. Typed names go
through `check_nickname`, which normalises what people use to slip a word past a
filter (case, full-width letters, spacing and punctuation, leetspeak, repeated
letters) before comparing with the Chinese and English blocklists.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MAX_NICKNAME = 32  # generated names reach 26 characters
MAX_TYPED = 16  # what the on-screen keyboard accepts

#: (zh, en) pairs that combine into friendly, IP-flavoured names.
_ADJECTIVES = (
    ("勇敢的", "Brave"),
    ("聪明的", "Clever"),
    ("好奇的", "Curious"),
    ("闪亮的", "Shiny"),
    ("敏捷的", "Swift"),
    ("快乐的", "Happy"),
    ("机智的", "Witty"),
    ("创新的", "Inventive"),
    ("认真的", "Careful"),
    ("热情的", "Keen"),
    ("诚实的", "Honest"),
    ("安静的", "Quiet"),
)
_NOUNS = (
    ("熊猫", "Panda"),
    ("发明家", "Inventor"),
    ("灯塔", "Lighthouse"),
    ("火箭", "Rocket"),
    ("画家", "Painter"),
    ("仙鹤", "Crane"),
    ("作家", "Writer"),
    ("工程师", "Engineer"),
    ("猫头鹰", "Owl"),
    ("海豚", "Dolphin"),
    ("小龙", "Dragon"),
    ("设计师", "Designer"),
)

# Substrings that are offensive wherever they appear, already normalised.
_BLOCKED_ANYWHERE = (
    # English
    "fuck",
    "fck",
    "shit",
    "bitch",
    "cunt",
    "asshole",
    "bastard",
    "whore",
    "slut",
    "nigger",
    "nigga",
    "faggot",
    "retard",
    "motherf",
    "wanker",
    "bollocks",
    "dickhead",
    "pussy",
    "hitler",
    "nazi",
    "porn",
    "penis",
    "vagina",
    # Chinese (simplified and common variants)
    "傻逼",
    "傻b",
    "煞笔",
    "沙比",
    "操你",
    "草你",
    "艹",
    "肏",
    "他妈",
    "日你妈",
    "你妈",
    "草泥马",
    "王八蛋",
    "混蛋",
    "贱人",
    "婊子",
    "狗屎",
    "去死",
    "滚蛋",
    "脑残",
    "白痴",
    "鸡巴",
    "屌",
    "屄",
    "妓女",
    "法西斯",
    "色情",
)
# Words offensive on their own but common inside innocent ones ("class", "Dickens",
# "grapes", "Fukuda", "Jacobs Bay"): blocked only as a whole name or a whole word of it.
_BLOCKED_WORDS = (
    "ass",
    "arse",
    "dick",
    "cock",
    "tit",
    "tits",
    "fag",
    "fuk",
    "rape",
    "kill",
    "sb",
    "tmd",
    "cnm",
    "nmsl",
    "wtf",
    "stfu",
)

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
_LEET_SYMBOLS = str.maketrans({"@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e"})
_DIGITS_RUN = re.compile(r"\d{6,}")
_EMAIL = re.compile(r"\S+@\S+\.\S+")


class NicknameVerdict(StrEnum):
    OK = "ok"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    BLOCKED = "blocked"
    PERSONAL = "personal"  # looks like a phone number or an e-mail address


@dataclass(frozen=True, slots=True)
class Nickname:
    zh: str
    en: str

    @property
    def label(self) -> str:
        """One name that reads in both languages, as stored on the board."""
        return f"{self.zh} {self.en}"


def generate_nicknames(rng: random.Random, count: int = 4) -> list[Nickname]:
    """`count` different generated names (adjective + noun, both languages)."""
    pairs = rng.sample([(a, n) for a in range(len(_ADJECTIVES)) for n in range(len(_NOUNS))], count)
    return [
        Nickname(zh=_ADJECTIVES[a][0] + _NOUNS[n][0], en=f"{_ADJECTIVES[a][1]} {_NOUNS[n][1]}")
        for a, n in pairs
    ]


def nickname_characters() -> str:
    """Every character a generated name can have."""
    return "".join(sorted({c for pair in (*_ADJECTIVES, *_NOUNS) for word in pair for c in word}))


def tidy(name: str) -> str:
    """What is stored: NFKC (full-width letters become ASCII), spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def _words(name: str) -> list[str]:
    """Lower-case, leet decoded, split at anything that is not a letter."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.translate(_LEET_SYMBOLS).translate(_LEET)
    return [w for w in re.split(r"[\W_]+", text) if w]


def _stretchy(word: str) -> str:
    """A pattern where each letter may be repeated: 'fuck' also matches 'fuuuck'."""
    return "".join(re.escape(ch) + "+" for ch in word)


_ANYWHERE = re.compile("|".join(_stretchy(w) for w in _BLOCKED_ANYWHERE))
_WHOLE_WORD = re.compile("|".join(_stretchy(w) for w in _BLOCKED_WORDS))


def _blocked(name: str) -> bool:
    words = _words(name)
    joined = "".join(words)
    if _ANYWHERE.search(joined):
        return True
    return any(_WHOLE_WORD.fullmatch(w) for w in [*words, joined])


def check_nickname(name: str) -> NicknameVerdict:
    """Whether `name` may go on the public board, and if not, why."""
    text = tidy(name)
    if not any(ch.isalnum() for ch in text):
        return NicknameVerdict.EMPTY
    if len(text) > MAX_NICKNAME:
        return NicknameVerdict.TOO_LONG
    if _EMAIL.search(text) or _DIGITS_RUN.search(re.sub(r"[\s\-]", "", text)):
        return NicknameVerdict.PERSONAL
    if _blocked(text):
        return NicknameVerdict.BLOCKED
    return NicknameVerdict.OK
