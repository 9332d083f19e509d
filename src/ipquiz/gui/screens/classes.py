"""The teacher's classes: every class on the left, the chosen one's roster on the right;
a class list imported from a CSV or Excel file, or typed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import list_separator
from ipquiz.domain.persons import Person
from ipquiz.gui.card_list import CardList, list_and_detail
from ipquiz.gui.failures import Failure
from ipquiz.gui.prompts import warn
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, TranslatedWidget, named, read_only_table

if TYPE_CHECKING:
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.app import AppServices
    from ipquiz.services.rosters import ClassSummary, RosterReport

ROW_NO, ROW_NUMBER, ROW_NAME = range(3)
#: Problems a refused list shows at once (the rest are counted).
SHOWN_PROBLEMS = 15


class ClassNameBox(QComboBox):
    """The class a list goes into: a new name typed, or a class that exists picked."""

    def __init__(self, classes: list[str], suggested: str) -> None:
        super().__init__()
        self.setEditable(True)
        self.setMinimumHeight(MIN_TARGET_PX)
        self.addItems(classes)
        self.setCurrentText(suggested)
        line = self.lineEdit()
        if line is not None:
            line.setMaxLength(120)


class ListDialog(QDialog):
    """Where a class list is typed or pasted, and the class it goes into is named."""

    def __init__(self, classes: list[str], suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listDialog")
        self.setWindowTitle(self.tr("Type a class list"))
        self.resize(620, 560)
        self.class_label = named(QLabel(self.tr("Class")), "fieldLabel")
        self.class_name = ClassNameBox(classes, suggested)
        self.class_label.setBuddy(self.class_name)
        self.list_label = named(QLabel(self.tr("Students, one a line")), "fieldLabel")
        self.hint = named(
            QLabel(
                self.tr(
                    "Student number and name (2023001 王芳), or a name alone. "
                    "Pasted Excel columns work too."
                )
            ),
            "hint",
        )
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("2023001 王芳\n2023002 李雷\n韩梅梅")
        self.list_label.setBuddy(self.text)
        self.ok_button = named(QPushButton(self.tr("Add to the class")), "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "secondary")
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumHeight(MIN_TARGET_PX)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        for widget in (self.class_label, self.class_name, self.list_label, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)


class ClassesScreen(TranslatedWidget):
    back_requested = Signal()

    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classesScreen")
        self._calls = calls
        self._services: AppServices | None = None
        self._classes: list[ClassSummary] = []
        self._shown: int | None = None  # the group on the right
        self._start_dir = Path.home()

        self.back_button = named(QPushButton(), "secondary")
        self.back_button.clicked.connect(self.back_requested)
        self.title = named(QLabel(), "title")
        self.type_button = named(QPushButton(), "secondary")
        self.type_button.clicked.connect(self._on_type)
        self.import_button = named(QPushButton(), "primary")
        self.import_button.clicked.connect(self._on_import)
        self.export_button = named(QPushButton(), "secondary")
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setEnabled(False)
        self._lang = "en"
        self.list = CardList("classList")
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.empty = named(QLabel(), "hint")
        self.empty.setWordWrap(True)
        self.class_title = PlainLabel(object_name="classTitle")
        self.count = named(QLabel(), "hint")
        self.table = named(read_only_table(3), "rosterTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET_PX - 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROW_NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROW_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROW_NAME, QHeaderView.ResizeMode.Stretch)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        for button in (self.back_button, self.type_button, self.import_button, self.export_button):
            button.setMinimumHeight(MIN_TARGET_PX)

        right = named(QWidget(), "card")
        roster = QVBoxLayout(right)
        roster.setContentsMargins(28, 20, 28, 20)
        roster.addWidget(self.class_title)
        roster.addWidget(self.count)
        roster.addWidget(self.table, 1)
        detail = QVBoxLayout()
        detail.addWidget(right)
        footer = QHBoxLayout()
        footer.addWidget(self.status)
        list_and_detail(
            self,
            header=[
                self.back_button,
                self.title,
                self.export_button,
                self.type_button,
                self.import_button,
            ],
            side=[self.list, self.empty],
            detail=detail,
            footer=footer,
        )
        self.retranslate()

    # -- from the window -----------------------------------------------------------
    def show_classes(self, services: AppServices, *, start_dir: Path, lang: str) -> None:
        self._services, self._start_dir, self._lang = services, start_dir, lang
        self._reload(select=self._shown)

    def _reload(self, *, select: int | None) -> None:
        if self._services is None:
            return
        rosters = self._services.rosters
        self._calls.run(rosters.classes, lambda found: self._on_classes(found, select))

    def _on_classes(self, classes: list[ClassSummary], select: int | None) -> None:
        self._classes = classes
        self.list.blockSignals(True)
        self.list.clear()
        for summary in classes:
            self.list.add_card(summary.group.id, summary.group.name, self._students(summary))
        self.list.blockSignals(False)
        self.empty.setVisible(not classes)
        wanted = select if select is not None else (classes[0].group.id if classes else None)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)  # shows its roster
        if not classes:
            self._show_roster(None, [])

    def _students(self, summary: ClassSummary) -> str:
        return self.tr("Students: {0}").format(summary.students)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        if current is None or self._services is None:
            return
        group_id = int(self.list.currentItem().data(Qt.ItemDataRole.UserRole))
        summary = next(c for c in self._classes if c.group.id == group_id)
        rosters = self._services.rosters
        self._calls.run(
            lambda: rosters.students(group_id), lambda people: self._show_roster(summary, people)
        )

    def _show_roster(self, summary: ClassSummary | None, people: list[Person]) -> None:
        self._shown = summary.group.id if summary else None
        self.export_button.setEnabled(summary is not None)
        self.class_title.setText(summary.group.name if summary else "")
        self.count.setText(self._students(summary) if summary else "")
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for col, text in (
                (ROW_NO, str(row + 1)),
                (ROW_NUMBER, person.roster_number or "—"),
                (ROW_NAME, person.name),
            ):
                item = QTableWidgetItem(text)
                if col != ROW_NAME:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)

    def shown_roster(self) -> list[tuple[str, str]]:
        """The roster as the table shows it: (student number, name) per row."""
        return [
            (self.table.item(r, ROW_NUMBER).text(), self.table.item(r, ROW_NAME).text())  # type: ignore[union-attr]
            for r in range(self.table.rowCount())
        ]

    # -- files ---------------------------------------------------------------------
    def _on_export(self) -> None:
        if self._services is None or self._shown is None:
            return
        path = self.ask_export_path(self._current_name())
        if path is None:
            return
        rosters, group_id, lang = self._services.rosters, self._shown, self._lang
        self._calls.run(
            lambda: rosters.export(group_id, path, lang=lang),
            lambda count: self.status.setText(
                self.tr("{0} students written to {1}").format(count, path)
            ),
            failure=lambda failure: self._on_export_failed(path, failure),
        )

    def _on_export_failed(self, path: Path, failure: Failure) -> None:
        error = failure.error
        if isinstance(error, OSError):
            warn(self, self.tr("Export failed"), f"{path}: {error.strerror or error}")
        else:
            self._calls.report(failure)

    def _class_names(self) -> list[str]:
        return [c.group.name for c in self._classes]

    def _current_name(self) -> str:
        return next((c.group.name for c in self._classes if c.group.id == self._shown), "")

    def _on_import(self) -> None:
        if self._services is None:
            return
        path = self.ask_import_path()
        if path is None:
            return
        name = self.ask_class_name(path.stem)
        if not name:
            return
        rosters = self._services.rosters
        self._calls.run(
            lambda: rosters.import_file(path, name=name),
            self._on_imported,
            failure=lambda failure: self._on_import_failed(path.name, failure),
        )

    def _on_type(self) -> None:
        if self._services is None:
            return
        typed = self.ask_typed_list()
        if typed is None:
            return
        name, text = typed
        rosters = self._services.rosters
        self._calls.run(
            lambda: rosters.import_text(text, name=name),
            self._on_imported,
            failure=lambda failure: self._on_import_failed(self.tr("the typed list"), failure),
        )

    def _on_imported(self, report: RosterReport) -> None:
        lines = [self.tr("{0}: students added: {1}.").format(report.group.name, len(report.added))]
        if report.kept:
            lines.append(self.tr("Already in the class: {0}.").format(len(report.kept)))
        lines += [self.tr("Renamed: {0} → {1}").format(old, new) for old, new in report.renamed]
        if report.numbered:
            lines.append(
                self.tr("Given their student number: {0}").format(
                    list_separator(self._lang).join(report.numbered)
                )
            )
        if report.not_on_list:
            lines.append(
                self.tr("In the class but not on this list (they stay): {0}").format(
                    list_separator(self._lang).join(report.not_on_list)
                )
            )
        self.status.setText(lines[0])
        self._reload(select=report.group.id)
        if len(lines) > 1:
            self.show_report("\n".join(lines))

    def _on_import_failed(self, source: str, failure: Failure) -> None:
        from ipquiz.services.rosters import RosterError

        error = failure.error
        if isinstance(error, RosterError):
            shown = [str(p) for p in error.problems[:SHOWN_PROBLEMS]]
            if len(error.problems) > SHOWN_PROBLEMS:
                more = len(error.problems) - SHOWN_PROBLEMS
                shown.append(self.tr("… and {0} more").format(more))
            self.show_refusal(
                self.tr("Nothing was imported: {0} has problems.").format(source)
                + "\n\n"
                + "\n".join(shown)
            )
        elif isinstance(error, OSError):
            self.show_refusal(f"{source}: {error.strerror or error}")
        elif isinstance(error, ValueError):
            self.show_refusal(str(error))
        else:
            self._calls.report(failure)

    # -- questions to the user (tests answer them) -----------------------------------
    def ask_import_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a class list"),
            str(self._start_dir),
            self.tr("Class lists (*.csv *.xlsx *.txt)"),
        )
        return Path(chosen) if chosen else None

    def ask_export_path(self, name: str) -> Path | None:
        safe = "".join(c if c.isalnum() or c in "-_()" else "_" for c in name) or "class"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files (*.csv)")
        chosen, picked = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the class list"),
            str(self._start_dir / f"{safe}.xlsx"),
            f"{xlsx};;{csv}",
            xlsx,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if picked == csv else ".xlsx"))
        return path

    def ask_class_name(self, suggested: str) -> str:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Which class?"))
        label = named(
            QLabel(self.tr("The class these students are in (a new name, or a class to update):")),
            "fieldLabel",
        )
        label.setWordWrap(True)
        box = ClassNameBox(self._class_names(), self._current_name() or suggested)
        ok = named(QPushButton(self.tr("Import")), "primary")
        ok.setMinimumHeight(MIN_TARGET_PX)
        ok.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(box)
        layout.addWidget(ok, 0, Qt.AlignmentFlag.AlignRight)
        dialog.resize(480, dialog.sizeHint().height())
        return box.currentText().strip() if dialog.exec() else ""

    def ask_typed_list(self) -> tuple[str, str] | None:
        dialog = ListDialog(self._class_names(), self._current_name(), self)
        if not dialog.exec():
            return None
        return dialog.class_name.currentText().strip(), dialog.text.toPlainText()

    def show_report(self, text: str) -> None:
        warn(self, self.tr("Class list imported"), text)

    def show_refusal(self, text: str) -> None:
        warn(self, self.tr("Class list not imported"), text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.title.setText(self.tr("Classes"))
        self.import_button.setText(self.tr("Import a class list…"))
        self.import_button.setToolTip(
            self.tr("A CSV or Excel file with student numbers and names (学号, 姓名)")
        )
        self.type_button.setText(self.tr("Type a list…"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The roster as an Excel or CSV class list"))
        self.empty.setText(
            self.tr("No class yet: import a class list from Excel or CSV, or type one.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Student number"), self.tr("Name")]
        )
        name_header = self.table.horizontalHeaderItem(ROW_NAME)
        if name_header is not None:
            name_header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
