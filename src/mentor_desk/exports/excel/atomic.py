"""The Excel writer's names for the one atomic writer (mentor_desk.exports.atomic)."""

from mentor_desk.exports.atomic import (
    CancelCheck,
    ProgressCallback,
    atomic_target,
    check_writable,
    folder_message,
    locked_message,
)

__all__ = ["CancelCheck", "ProgressCallback", "atomic_target", "check_writable", "folder_message", "locked_message"]
