"""Print, preview and export the chart from the window, remembering page and folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.chart_layout import PageTooSmall
from ..core.model import Chart
from .printing import ChartOptions, ExportError, export_chart, page_size_by_name, print_pages


class ChartExporter(QObject):
    """The chart's File menu work, on the chart ``current_chart`` gives. ``focus_zones`` gives
    the zones of "only selected or found zones": the search's results, else the selection, else
    none (meaning all)."""

    def __init__(
        self,
        current_chart: Callable[[], Chart],
        window: QWidget,
        settings: QSettings | None,
        focus_zones: Callable[[], tuple[str, ...]],
    ) -> None:
        super().__init__(window)
        self._chart = current_chart
        self._window = window
        self._settings = settings
        self._focus_zones = focus_zones
        self.only_focus = False
        self.guide = False
        self.grayscale = False
        self._printer: QPrinter | None = None
        self.page_size = QPageSize.PageSizeId.A4
        self.landscape = False
        if settings is not None:
            size = page_size_by_name(str(settings.value("export/page_size", "A4")))
            self.page_size = size or QPageSize.PageSizeId.A4
            self.landscape = bool(settings.value("export/landscape", False, type=bool))

    @property
    def printer(self) -> QPrinter:
        """Made on first use: a printer loads the system's print services."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(self._chart().info.name)
            self._printer.setFullPage(True)
            self._printer.setPageSize(QPageSize(self.page_size))
            self._printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if self.landscape
                else QPageLayout.Orientation.Portrait
            )
        return self._printer

    def options(self) -> ChartOptions:
        return ChartOptions(
            page_size=self.page_size,
            landscape=self.landscape,
            zones=self._focus_zones() if self.only_focus else (),
            guide=self.guide,
            grayscale=self.grayscale,
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
        folder = self._settings.value("export/folder", "") if self._settings else ""
        name = str(Path(str(folder or Path.home())) / self._chart().info.name.split(",")[0])
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
            export_chart(self._chart(), path, self.options())
        except (ExportError, PageTooSmall) as error:
            QMessageBox.warning(self._window, self.tr("Export Chart"), str(error))
            return False
        if self._settings is not None:
            self._settings.setValue("export/folder", str(path.parent))
        self._remember_page()
        return True

    def _paint(self, printer: QPrinter) -> None:
        if not print_pages(printer, self._chart(), self.options()):
            QMessageBox.warning(self._window, self.tr("Print"), self.tr("Could not print."))

    def _remember_page(self) -> None:
        """Take the page the printer dialogs chose, for exports and the next run."""
        if self._printer is not None:
            layout = self._printer.pageLayout()
            if layout.pageSize().id() is not QPageSize.PageSizeId.Custom:
                self.page_size = layout.pageSize().id()
            self.landscape = layout.orientation() == QPageLayout.Orientation.Landscape
        if self._settings is not None:
            self._settings.setValue("export/page_size", self.page_size.name)
            self._settings.setValue("export/landscape", self.landscape)
