"""The certificate of a passed exam: a preview, its language, "Save as PDF…" and "Print…".

The preview, the PDF and the printout are the same painted pages
(gui/certificate_page.py); the file is written off the UI thread like every other disk
write of the window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.certificates import CertificateFacts
from ipquiz.domain.language import EN, ZH
from ipquiz.gui.certificate_page import (
    certificate_page_painters,
    paint_certificate,
    pdf_title,
    print_certificate,
)
from ipquiz.gui.failures import Failure
from ipquiz.gui.fonts import paper_font
from ipquiz.gui.paper import page_layout, pdf_bytes
from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.gui.widgets import MIN_TARGET_PX, ToggleRow, named
from ipquiz.reports.certificate_text import BOTH, certificate_page, certificate_pages
from ipquiz.safe_files import write_bytes

#: A4 landscape, less the margins, in the pages' units (1/96 inch).
PAGE = QSize(1010, 680)


class CertificatePreview(QWidget):
    """The first page as it will print, scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts: CertificateFacts | None = None
        self.lang = ZH
        self.setMinimumSize(PAGE.scaled(QSize(420, 300), Qt.AspectRatioMode.KeepAspectRatio))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.facts is None:
            return
        fitted = PAGE.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        scale = fitted.width() / PAGE.width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(
            (self.width() - fitted.width()) / 2, (self.height() - fitted.height()) / 2
        )
        painter.fillRect(QRectF(0, 0, fitted.width(), fitted.height()), QColor("white"))
        painter.scale(scale, scale)
        painter.setFont(paper_font())
        page = certificate_page(self.facts, self.lang)
        paint_certificate(
            painter, QRectF(0, 0, PAGE.width(), PAGE.height()).adjusted(8, 8, -8, -8), page
        )
        painter.end()


class CertificateDialog(QDialog):
    """Shows one certificate; the file write and the printing run on the window's worker
    (`calls`, the window's ServiceCalls)."""

    def __init__(
        self,
        facts: CertificateFacts,
        *,
        lang: str,
        start_dir: Path,
        calls: ServiceCalls,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.facts = facts
        self._start_dir = start_dir
        self._calls = calls
        self.setWindowTitle(self.tr("Your certificate"))
        self.intro = named(QLabel(), "subtitle")
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Well done, {0}! This certificate has the verification code {1}: anyone can "
                "check it with IP Quiz."
            ).format(facts.name, facts.code)
        )
        self.language_label = named(QLabel(self.tr("Language of the certificate")), "fieldLabel")
        self.language = ToggleRow()
        self.language.add("中文", ZH)
        self.language.add("English", EN)
        self.language.add(self.tr("Both (a page each)"), BOTH)
        self.language.select(lang)
        self.language.group.buttonClicked.connect(lambda _button: self._show_language())
        self.preview = CertificatePreview()
        self.preview.facts = facts
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.save_button = named(QPushButton(self.tr("Save as PDF…")), "secondary")
        self.print_button = named(QPushButton(self.tr("Print…")), "secondary")
        self.close_button = named(QPushButton(self.tr("Close")), "primary")
        for button in (self.save_button, self.print_button, self.close_button):
            button.setMinimumHeight(MIN_TARGET_PX)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pages)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._show_language()
        self.resize(900, 720)

    @property
    def choice(self) -> str:
        """zh-CN, en or both."""
        return str(self.language.value() or ZH)

    def _show_language(self) -> None:
        self.preview.lang = EN if self.choice == EN else ZH
        self.preview.setAccessibleDescription(
            "\n".join(
                line
                for page in certificate_pages(self.facts, self.choice)
                for line in (
                    page.title,
                    page.name,
                    page.achievement,
                    page.score,
                    page.date,
                    page.code,
                )
            )
        )
        self.preview.update()

    # -- saving ------------------------------------------------------------------
    def ask_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = dt.date.today().isoformat()
        suggested = Path(folder or str(self._start_dir)) / f"ipquiz-certificate-{stamp}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(self) -> None:
        path = self.ask_pdf_path()
        if path is None:
            return
        data = pdf_bytes(
            certificate_page_painters(self.facts, self.choice),
            title=pdf_title(self.facts),
            landscape=True,
        )
        self.status.setText(self.tr("Saving…"))
        self._calls.run(
            lambda: write_bytes(path, data),
            lambda _: self.status.setText(self.tr("Saved as {0}").format(path)),
            failure=self._on_failed,
        )

    def _on_failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

    # -- printing ----------------------------------------------------------------
    def ask_printer(self) -> QPrinter | None:
        """The printer and its settings as the user chose them in the print dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(landscape=True))
        printer.setDocName(self.tr("Certificate"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the certificate"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_pages(self) -> None:
        printer = self.ask_printer()
        if printer is None:
            return
        facts, choice = self.facts, self.choice
        self.status.setText(self.tr("Printing…"))
        self._calls.run(
            lambda: print_certificate(printer, facts, choice),
            lambda _: self.status.setText(self.tr("Sent to the printer.")),
            failure=self._on_failed,
        )
