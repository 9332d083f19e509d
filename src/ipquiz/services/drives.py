"""Removable drives the kiosk operator can export to (USB sticks, SD cards).

Pure rules over what the system reports, so they are tested on a sample mount list and
a sample /sys tree:

- Linux: a writable mount of a /dev device under /media or /run/media (where desktops
  mount sticks), or of a block device whose /sys/block/<disk>/removable says 1;
- Windows: a drive of the removable type (GetDriveTypeW: DRIVE_REMOVABLE);
- macOS: a volume under /Volumes.

The window lists the mounted volumes (Qt's QStorageInfo) and hands them in.
"""

from __future__ import annotations

import ctypes
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

LINUX_MEDIA = (PurePosixPath("/media"), PurePosixPath("/run/media"))
DRIVE_REMOVABLE = 2  # GetDriveTypeW
# A partition's name ends its disk's: sdb1 -> sdb, mmcblk0p1 -> mmcblk0, nvme0n1p2 -> nvme0n1.
_PARTITION = re.compile(r"^(?P<disk>(?:mmcblk|nvme\d+n|loop)\d+)p\d+$|^(?P<plain>[a-z]+)\d+$")


@dataclass(frozen=True, slots=True)
class Mount:
    """One mounted volume, as the system reports it."""

    root: str  # where it is mounted: "/media/op/KINGSTON", "E:\\"
    device: str  # "/dev/sdb1" (Linux); Windows and macOS may leave it empty
    name: str = ""  # the volume's label
    read_only: bool = False
    free_bytes: int | None = None

    @property
    def label(self) -> str:
        """What the operator reads on the button: the label, else the folder's name."""
        return self.name or PurePosixPath(self.root.replace("\\", "/")).name or self.root


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 (octal escapes)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[Mount]:
    """The mounts of a /proc/mounts (or /proc/self/mounts) text."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        device, root, _fstype, options = fields[:4]
        mounts.append(
            Mount(
                root=_unescape(root),
                device=_unescape(device),
                read_only="ro" in options.split(","),
            )
        )
    return mounts


def disk_of(device: str) -> str:
    """The disk a partition device belongs to: /dev/sdb1 -> sdb."""
    name = PurePosixPath(device).name
    match = _PARTITION.match(name)
    if match is None:
        return name
    return match.group("disk") or match.group("plain")


def _removable_block(device: str, sys_root: Path) -> bool:
    if not device.startswith("/dev/"):
        return False
    flag = sys_root / "block" / disk_of(device) / "removable"
    try:
        return flag.read_text(encoding="ascii").strip() == "1"
    except OSError:
        return False


def _is_under(root: str, folders: Iterable[PurePosixPath]) -> bool:
    path = PurePosixPath(root)
    return any(path != folder and path.is_relative_to(folder) for folder in folders)


def removable_drives(
    mounts: Iterable[Mount],
    *,
    platform: str = sys.platform,
    sys_root: Path = Path("/sys"),
    drive_type: Callable[[str], int] | None = None,
) -> list[Mount]:
    """The writable removable drives among `mounts`, each once, in the order given."""
    found: list[Mount] = []
    seen: set[str] = set()
    for mount in mounts:
        if mount.read_only or mount.root in seen:
            continue
        if platform.startswith("win"):
            removable = drive_type is not None and drive_type(mount.root) == DRIVE_REMOVABLE
        elif platform == "darwin":
            removable = _is_under(mount.root, (PurePosixPath("/Volumes"),))
        else:
            removable = mount.device.startswith("/dev/") and (
                _is_under(mount.root, LINUX_MEDIA) or _removable_block(mount.device, sys_root)
            )
        if removable:
            seen.add(mount.root)
            found.append(mount)
    return found


def windows_drive_type() -> Callable[[str], int] | None:
    """GetDriveTypeW on Windows; None elsewhere."""
    windll: Any = getattr(ctypes, "windll", None)  # Windows only
    if windll is None:
        return None
    return lambda root: int(windll.kernel32.GetDriveTypeW(root))
