"""The «ИОМ» tab: the list of ИОМ beside the selected one's roadmap; creating, deleting and printing ИОМ."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from mentor_desk.domain.enums import PairStatus
from mentor_desk.domain.records import IomRecord
from mentor_desk.services.container import Services
from mentor_desk.services.pairs import PairFilter
from mentor_desk.services.roadmaps import list_templates
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.dialog_base import FormDialog
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.pdf_preview import PdfJob, choose_target
from mentor_desk.ui.iom.iom_dialogs import NewIomDialog, NewIomRequest
from mentor_desk.ui.iom.iom_list import IOM_COLUMNS, IomListPane
from mentor_desk.ui.iom.roadmap_panel import RoadmapPanel

__all__ = ["IOM_COLUMNS", "IomTab"]


class IomTab(LazyTab):
    watches = Change.PEOPLE | Change.PAIRS | Change.IOM | Change.REFERENCE | Change.SCHOOL

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.list_pane = IomListPane(self)
        self.panel = RoadmapPanel(services, today or date.today(), self)
        self.pdf_job: PdfJob | None = None
        # the widgets tests and the screenshot tool reach through the tab
        lp, rp = self.list_pane, self.panel
        self.search_edit, self.year_combo, self.id_bar = lp.search_edit, lp.year_combo, lp.id_bar
        self.list_model, self.list_proxy, self.list_view = lp.model, lp.proxy, lp.view
        self.new_button, self.delete_iom_button, self.print_button = lp.new_button, lp.delete_button, lp.print_button
        self.passport_label, self.progress, self.overdue_label = rp.passport_label, rp.progress, rp.overdue_label
        self.roadmap, self.tree = rp.roadmap, rp.tree
        self.select_activity, self.selected_activity = rp.select_activity, rp.selected_activity
        self.edit_passport, self.add_activity, self.edit_activity = rp.edit_passport, rp.add_activity, rp.edit_activity
        self.move_activity, self.mark_done, self.delete_activity = rp.move_activity, rp.mark_done, rp.delete_activity
        self.attach_file, self.open_file = rp.attach_file, rp.open_file

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([545, 895])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        lp.selection_changed.connect(self._iom_selected)
        lp.view.activated_record.connect(rp.edit_passport)
        lp.new_button.clicked.connect(self.new_iom)
        lp.delete_button.clicked.connect(self.delete_iom)
        lp.print_requested.connect(lambda blank, save_as: self.print_iom(blank, save_as))
        rp.iom_changed.connect(self._refresh)
        self._fill_years()
        self._show(None)

    # ---- the dialog open now (on the tab or in the roadmap panel) --------------------

    @property
    def dialog(self) -> FormDialog | None:
        return self.panel.dialog

    @dialog.setter
    def dialog(self, value: FormDialog | None) -> None:
        self.panel.dialog = value

    @property
    def current(self) -> IomRecord | None:
        return self.panel.current

    # ---- list ----------------------------------------------------------------------

    def _fill_years(self) -> None:
        org = self._services.organisation
        self.list_pane.fill_years(org.school_years(), org.current_year().title)

    def reload(self, select_id: int | None = None) -> None:
        self._stale = False
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.list_pane.set_rows(self._services.roadmaps.list_ioms())
        if keep is None or not self.select_iom(keep):
            self._show(None)

    def _load(self) -> None:
        self.reload()

    def select_iom(self, iom_id: int) -> bool:
        if not self.list_pane.select(iom_id):
            return False
        self._iom_selected()
        return True

    def show_ids(self, ids: list[int], text: str) -> None:
        self.list_pane.show_ids(ids, text)

    def _iom_selected(self) -> None:
        summary = self.list_pane.selected()
        self._show(self._services.roadmaps.get(summary.id) if summary is not None else None)

    def _show(self, iom: IomRecord | None) -> None:
        self.panel.show_iom(iom)
        self.list_pane.set_iom_actions_enabled(iom is not None)

    def _refresh(self) -> None:
        """The panel changed the shown ИОМ: show it fresh and keep the list's counts in step."""
        current = self.current
        if current is None:
            return
        self._show(self._services.roadmaps.get(current.id))
        self.list_pane.set_rows(self._services.roadmaps.list_ioms())
        self.select_iom(current.id)

    # ---- actions: ИОМ --------------------------------------------------------------

    def new_item(self) -> None:
        self.new_iom()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def new_iom(self) -> None:
        s = self._services
        open_pairs = [p for p in s.pairs.list_pairs(PairFilter()) if p.status in (PairStatus.ACTIVE, PairStatus.PLANNED)]
        dialog = NewIomDialog(
            s.people.list_people(include_archived=False), open_pairs, list_templates(), s.roadmaps.list_ioms(),
            s.organisation.school_years(), s.organisation.current_year().title, self,
        )
        dialog.submitted.connect(lambda req: self._create(dialog, req))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _create(self, dialog: NewIomDialog, req: NewIomRequest) -> None:
        def create() -> IomRecord:
            self._services.organisation.ensure_year(req.draft.school_year)
            return self._services.roadmaps.create(req.draft, template_key=req.template_key, copy_from=req.copy_from)

        Operation(self, create, Change.IOM).in_dialog(dialog).success(self._show_created).run()

    def _show_created(self, iom: IomRecord) -> None:
        self._fill_years()
        self.list_pane.show_year(iom.school_year)
        self.reload(select_id=iom.id)

    def delete_iom(self) -> None:
        iom = self.current
        if iom is None:
            return
        if not prompts.ask_yes_no(
            self, f"Удалить ИОМ «{iom.mentee.full_name}» ({iom.school_year}) со всеми мероприятиями? "
                  "Это действие не отменить."):
            return
        Operation(self, lambda: self._services.roadmaps.delete(iom.id), Change.IOM).success(
            lambda _r: self._deleted()).run()

    def _deleted(self) -> None:
        self._show(None)
        self.reload()

    def print_iom(self, blank: bool, save_as: bool = False) -> PdfJob | None:
        """The selected ИОМ as PDF (written off the GUI thread), opened in the system viewer or saved."""
        iom = self.current
        if iom is None or (self.pdf_job is not None and self.pdf_job.running):
            return None
        from mentor_desk.services import documents

        variant = "бланк" if blank else "с отметками"
        # the temporary file for the viewer carries no name (viewers show it in their title bar)
        who = iom.mentee.short_name if save_as else f"№ {iom.id}"
        name = f"ИОМ {who} {iom.school_year.replace('/', '-')} ({variant})"
        target = choose_target(self, "Сохранить ИОМ (PDF или Word)", name, save_as)
        if target is None:
            return None
        services, iom_id = self._services, iom.id
        job = PdfJob(self, "ИОМ в PDF",
                     lambda path, progress, cancelled: (
                         documents.export_iom_docx if path.suffix.lower() == ".docx" else documents.export_iom_pdf
                     )(services, path, iom_id, blank=blank, progress=progress, cancel=cancelled),
                     target, open_after=not save_as)
        self.pdf_job = job
        return job.start()

    def save_state(self) -> None:
        self.list_pane.save_state()
