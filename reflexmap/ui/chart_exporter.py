"""Print, preview and export the chart from the window, remembering page, margins and folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..app.chart_request import ChartRequest
from ..app.settings import Settings
from ..app.state import AppState
from ..core.chart_layout import DEFAULT_MARGINS, Margins, PageTooSmall
from ..render.chart_painter import ExportError, export_chart, page_size_by_name, print_pages


class ChartExporter(QObject):
    """The File menu's printing and export, on the state's chart and Chart Options."""

    def __init__(self, state: AppState, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.state = state
        self._window = window
        self._printer: QPrinter | None = None
        self.page_size = settings.page_size if page_size_by_name(settings.page_size) else "A4"
        self.landscape = settings.landscape
        margins = settings.margins
        self.margins: Margins = (
            (margins[0], margins[1], margins[2], margins[3])
            if len(margins) == 4 and all(0 <= m <= 100 for m in margins)
            else DEFAULT_MARGINS
        )
        self.folder = settings.export_folder

    @property
    def printer(self) -> QPrinter:
        """Made on first use: a printer loads the system's print services."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(self.state.chart.info.name)
            # The chart's layout places the margins itself, on the whole sheet.
            self._printer.setFullPage(True)
            orientation = (
                QPageLayout.Orientation.Landscape
                if self.landscape
                else QPageLayout.Orientation.Portrait
            )
            size_id = page_size_by_name(self.page_size) or QPageSize.PageSizeId.A4
            self._printer.setPageLayout(
                QPageLayout(
                    QPageSize(size_id),
                    orientation,
                    QMarginsF(*self.margins),
                    QPageLayout.Unit.Millimeter,
                )
            )
        return self._printer

    def request(self) -> ChartRequest:
        options = self.state.print_options
        return ChartRequest(
            page_size=self.page_size,
            landscape=self.landscape,
            margins=self.margins,
            zones=self.state.focus_zones() if options.only_focus else (),
            guide=options.guide,
            grayscale=options.grayscale,
            view=self.state.view,
        )

    def page_setup(self) -> None:
        if QPageSetupDialog(self.printer, self._window).exec():
            self._remember_page()

    def preview(self) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, self._window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self._paint)
        dialog.finished.connect(self._remember_page)
        dialog.open()
        return dialog

    def print_chart(self) -> None:
        dialog = QPrintDialog(self.printer, self._window)
        if dialog.exec():
            self._paint(self.printer)
            self._remember_page()

    def export(self, formats: str) -> Path | None:
        """Ask where to save (PDF, or PNG/SVG), then save there."""
        name = str(Path(self.folder or Path.home()) / self.state.chart.info.name.split(",")[0])
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "image": self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        }[formats]
        chosen, selected_filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Chart"), name, filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(
                ".svg"
                if "svg" in selected_filter.lower()
                else ".png"
                if formats == "image"
                else ".pdf"
            )
        return path if self.export_to(path) else None

    def export_to(self, path: Path) -> bool:
        try:
            export_chart(self.state.chart, path, self.request())
        except (ExportError, PageTooSmall) as error:
            QMessageBox.warning(self._window, self.tr("Export Chart"), str(error))
            return False
        self.folder = str(path.parent)
        return True

    def remembered(self, settings: Settings) -> Settings:
        """``settings`` with this exporter's page, margins and folder."""
        return replace(
            settings,
            page_size=self.page_size,
            landscape=self.landscape,
            margins=self.margins,
            export_folder=self.folder,
        )

    def _paint(self, printer: QPrinter) -> None:
        if not print_pages(printer, self.state.chart, self.request()):
            QMessageBox.warning(self._window, self.tr("Print"), self.tr("Could not print."))

    def _remember_page(self) -> None:
        """Take the page the printer dialogs chose, for exports and the next run."""
        if self._printer is None:
            return
        layout = self._printer.pageLayout()
        if layout.pageSize().id() is not QPageSize.PageSizeId.Custom:
            self.page_size = layout.pageSize().id().name
        self.landscape = layout.orientation() == QPageLayout.Orientation.Landscape
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        self.margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
