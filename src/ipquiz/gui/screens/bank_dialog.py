"""Import and export questions: the teacher's way to bring their own and take ours.

The work runs through the window's service calls (off the UI thread, one at a time with
the window's other calls), with progress for a long import; the dialog stays open until
its call has answered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.bank.formats import FORMATS
from ipquiz.domain.conflicts import OnConflict, Part
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, named

if TYPE_CHECKING:
    from ipquiz.gui.failures import Failure
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.app import AppServices

#: Folder exports: ipquiz YAML holds one category per file.
FOLDER_FORMAT = "yaml"


class BankDialog(QDialog):
    """Imports and exports through the window's service calls, with progress and a plain
    report."""

    bank_changed = Signal()

    def __init__(
        self,
        services: AppServices,
        calls: ServiceCalls,
        categories: list[tuple[Category, int]],
        *,
        lang: str,
        start_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bankDialog")
        self.setModal(True)
        self.setMinimumWidth(720)
        self._services = services
        self._start_dir = start_dir
        self._calls = calls
        self.running = False  # an import or export is on its way: the dialog stays open

        self.import_button = named(QPushButton(), "primary")
        self.import_button.setMinimumHeight(MIN_TARGET_PX)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.import_hint = PlainLabel(object_name="hint")
        self.conflict_box = QComboBox()
        for choice in OnConflict:
            self.conflict_box.addItem("", choice.value)
        self.conflict_box.setMinimumHeight(MIN_TARGET_PX)
        self.conflict_label = QLabel()
        self.conflict_label.setBuddy(self.conflict_box)

        self.format_box = QComboBox()
        for fmt in FORMATS.values():
            self.format_box.addItem("", fmt.name)
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("All topics"), "")
        for cat, count in categories:
            self.category_box.addItem(f"{cat.name(lang)} ({count})", cat.id)
        self.lang_box = QComboBox()
        self.lang_box.addItem("中文", ZH)
        self.lang_box.addItem("English", EN)
        self.lang_box.setCurrentIndex(0 if lang == ZH else 1)
        for combo in (self.format_box, self.category_box, self.lang_box):
            combo.setMinimumHeight(MIN_TARGET_PX)
        self.export_button = named(QPushButton(), "secondary")
        self.export_button.setMinimumHeight(MIN_TARGET_PX)
        self.export_button.clicked.connect(self._on_export_clicked)

        self.progress = QProgressBar()
        self.progress.hide()
        self.report = PlainLabel(object_name="report")
        # The developer-style `file:line: message` lines, for whoever fixes the file.
        self.details_toggle = QCheckBox()
        self.details_toggle.toggled.connect(self._on_details_toggled)
        self.details_toggle.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("details")
        self.details.setMaximumHeight(100)  # the dialog still fits a 768-pixel screen
        self.details.hide()
        self.close_button = named(QPushButton(), "secondary")
        self.close_button.setMinimumHeight(MIN_TARGET_PX)
        self.close_button.clicked.connect(self.accept)

        self.import_group = QGroupBox()
        import_layout = QVBoxLayout(self.import_group)
        import_layout.addWidget(self.import_hint)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict_label)
        conflict_row.addWidget(self.conflict_box, 1)
        import_layout.addLayout(conflict_row)
        import_layout.addWidget(self.import_button)
        self.export_group = QGroupBox()
        self.export_form = QFormLayout(self.export_group)
        self.export_labels = [QLabel() for _ in range(3)]
        for label, box in zip(
            self.export_labels, (self.format_box, self.category_box, self.lang_box), strict=True
        ):
            label.setBuddy(box)
            label.setMinimumHeight(MIN_TARGET_PX)  # level with the field it names
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.export_form.addRow(label, box)
        self.export_form.addRow(self.export_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.import_group)
        layout.addWidget(self.export_group)
        layout.addWidget(self.progress)
        layout.addWidget(self.report)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import / export questions"))
        self.import_group.setTitle(self.tr("Import"))
        self.import_hint.setText(
            self.tr(
                "Add questions from a file: ipquiz YAML (or a .zip of them), CSV or Excel "
                "(see the template), Moodle GIFT, Moodle XML or Aiken (.txt). A file with any "
                "error imports nothing."
            )
        )
        self.import_button.setText(self.tr("Choose a file to import…"))
        self.conflict_label.setText(self.tr("Questions already in the bank:"))
        self.conflict_box.setAccessibleName(self.tr("Questions already in the bank"))
        self.conflict_box.setAccessibleDescription(
            self.tr("What an import does with a question the bank already holds")
        )
        conflict_texts = {
            OnConflict.KEEP: self.tr("Keep the bank's version"),
            OnConflict.REPLACE: self.tr("Replace them (never with a poorer copy)"),
            OnConflict.NEW: self.tr("Import them as new copies"),
        }
        for i in range(self.conflict_box.count()):
            choice = OnConflict(self.conflict_box.itemData(i))
            self.conflict_box.setItemText(i, conflict_texts[choice])
        format_texts = {"zip": self.tr("ipquiz YAML, one file per topic (.zip)")}
        for i in range(self.format_box.count()):
            name = str(self.format_box.itemData(i))
            self.format_box.setItemText(i, format_texts.get(name, FORMATS[name].label))
        self.details_toggle.setText(self.tr("Show details (file and line of each message)"))
        self.export_group.setTitle(self.tr("Export"))
        labels = (self.tr("Format"), self.tr("Topics"), self.tr("Language"))
        descriptions = (
            self.tr("The file format the questions are written in"),
            self.tr("Every topic, or the one to export"),
            self.tr("The language of the exported question texts"),
        )
        boxes = (self.format_box, self.category_box, self.lang_box)
        for label, box, text, description in zip(
            self.export_labels, boxes, labels, descriptions, strict=True
        ):
            label.setText(text)
            box.setAccessibleName(self.tr("Export: {0}").format(text))
            box.setAccessibleDescription(description)
        self.progress.setAccessibleName(self.tr("Progress of the import or export"))
        self.details.setAccessibleName(self.tr("Details: the file and line of each message"))
        self.export_button.setText(self.tr("Export to a file…"))
        self.close_button.setText(self.tr("Close"))

    # -- what the user picks (tests replace these) -------------------------------
    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import questions"),
            str(self._start_dir),
            self.tr(
                "Question files (*.yaml *.yml *.zip *.csv *.txt *.xlsx *.gift *.xml *.aiken);;"
                "All files (*)"
            ),
        )
        return Path(name) if name else None

    def ask_export_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export questions"), str(self._start_dir / suggested)
        )
        return Path(name) if name else None

    # -- actions -----------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.running = busy
        for w in (self.import_button, self.export_button, self.close_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # "working" until the first report

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show(self, summary: str, details: list[str]) -> None:
        """A translated summary; the `file:line: message` lines behind "Show details"."""
        self.report.setText(summary)
        self.details.setPlainText("\n".join(details))
        self.details_toggle.setVisible(bool(details))
        self.details.setVisible(bool(details) and self.details_toggle.isChecked())

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown and bool(self.details.toPlainText()))

    def _run(self, work: Callable[..., Any], on_done: Callable[[Any], None]) -> None:
        def done(value: Any) -> None:
            self._busy(False)
            on_done(value)

        def failed(failure: Failure) -> None:
            self._busy(False)
            self._show(*self._describe_failure(failure))

        # Not blocking the window: this dialog is modal, and shows its own progress.
        if self._calls.run(work, done, failure=failed, block=False, progress=self._on_progress):
            self._busy(True)
            self._show(self.tr("Working…"), [])

    def _on_import_clicked(self) -> None:
        path = self.ask_import_path()
        if path is None:
            return
        bank = self._services.bank
        choice = OnConflict(self.conflict_box.currentData())
        self._run(
            lambda report: bank.import_file(path, on_conflict=choice, progress=report),
            self._on_imported,
        )

    def _on_imported(self, report: Any) -> None:
        name = Path(report.file).name
        lines = [self.tr("{0} questions imported from {1}.").format(report.imported, name)]
        details = [str(s) for s in report.skipped]
        if report.kept:
            lines.append(
                self.tr("{0} were already in the bank and were kept as they are.").format(
                    len(report.kept)
                )
            )
        if report.replaced:
            lines.append(self.tr("{0} replaced the bank's version.").format(len(report.replaced)))
        if report.renamed:
            lines.append(
                self.tr("{0} were already in the bank: imported as new copies.").format(
                    len(report.renamed)
                )
            )
            details += [f"{name}: {old} -> {new}" for old, new in report.renamed]
        if report.skipped:
            lines.append(
                self.tr("{0} left out: ipquiz does not use their question type.").format(
                    len(report.skipped)
                )
            )
        self._show("\n".join(lines), details)
        if report.imported:
            self.bank_changed.emit()

    def _on_export_clicked(self) -> None:
        fmt = FORMATS[str(self.format_box.currentData())]
        category = str(self.category_box.currentData()) or None
        lang = str(self.lang_box.currentData())
        to_folder = fmt.name == FOLDER_FORMAT and category is None
        suffix = "" if to_folder else fmt.extensions[0]
        path = self.ask_export_path(f"ipquiz-{category or 'questions'}{suffix}")
        if path is None:
            return
        bank = self._services.bank

        def work(progress: Callable[[int, int], None]) -> Any:
            done = bank.export_file(path, fmt=fmt.name, category=category, lang=lang)
            progress(done.written, done.written)
            return done

        self._run(work, lambda done: self._on_exported(done, path))

    def _on_exported(self, done: Any, path: Path) -> None:
        if path.is_dir():
            text = self.tr("{0} questions written to the folder {1}, one file per topic.")
        else:
            text = self.tr("{0} questions written to {1}.")
        text = text.format(done.written, path)
        if done.left_out:
            text += " " + self.tr("{0} left out: this format cannot hold them.").format(
                done.left_out
            )
        if done.without_images:
            text += " " + self.tr(
                "{0} written without their picture: this format cannot hold pictures "
                "(ipquiz YAML keeps them)."
            ).format(done.without_images)
        self._show(text, [])

    def _describe_failure(self, failure: Failure) -> tuple[str, list[str]]:
        """A translated summary of why nothing was imported, and the details."""
        from ipquiz.bank.formats import UnknownFormatError
        from ipquiz.services.bank_files import NothingUsableError
        from ipquiz.services.import_conflicts import PoorerBankError

        exc = failure.error
        problems = [str(p) for p in getattr(exc, "problems", ())]
        if isinstance(exc, PoorerBankError):
            parts = sorted({loss.part for r in exc.refusals for loss in r.lost})
            what = self.tr(", ").join(self._part_name(p) for p in parts)
            summary = self.tr(
                "Nothing was imported: {0} questions would replace the bank's version and "
                "lose {1}. Keep the bank's version or import them as new copies."
            ).format(len(exc.refusals), what)
        elif isinstance(exc, NothingUsableError):
            summary = self.tr(
                "Nothing was imported: the file has no question that ipquiz can use "
                "(single choice, multiple choice or true/false)."
            )
        elif problems:
            summary = self.tr(
                "Nothing was imported: the file has {0} problems. The details say where."
            ).format(len(problems))
        elif isinstance(exc, UnknownFormatError):
            summary = self.tr("Nothing was imported: ipquiz cannot tell the file's format.")
            problems = [str(exc)]
        else:
            summary, problems = self.tr("It did not work: {0}").format(failure.message), []
        return summary, problems

    def _part_name(self, part: Part) -> str:
        names = {
            Part.TEXT: self.tr("a language"),
            Part.SOURCE: self.tr("the source"),
            Part.EXPLANATION: self.tr("the explanation"),
            Part.FEEDBACK: self.tr("the answer feedback"),
            Part.SOURCE_LINK: self.tr("the source link"),
            Part.CITATION: self.tr("the law citation"),
        }
        return names[part]

    def done(self, result: int) -> None:
        """Closing waits for the running import or export (its progress shows); nothing
        is left running for a dialog that is gone."""
        if not self.running:
            super().done(result)
