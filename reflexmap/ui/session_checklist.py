"""The contraindications checklist confirmed before a session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.sessions import Verdict, checklist_verdict


class ChecklistDialog(QDialog):
    """One box per contraindication of the chart. Confirming with none ticked lets the
    session start; any ticked one stops it, and ``verdict`` says why."""

    def __init__(self, contraindications: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you start"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contraindications = contraindications
        self.verdict: Verdict | None = None
        intro = QLabel(
            self.tr(
                "Tick anything that applies to you now. The source advises against foot "
                "massage with any of these."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: list[QCheckBox] = []
        for item in contraindications:
            box = QCheckBox(item, self)
            layout.addWidget(box)
            self.boxes.append(box)
        buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self.tr("Confirm and Start"), self)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ticked(self) -> frozenset[str]:
        return frozenset(box.text() for box in self.boxes if box.isChecked())

    def accept(self) -> None:
        self.verdict = checklist_verdict(self.contraindications, self.ticked())
        super().accept()
