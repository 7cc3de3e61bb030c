"""Print, preview and export the chart from the window, remembering page, margins and folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from ..app import catalogue
from ..app.chart_request import ChartRequest
from ..app.settings import Settings
from ..app.state import AppState
from ..core.chart_cache import default_cache_dir
from ..core.chart_layout import DEFAULT_MARGINS, Margins, PageTooSmall
from ..core.errors import ChartError
from ..render.chart_painter import (
    ExportError,
    export_chart,
    export_sheet,
    page_size_by_name,
    print_pages,
    print_sheet,
)


class ChartExporter(QObject):
    """The File menu's printing and export, on the state's chart and Chart Options."""

    def __init__(self, state: AppState, window: QMainWindow, settings: Settings) -> None:
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
        self.saved: QWidget | None = None
        """The status bar's note of the last file saved."""

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
        options, state = self.state.print_options, self.state
        zones = state.focus_zones() if options.only_focus else ()
        return ChartRequest(
            page_size=self.page_size,
            landscape=self.landscape,
            margins=self.margins,
            zones=zones,
            guide=options.guide,
            grayscale=options.grayscale,
            view="all" if options.all_views else state.view,
            query=state.query.strip() if zones and state.matched_zones() else "",
            client=options.client,
            note=options.note,
        )

    def edit_client_header(self) -> QDialog:
        """Ask whom the chart is for, with notes; kept until the window closes, so that one
        client's name never turns up on the next client's chart another day."""
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Client Name and Notes"))
        name = QLineEdit(self.state.print_options.client, dialog)
        name.setAccessibleName(self.tr("Name"))
        notes = QPlainTextEdit(self.state.print_options.note, dialog)
        notes.setAccessibleName(self.tr("Notes"))
        notes.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QLabel(self.tr("Printed at the head of the chart, with today's date."), dialog))
        form.addRow(self.tr("&Name:"), name)
        form.addRow(self.tr("N&otes:"), notes)
        form.addRow(buttons)

        dialog.accepted.connect(
            lambda: self.state.set_client(name.text().strip(), notes.toPlainText().strip())
        )
        dialog.open()
        return dialog

    def page_setup(self) -> None:
        if QPageSetupDialog(self.printer, self._window).exec():
            self._remember_page()

    def preview(self, sheet: bool = False) -> QPrintPreviewDialog:
        """Preview the chart, or with ``sheet`` the page of where the charts disagree."""
        dialog = QPrintPreviewDialog(self.printer, self._window)
        dialog.setWindowTitle(
            self.tr("Print Where the Charts Disagree") if sheet else self.tr("Print Preview")
        )
        dialog.paintRequested.connect(self._paint_sheet if sheet else self._paint)
        dialog.finished.connect(self._remember_page)
        dialog.open()
        return dialog

    def print_chart(self) -> None:
        dialog = QPrintDialog(self.printer, self._window)
        if dialog.exec():
            self._paint(self.printer)
            self._remember_page()

    def export(self, formats: str) -> Path | None:
        """Ask where to save (PDF, PNG/SVG, or the disagreements sheet as PDF), then save."""
        title = (
            self.tr("Where the charts disagree")
            if formats == "sheet"
            else self.state.chart.info.name.split(",")[0]
        )
        name = str(Path(self.folder or Path.home()) / title)
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "sheet": self.tr("PDF document (*.pdf)"),
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
        exported = self.export_sheet_to(path) if formats == "sheet" else self.export_to(path)
        return path if exported else None

    def export_to(self, path: Path) -> bool:
        return self._export(path, lambda: export_chart(self.state.chart, path, self.request()))

    def export_sheet_to(self, path: Path) -> bool:
        """Save the page of where the bundled charts disagree."""

        def export() -> int:
            charts = catalogue.load_bundled(default_cache_dir())
            return export_sheet(charts, catalogue.load_disagreements(), path, self.request())

        return self._export(path, export)

    def _export(self, path: Path, export: Callable[[], int]) -> bool:
        try:
            export()
        except (ExportError, PageTooSmall, ChartError) as error:
            QMessageBox.warning(self._window, self.tr("Export Chart"), str(error))
            return False
        self.folder = str(path.parent)
        self._announce(path)
        return True

    def _announce(self, path: Path) -> None:
        """Say in the status bar where the file went, with buttons to open it or its
        folder; they stay until the next export."""
        bar = self._window.statusBar()
        if self.saved is not None:
            bar.removeWidget(self.saved)
            self.saved.deleteLater()
        self.saved = QWidget(bar)
        layout = QHBoxLayout(self.saved)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Saved {0}").format(path.name), self.saved))
        for text, url in (
            (self.tr("Open"), QUrl.fromLocalFile(str(path))),
            (self.tr("Show Folder"), QUrl.fromLocalFile(str(path.parent))),
        ):
            button = QToolButton(self.saved)
            button.setText(text)
            button.setToolTip(url.toLocalFile())
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, u=url: QDesktopServices.openUrl(u))
            layout.addWidget(button)
        bar.addPermanentWidget(self.saved)
        bar.showMessage(self.tr("Saved the chart as {0}").format(path), 10_000)

    def remembered(self, settings: Settings) -> Settings:
        """``settings`` with this exporter's page, margins and folder."""
        return settings._replace(
            page_size=self.page_size,
            landscape=self.landscape,
            margins=self.margins,
            export_folder=self.folder,
        )

    def _paint(self, printer: QPrinter) -> None:
        if not print_pages(printer, self.state.chart, self.request()):
            QMessageBox.warning(self._window, self.tr("Print"), self.tr("Could not print."))

    def _paint_sheet(self, printer: QPrinter) -> None:
        try:
            charts = catalogue.load_bundled(default_cache_dir())
            painted = print_sheet(printer, charts, catalogue.load_disagreements(), self.request())
        except (ChartError, PageTooSmall) as error:
            QMessageBox.warning(self._window, self.tr("Print"), str(error))
            return
        if not painted:
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
