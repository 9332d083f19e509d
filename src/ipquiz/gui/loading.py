"""What the window loads behind its first paint, and the topic cache that fills the gap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipquiz.domain.question import Category
    from ipquiz.domain.spec import QuizSpec
    from ipquiz.services.app import AppServices
    from ipquiz.services.quiz_service import ActiveQuiz

    Loaded = tuple[AppServices, list[tuple[Category, int]], list[ActiveQuiz], list[QuizSpec]]


def load_everything(open_services: Callable[[], AppServices]) -> Loaded:
    """Runs off the UI thread: migrate, sync the bank, list the topics, find cut attempts."""
    services = open_services()
    quiz = services.quiz
    return services, services.bank.categories(), quiz.interrupted(), services.sets.sets()


class TopicCache:
    """Where the last loaded topics are kept, so the start screen needs no database to show."""

    def __init__(self, folder: Path, database_url: str) -> None:
        self.folder = folder
        self.database_url = database_url

    def read(self) -> list[tuple[Category, int]]:
        from ipquiz.services.topic_cache import read_topics

        return read_topics(self.folder, self.database_url)

    def write(self, topics: list[tuple[Category, int]]) -> None:
        from ipquiz.services.topic_cache import write_topics

        write_topics(self.folder, self.database_url, topics)
