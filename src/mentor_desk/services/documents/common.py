"""What every export shares: progress and cancel callbacks, the result, target checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mentor_desk.errors import Cancelled, UserError

# progress(done, total, text): called now and then from the worker thread; total 0 = unknown
Progress = Callable[[int, int, str], None]
# cancel() -> True: stop as soon as possible, raise Cancelled, leave no file behind
CancelCheck = Callable[[], bool]


def no_progress(done: int, total: int, text: str) -> None:
    """The default progress callback: nobody is watching."""


def never() -> bool:
    return False


def check_cancel(cancel: CancelCheck) -> None:
    if cancel():
        raise Cancelled()


@dataclass(frozen=True)
class DocumentResult:
    """What an export wrote: the file, counts, and Russian lines to show the coordinator."""

    path: Path
    message: str
    count: int = 0  # rows of a register, documents in a PDF
    pages: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def text(self) -> str:
        return " ".join((self.message, *self.notes)).strip()


class MissingDocumentError(UserError):
    """Nothing to print yet (no order, no ИОМ): the message says where to create it.

    `cli_hint` replaces the window's hint on the command line.
    """

    def __init__(self, reason: str, gui_hint: str, cli_hint: str) -> None:
        super().__init__(f"{reason} {gui_hint}".strip())
        self.reason = reason
        self.cli_hint = cli_hint

    @property
    def cli_message(self) -> str:
        return f"{self.reason} {self.cli_hint}".strip()


def checked_target(target: Path | str, suffixes: tuple[str, ...]) -> Path:
    """The output path, refused with a Russian message when its type or folder is wrong."""
    target = Path(target)
    if target.suffix.lower() not in suffixes:
        wanted = " или ".join(suffixes)
        raise UserError(f"Имя файла «{target.name}» должно оканчиваться на {wanted}.")
    if target.is_dir():
        raise UserError(f"«{target}» — это папка. Укажите имя файла, например «{target / ('документ' + suffixes[0])}».")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Папка «{folder}» не найдена. Выберите существующую папку для сохранения.")
    return target
