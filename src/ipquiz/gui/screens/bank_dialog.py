"""Import and export questions: the teacher's way to bring their own and take ours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.bank.formats import FORMATS
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.question import Category
from ipquiz.gui.tasks import BackgroundRunner
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, named

if TYPE_CHECKING:
    from ipquiz.services.app import AppServices

#: How many skipped items the report lists before summarising the rest.
SHOWN_SKIPS = 8


class BankDialog(QDialog):
    """Runs imports and exports in the background, with progress and a plain report."""

    bank_changed = Signal()

    def __init__(
        self,
        services: AppServices,
        categories: list[tuple[Category, int]],
        *,
        lang: str,
        start_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bankDialog")
        self.setModal(True)
        self.setMinimumWidth(640)
        self._services = services
        self._start_dir = start_dir
        self.runner = BackgroundRunner(self)

        self.import_button = named(QPushButton(), "primary")
        self.import_button.setMinimumHeight(MIN_TARGET_PX)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.import_hint = PlainLabel(object_name="hint")

        self.format_box = QComboBox()
        for fmt in FORMATS.values():
            self.format_box.addItem(fmt.label, fmt.name)
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
        self.close_button = named(QPushButton(), "secondary")
        self.close_button.setMinimumHeight(MIN_TARGET_PX)
        self.close_button.clicked.connect(self.accept)

        self.import_group = QGroupBox()
        import_layout = QVBoxLayout(self.import_group)
        import_layout.addWidget(self.import_hint)
        import_layout.addWidget(self.import_button)
        self.export_group = QGroupBox()
        self.export_form = QFormLayout(self.export_group)
        self.export_form.addRow("", self.format_box)
        self.export_form.addRow("", self.category_box)
        self.export_form.addRow("", self.lang_box)
        self.export_form.addRow("", self.export_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.import_group)
        layout.addWidget(self.export_group)
        layout.addWidget(self.progress)
        layout.addWidget(self.report)
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
                "Add questions from a file: ipquiz YAML, CSV or Excel (see the template), "
                "Moodle GIFT, Moodle XML or Aiken. A file with any error imports nothing."
            )
        )
        self.import_button.setText(self.tr("Choose a file to import…"))
        self.export_group.setTitle(self.tr("Export"))
        labels = (self.tr("Format"), self.tr("Topics"), self.tr("Language"))
        for row, text in enumerate(labels):
            label = self.export_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)  # type: ignore[union-attr]
        self.export_button.setText(self.tr("Export to a file…"))
        self.close_button.setText(self.tr("Close"))

    # -- what the user picks (tests replace these) -------------------------------
    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import questions"),
            str(self._start_dir),
            self.tr(
                "Question files (*.yaml *.yml *.csv *.txt *.xlsx *.gift *.xml *.aiken);;All files (*)"
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
        for w in (self.import_button, self.export_button, self.close_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # "working" until the first report

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _run(self, work: Callable[..., Any], on_done: Callable[[Any], None]) -> None:
        self._busy(True)
        self.report.setText(self.tr("Working…"))

        def done(value: Any) -> None:
            self._busy(False)
            on_done(value)

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.report.setText(self._describe_failure(exc))

        self.runner.run(work, done, failed, on_progress=self._on_progress)

    def _on_import_clicked(self) -> None:
        path = self.ask_import_path()
        if path is None:
            return
        bank = self._services.bank
        self._run(lambda report: bank.import_file(path, progress=report), self._on_imported)

    def _on_imported(self, report: Any) -> None:
        lines = [
            self.tr("{0} questions imported from {1}.").format(
                report.imported, Path(report.file).name
            )
        ]
        if report.skipped:
            lines.append(
                self.tr("{0} left out (types ipquiz does not use):").format(len(report.skipped))
            )
            lines += [f"  {s}" for s in report.skipped[:SHOWN_SKIPS]]
            if len(report.skipped) > SHOWN_SKIPS:
                lines.append(f"  … +{len(report.skipped) - SHOWN_SKIPS}")
        self.report.setText("\n".join(lines))
        self.bank_changed.emit()

    def _on_export_clicked(self) -> None:
        fmt = FORMATS[str(self.format_box.currentData())]
        category = str(self.category_box.currentData()) or None
        lang = str(self.lang_box.currentData())
        path = self.ask_export_path(f"ipquiz-{category or 'questions'}{fmt.extensions[0]}")
        if path is None:
            return
        bank = self._services.bank

        def work(progress: Callable[[int, int], None]) -> Any:
            done = bank.export_file(path, fmt=fmt.name, category=category, lang=lang)
            progress(done.written, done.written)
            return done

        self._run(work, lambda done: self._on_exported(done, path))

    def _on_exported(self, done: Any, path: Path) -> None:
        text = self.tr("{0} questions written to {1}.").format(done.written, path)
        if done.left_out:
            text += " " + self.tr("{0} left out: this format cannot hold them.").format(
                done.left_out
            )
        self.report.setText(text)

    def _describe_failure(self, exc: Exception) -> str:
        problems = getattr(exc, "problems", None)
        if not problems:
            return str(exc)
        shown = "\n".join(f"  {p}" for p in problems[:SHOWN_SKIPS])
        more = f"\n  … +{len(problems) - SHOWN_SKIPS}" if len(problems) > SHOWN_SKIPS else ""
        return self.tr("Nothing was imported. Problems found:") + "\n" + shown + more

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)
