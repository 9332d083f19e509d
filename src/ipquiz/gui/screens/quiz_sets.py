"""The teacher's quiz sets: the saved sets on the left, the one being shaped on the right;
save, delete, export to a file and import one from another PC."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import list_separator
from ipquiz.domain.question import Category, Question
from ipquiz.domain.spec import QuizSpec
from ipquiz.gui.card_list import CardList, list_and_detail
from ipquiz.gui.failures import Failure
from ipquiz.gui.prompts import confirm, warn
from ipquiz.gui.screens.set_editor import SetEditor
from ipquiz.gui.set_words import describe_set
from ipquiz.gui.widgets import MIN_TARGET_PX, TranslatedWidget, named, scroll_area

if TYPE_CHECKING:
    from ipquiz.gui.screens.bank_browser import BankBrowser
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.app import AppServices
    from ipquiz.services.quiz_sets import SetImportReport

SET_FILES = "*.json"


class QuizSetsScreen(TranslatedWidget):
    back_requested = Signal()
    sets_changed = Signal(object, str)  # every saved QuizSpec, and the name to select

    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizSetsScreen")
        self._calls = calls
        self._services: AppServices | None = None
        self._categories: list[tuple[Category, int]] = []
        self._lang = "en"
        self._specs: dict[str, QuizSpec] = {}
        self._editing = ""  # the saved set on the form ("" : a new one)
        self._dirty = False
        self._export_dir = Path.home()

        self.back_button = named(QPushButton(), "secondary")
        self.back_button.clicked.connect(self._on_back)
        self.title = named(QLabel(), "title")
        self.import_button = named(QPushButton(), "secondary")
        self.import_button.clicked.connect(self._on_import)
        self.export_button = named(QPushButton(), "secondary")
        self.export_button.clicked.connect(self._on_export)
        self.new_button = named(QPushButton(), "primary")
        self.new_button.clicked.connect(self._on_new)
        self.list = CardList("setList")
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._on_delete)
        self.editor = SetEditor()
        self.editor.changed.connect(self._on_edited)
        self.editor.browse_requested.connect(self.open_browser)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.save_button = named(QPushButton(), "primary")
        self.save_button.clicked.connect(self._on_save)
        for button in (
            self.back_button,
            self.import_button,
            self.export_button,
            self.new_button,
            self.delete_button,
            self.save_button,
        ):
            button.setMinimumHeight(MIN_TARGET_PX)

        form = named(QWidget(), "card")
        inner = QVBoxLayout(form)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.addWidget(self.editor)
        inner.addStretch(1)
        scroller = scroll_area()
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(form)
        detail = QVBoxLayout()
        detail.addWidget(scroller)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        list_and_detail(
            self,
            header=[self.back_button, self.title, self.import_button, self.export_button],
            side=[self.new_button, self.list, self.delete_button],
            detail=detail,
            footer=footer,
        )
        self.retranslate()

    # -- from the window -----------------------------------------------------------
    def show_sets(
        self,
        services: AppServices,
        specs: list[QuizSpec],
        categories: list[tuple[Category, int]],
        *,
        lang: str,
        export_dir: Path,
        select: str = "",
    ) -> None:
        self._services, self._categories, self._lang = services, categories, lang
        self._export_dir = export_dir
        self.editor.set_categories(categories, lang)
        if not select and specs and not self._editing:
            select = min(spec.name for spec in specs)
        self._fill_list(specs, select=select)
        if not self._specs:
            self._on_new()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.editor.set_categories(self._categories, lang)

    # -- the list ------------------------------------------------------------------
    def _fill_list(self, specs: list[QuizSpec], *, select: str) -> None:
        self._specs = {spec.name: spec for spec in specs}
        self.list.blockSignals(True)
        self.list.clear()
        for name in sorted(self._specs):
            self.list.add_card(name, name, describe_set(self._specs[name]))
        self.list.blockSignals(False)
        chosen = select or self._editing
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.list.setCurrentRow(row)
                break
        self._update_buttons()

    def _on_current_changed(self, current: QListWidgetItem | None, previous: object) -> None:
        name = str(current.data(Qt.ItemDataRole.UserRole)) if current else ""
        if not name or name == self._editing:
            return
        if self._dirty and not self.confirm_discard():
            self._select_row_of(self._editing)
            return
        self._open(self._specs[name])

    def _select_row_of(self, name: str) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
        if not name:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)

    def _open(self, spec: QuizSpec) -> None:
        self._editing = spec.name
        self.editor.load(spec)
        self._set_dirty(False)
        self.status.setText("")
        if spec.hand_picked and self._services is not None:
            sets, ids = self._services.sets, spec.question_ids
            self._calls.run(lambda: sets.questions(ids), lambda qs: self._on_picked(spec, qs))
        self._update_buttons()

    def _on_picked(self, spec: QuizSpec, questions: list[Question]) -> None:
        if self._editing != spec.name:
            return
        self.editor.load(spec, questions)
        if missing := len(spec.question_ids) - len(questions):
            self.status.setText(
                self.tr(
                    "{0} of the hand-picked questions are not in this bank: import them, "
                    "or save the set without them."
                ).format(missing)
            )

    def _on_new(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        self._editing = ""
        self._select_row_of("")
        self.editor.load(QuizSpec.exam(name=""))
        self.editor.set_categories(self._categories, self._lang)
        self._set_dirty(False)
        self.status.setText(self.tr("A new set: give it a name, shape it, then save it."))
        self.editor.name.setFocus()
        self._update_buttons()

    # -- editing -------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._set_dirty(True)
        self.status.setText(self.editor.problem())

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(
            self._services is not None and (self._dirty or not self._editing)
        )
        self.delete_button.setEnabled(bool(self._editing))
        self.export_button.setEnabled(bool(self._editing) and not self._dirty)

    def open_browser(self) -> BankBrowser | None:
        if self._services is None:
            return None
        from ipquiz.gui.screens.bank_browser import BankBrowser

        browser = BankBrowser(
            self._calls,
            self._services.sets,
            self._categories,
            lang=self._lang,
            picked=self.editor.picked_ids(),
            parent=self,
        )
        browser.accepted.connect(lambda: self._add_picked(browser.chosen_ids()))
        browser.finished.connect(browser.deleteLater)
        browser.open()
        browser.start()
        return browser

    def _add_picked(self, ids: list[str]) -> None:
        """The ticked questions, loaded whole, go on the form's list."""
        if self._services is None or not ids:
            return
        sets = self._services.sets
        self._calls.run(lambda: sets.questions(ids), self.editor.add_picked)

    def _on_save(self) -> None:
        if self._services is None:
            return
        if problem := self.editor.problem():
            self.status.setText(problem)
            return
        try:
            spec = self.editor.spec()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        if (
            spec.name != self._editing
            and spec.name in self._specs
            and not self.confirm_replace(spec.name)
        ):
            return
        sets, replacing = self._services.sets, self._editing
        self._calls.run(lambda: sets.save(spec, replacing=replacing), self._on_saved)

    def _on_saved(self, spec: QuizSpec) -> None:
        self._editing = spec.name
        self._set_dirty(False)
        self._reload(select=spec.name, message=self.tr("Saved: {0}").format(spec.name))

    def _reload(self, *, select: str, message: str = "") -> None:
        assert self._services is not None
        sets = self._services.sets

        def done(specs: list[QuizSpec]) -> None:
            self._fill_list(specs, select=select)
            if message:
                self.status.setText(message)
            self.sets_changed.emit(specs, select)

        self._calls.run(sets.sets, done)

    def _on_delete(self) -> None:
        if not self._editing or self._services is None:
            return
        if not self.confirm_delete(self._editing):
            return
        sets, name = self._services.sets, self._editing

        def deleted(_: object) -> None:
            self._editing = ""
            self._dirty = False
            self._reload(select="", message=self.tr("Deleted: {0}").format(name))
            self.editor.load(QuizSpec.exam(name=""))

        self._calls.run(lambda: sets.delete(name), deleted)

    # -- files ---------------------------------------------------------------------
    def _on_export(self) -> None:
        if not self._editing or self._services is None:
            return
        path = self.ask_export_path(self._editing)
        if path is None:
            return
        sets, name = self._services.sets, self._editing
        self._calls.run(
            lambda: sets.export(path, names=[name]),
            lambda _: self.status.setText(self.tr("Written to {0}").format(path)),
            failure=lambda failure: self._on_file_failed(path, failure),
        )

    def _on_import(self) -> None:
        if self._services is None:
            return
        if self._dirty and not self.confirm_discard():
            return
        path = self.ask_import_path()
        if path is None:
            return
        sets = self._services.sets
        self._calls.run(
            lambda: sets.import_file(path),
            lambda report: self._on_imported(path, report),
            failure=lambda failure: self._on_file_failed(path, failure),
        )

    def _on_imported(self, path: Path, report: SetImportReport) -> None:
        lines = [self.tr("{0} quiz sets imported from {1}.").format(len(report.saved), path.name)]
        lines += [
            self.tr("\u201c{0}\u201d was taken by another set: saved as \u201c{1}\u201d.").format(
                old, new
            )
            for old, new in report.renamed
        ]
        lines += [self.tr("\u201c{0}\u201d is here already.").format(n) for n in report.unchanged]
        lines += [
            self.tr(
                "\u201c{0}\u201d: {1} hand-picked questions are not in this bank; import them too."
            ).format(name, missing)
            for name, missing in report.missing_questions.items()
        ]
        lines += [
            self.tr("\u201c{0}\u201d: topics this bank does not have: {1}").format(
                name, list_separator(self._lang).join(topics)
            )
            for name, topics in report.missing_topics.items()
        ]
        self._dirty = False
        first = report.saved[0] if report.saved else ""
        self._editing = ""
        self._reload(select=first, message=lines[0])
        self.show_report("\n".join(lines))

    def _on_file_failed(self, path: Path, failure: Failure) -> None:
        from ipquiz.bank.set_file import SetFileError

        error = failure.error
        if isinstance(error, SetFileError):
            text = "\n".join(error.problems[:20])
            warn(self, self.tr("Not a usable quiz-set file"), f"{path.name}:\n{text}")
        elif isinstance(error, OSError):
            warn(self, self.tr("Quiz sets"), f"{path}: {error.strerror or error}")
        else:
            self._calls.report(failure)

    # -- questions to the user (tests answer them) -----------------------------------
    def ask_export_path(self, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip() or "set"
        suggested = Path(folder or str(self._export_dir)) / f"{safe}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the quiz set"),
            str(suggested),
            self.tr("Quiz-set files ({0})").format(SET_FILES),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")

    def ask_import_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import quiz sets"),
            str(self._export_dir),
            self.tr("Quiz-set files ({0})").format(SET_FILES),
        )
        return Path(chosen) if chosen else None

    def show_report(self, text: str) -> None:
        warn(self, self.tr("Quiz sets imported"), text)

    def confirm_discard(self) -> bool:
        return confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("The set on the form has changes that are not saved. Discard them?"),
            yes=self.tr("Discard"),
            no=self.tr("Keep editing"),
            destructive=True,
        )

    def confirm_replace(self, name: str) -> bool:
        return confirm(
            self,
            self.tr("Replace the set?"),
            self.tr("A set called \u201c{0}\u201d is saved already. Replace it?").format(name),
            yes=self.tr("Replace"),
            no=self.tr("Keep the saved one"),
            destructive=True,
        )

    def confirm_delete(self, name: str) -> bool:
        return confirm(
            self,
            self.tr("Delete the set?"),
            self.tr(
                "Delete the quiz set \u201c{0}\u201d? Results of quizzes played with it are kept."
            ).format(name),
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
            destructive=True,
        )

    def _on_back(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        self._dirty = False
        self.back_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._on_back()
            return
        if event.key() == Qt.Key.Key_S and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._on_save()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.title.setText(self.tr("Quiz sets"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.new_button.setText(self.tr("＋ New set"))
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save set"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        if self._specs:
            self._fill_list(list(self._specs.values()), select=self._editing)
