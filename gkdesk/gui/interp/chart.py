"""The year's bar chart of the 政策解读报备 page: counts by form, role and channel against the targets."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from gkdesk.gui.interp.models import BLUE, GREEN, GREY, ORANGE


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    target: int = 0     # 0: no target


class BarChart(QWidget):
    """Horizontal bars, one section per heading: the count, a mark at the target, green when the target is met,
    orange when not, blue without a target. Painted with QPainter (QtCharts is not in PySide6-Essentials)."""

    ROW_H = 24

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sections: list[tuple[str, list[Bar]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_sections(self, sections: list[tuple[str, list[Bar]]]) -> None:
        self.sections = sections
        self.updateGeometry()
        self.update()

    LEGEND = (("已达到目标", GREEN), ("未达到目标", ORANGE), ("未设目标", BLUE))

    def sizeHint(self) -> QSize:
        rows = sum(len(bars) + 1 for _, bars in self.sections) + 1
        return QSize(460, max(200, rows * self.ROW_H + 40))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        labels = [b.label for _, bars in self.sections for b in bars]
        label_w = max((fm.horizontalAdvance(t) for t in labels), default=40) + 16
        scale_max = max([1] + [max(b.count, b.target) for _, bars in self.sections for b in bars])
        left = label_w + 8
        bar_w = max(60, self.width() - left - 70)
        y = 10
        if not labels:
            p.setPen(QColor(GREY))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "本年还没有解读记录")
            return
        for heading, bars in self.sections:
            p.setFont(bold)
            p.setPen(QColor("#1b3a5c"))
            p.drawText(8, y, self.width() - 16, self.ROW_H, Qt.AlignmentFlag.AlignVCenter, heading)
            y += self.ROW_H
            p.setFont(self.font())
            for bar in bars:
                p.setPen(QColor("#1f2933"))
                p.drawText(0, y, label_w, self.ROW_H,
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.label)
                colour = BLUE if not bar.target else GREEN if bar.count >= bar.target else ORANGE
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#eef2f6"))
                p.drawRoundedRect(left, y + 5, bar_w, self.ROW_H - 10, 3, 3)
                if bar.count:
                    p.setBrush(QColor(colour))
                    p.drawRoundedRect(left, y + 5, max(4, int(bar_w * bar.count / scale_max)), self.ROW_H - 10, 3, 3)
                if bar.target:
                    x = left + int(bar_w * bar.target / scale_max)
                    p.setPen(QColor("#1f2933"))
                    p.drawLine(x, y + 2, x, y + self.ROW_H - 2)
                p.setPen(QColor(colour if bar.target else "#1f2933"))
                text = f"{bar.count}/{bar.target}" if bar.target else str(bar.count)
                p.drawText(left + bar_w + 8, y, 62, self.ROW_H, Qt.AlignmentFlag.AlignVCenter, text)
                y += self.ROW_H
            y += 4
        x = 16
        y += 6
        for text, colour in self.LEGEND:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRoundedRect(x, y + 7, 14, 10, 2, 2)
            p.setPen(QColor(GREY))
            p.drawText(x + 20, y, 200, self.ROW_H, Qt.AlignmentFlag.AlignVCenter, text)
            x += 20 + fm.horizontalAdvance(text) + 18
        p.setPen(QColor("#1f2933"))
        p.drawLine(x, y + 4, x, y + self.ROW_H - 4)
        p.setPen(QColor(GREY))
        p.drawText(x + 8, y, 200, self.ROW_H, Qt.AlignmentFlag.AlignVCenter, "竖线：年度目标次数")
