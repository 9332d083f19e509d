"""A question's picture on screen: PNG through QImage, SVG only through QtSvg's renderer.

Images were checked when the bank was read (bank.images: size caps, no script, nothing
outside the SVG itself); QtSvg renders SVG Tiny, which runs no script either. The
picture is scaled to fit, never beyond its own size for a PNG, and is described to
screen readers by the question's text for it. Where the screen leaves it less room than
its box (a long prompt and the kiosk's tiles on one screen), it is drawn again smaller,
whole, rather than cut off at the label's edges.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
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

    #: The shortest the picture is drawn (px) when the screen is short of room.
    MIN_HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionImage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box = QSize(480, 260)
        self.image: QuestionImage | None = None
        self._full = QSize()  # the picture's size when it has its whole box
        self.hide()

    def show_image(self, image: QuestionImage | None, lang: str) -> None:
        self.image = image
        picture = image_pixmap(image, self.box) if image is not None else QPixmap()
        self._full = picture.size()
        self.setPixmap(picture)
        self.setAccessibleName(image.describe(lang) if image is not None else "")
        self.setToolTip(image.describe(lang) if image is not None else "")
        self.updateGeometry()
        self.setVisible(not picture.isNull())
        self._fit()

    def set_box(self, box: QSize, lang: str) -> None:
        """A new size (the kiosk turned or was resized): the picture is drawn again."""
        self.box = box
        if self.image is not None:
            self.show_image(self.image, lang)

    def sizeHint(self) -> QSize:
        """The whole box's picture, whatever size it is drawn at just now (so drawing it
        smaller never feeds back into the layout)."""
        return QSize(self._full)

    def minimumSizeHint(self) -> QSize:
        if self._full.isEmpty():
            return QSize(0, 0)
        height = min(self._full.height(), self.MIN_HEIGHT)
        return QSize(round(self._full.width() * height / self._full.height()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Draw the picture at the size the label has now, whole (never beyond its box)."""
        if self.image is None or self._full.isEmpty():
            return
        room = self.contentsRect().size()
        size = self._full.scaled(room, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(self._full)
        if size.isEmpty() or size == self.pixmap().size():
            return
        self.setPixmap(image_pixmap(self.image, size))
