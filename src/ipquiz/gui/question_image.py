"""A question's picture on screen: PNG through QImage, SVG only through QtSvg's renderer.

Images were checked when the bank was read (bank.images: size caps, no script, nothing
outside the SVG itself); QtSvg renders SVG Tiny, which runs no script either. The
picture is scaled to fit, never beyond its own size for a PNG, and is described to
screen readers by the question's text for it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from ipquiz.domain.question import ImageFormat, QuestionImage


def image_pixmap(image: QuestionImage, box: QSize) -> QPixmap:
    """The picture fitted into `box` (aspect kept); a null pixmap if it cannot be drawn."""
    if image.format is ImageFormat.SVG:
        renderer = QSvgRenderer(QByteArray(image.data))
        if not renderer.isValid():
            return QPixmap()
        size = renderer.defaultSize()
        if size.isEmpty():
            size = box
        size = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        picture = QPixmap(size)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return picture
    decoded = QImage.fromData(image.data, b"PNG")
    if decoded.isNull():
        return QPixmap()
    if decoded.width() > box.width() or decoded.height() > box.height():
        decoded = decoded.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return QPixmap.fromImage(decoded)


class QuestionImageView(QLabel):
    """Where a question's picture goes; hidden for a question without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionImage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box = QSize(480, 260)
        self.image: QuestionImage | None = None
        self.hide()

    def show_image(self, image: QuestionImage | None, lang: str) -> None:
        self.image = image
        picture = image_pixmap(image, self.box) if image is not None else QPixmap()
        self.setPixmap(picture)
        self.setAccessibleName(image.describe(lang) if image is not None else "")
        self.setToolTip(image.describe(lang) if image is not None else "")
        self.setVisible(not picture.isNull())

    def set_box(self, box: QSize, lang: str) -> None:
        """A new size (the kiosk turned or was resized): the picture is drawn again."""
        self.box = box
        if self.image is not None:
            self.show_image(self.image, lang)
