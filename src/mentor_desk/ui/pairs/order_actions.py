"""Creating, editing and printing orders: one controller for the pairs tab and the register of orders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mentor_desk.domain.documents import NameUse, OrderDocument
from mentor_desk.domain.enums import OrderKind, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import OrderDraft, OrderRecord, PersonRef
from mentor_desk.errors import UserError
from mentor_desk.services import documents
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.operations import Change, Operation
from mentor_desk.ui.common.pdf_preview import PdfJob, choose_target
from mentor_desk.ui.pairs.name_forms_dialog import NameFormsDialog
from mentor_desk.ui.pairs.order_dialog import OrderDialog

ENDED_OR_OPEN = {
    OrderKind.FIX_PAIRS: lambda p: p.status.is_open,
    OrderKind.COMPLETION: lambda p: not p.status.is_open,
}


class OrderActions:
    """The order being edited (`dialog`) and the PDF being written (`pdf_job`) for one window."""

    def __init__(self, services: Services, parent: QWidget, changed: Callable[[], None]) -> None:
        self._services = services
        self._parent = parent
        self._changed = changed
        self.dialog: OrderDialog | None = None
        self.pdf_job: PdfJob | None = None
        self.names_dialog: NameFormsDialog | None = None

    def _staff(self) -> list[PersonRef]:
        people = self._services.people.list_people(include_archived=False, kind=PersonKind.STAFF)
        return [p.ref for p in sorted(people, key=lambda p: collation_key(p.full_name))]

    def _default_coordinator(self, staff: list[PersonRef]) -> int | None:
        wanted = collation_key(self._services.organisation.get().coordinator_name)
        return next((p.id for p in staff if wanted and collation_key(p.full_name) == wanted), None)

    def _dialog(self, kind: OrderKind, order_id: int | None) -> OrderDialog | None:
        services = self._services
        order = services.orders.get(order_id) if order_id is not None else None
        pairs = []
        if kind in ENDED_OR_OPEN:
            wanted = set(order.pair_ids) if order is not None else set()
            pairs = [p for p in services.pairs.list_pairs() if ENDED_OR_OPEN[kind](p) or p.id in wanted]
            if not pairs:
                reason = ("Нет действующих или планируемых пар: приказу нечего закреплять."
                          if kind is OrderKind.FIX_PAIRS else "Нет завершённых или прерванных пар: приказу "
                          "о завершении нечего называть. Сначала закройте пары.")
                prompts.show_error(self._parent, reason)
                return None
        staff = self._staff() if kind is OrderKind.APPOINT_COORDINATOR else []
        dialog = OrderDialog(kind, pairs, self._parent, suggested=services.orders.suggested_pair_ids(kind),
                             staff=staff, orders=services.orders.list_orders(), order=order,
                             default_coordinator=self._default_coordinator(staff) if staff else None)
        dialog.submitted.connect(lambda draft: self._save(dialog, order_id, draft))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_order(self, kind: OrderKind = OrderKind.FIX_PAIRS) -> OrderDialog | None:
        return self._dialog(kind, None)

    def edit_order(self, order_id: int) -> OrderDialog | None:
        try:
            kind = self._services.orders.get(order_id).kind
        except UserError as exc:
            prompts.show_error(self._parent, exc.message)
            return None
        return self._dialog(kind, order_id)

    def _save(self, dialog: OrderDialog, order_id: int | None, draft: OrderDraft) -> None:
        Operation(self._parent, lambda: self._services.orders.save(draft, order_id), Change.ORDERS | Change.PAIRS) \
            .in_dialog(dialog).success(self._saved).run()

    def _saved(self, order: OrderRecord) -> None:
        self.dialog = None
        self._changed()
        pairs = f" (пар и групп: {len(order.pair_ids)})" if order.pair_ids else ""
        if prompts.ask_yes_no(self._parent, f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y} сохранён"
                                            f"{pairs}. Открыть его в PDF для печати?", "Приказ сохранён"):
            self.print_order(order.id)

    def print_order(self, order_id: int | None, save_as: bool = False) -> PdfJob | None:
        """The order (default: the latest fixing pairs) as PDF, opened in the system viewer or saved.

        First the coordinator checks the names and positions in the cases the order uses
        (`names_dialog`); the PDF is written once they are confirmed. Returns the job when no
        check is needed (no declined names), else None (the job starts on confirmation).
        """
        if self.pdf_job is not None and self.pdf_job.running:
            return None
        try:
            document = documents.order_for_print(self._services, order_id)
            uses = documents.order_name_uses(self._services, document)
        except UserError as exc:
            prompts.show_error(self._parent, exc.message)
            return None
        if not uses:
            return self._write(document, save_as)
        order = document.order
        dialog = NameFormsDialog(uses, f"№ {order.number} от {order.signed_on:%d.%m.%Y}", self._parent)
        dialog.submitted.connect(lambda confirmed: self._names_confirmed(dialog, document, confirmed, save_as))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.names_dialog = dialog
        dialog.open()
        return None

    def _names_confirmed(self, dialog: NameFormsDialog, document: OrderDocument, uses: list[NameUse],
                         save_as: bool) -> None:
        services = self._services
        Operation(self._parent, lambda: documents.remember_name_forms(services, document, uses), Change.PEOPLE) \
            .in_dialog(dialog).success(lambda confirmed: self._confirmed(confirmed, save_as)).run()

    def _confirmed(self, document: OrderDocument, save_as: bool) -> None:
        self.names_dialog = None
        self._write(document, save_as)

    def _write(self, document: OrderDocument, save_as: bool) -> PdfJob | None:
        order = document.order
        name = f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y}"
        target = choose_target(self._parent, "Сохранить приказ (PDF или Word)", name, save_as)
        if target is None:
            return None
        services = self._services
        job = PdfJob(self._parent, name,
                     lambda path, progress, cancelled: (
                         documents.export_order_docx if path.suffix.lower() == ".docx" else documents.export_order_pdf
                     )(services, path, progress=progress, cancel=cancelled, document=document),
                     target, open_after=not save_as)
        self.pdf_job = job
        return job.start()
