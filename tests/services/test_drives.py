"""Finding removable drives: a sample /proc/mounts and /sys tree, Windows drive types."""

from __future__ import annotations

from pathlib import Path

from ipquiz.services.drives import Mount, disk_of, parse_mounts, removable_drives

PROC_MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
/dev/sdb1 /media/operator/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /run/media/operator/My\040Stick exfat rw,nosuid,nodev 0 0
/dev/mmcblk0p1 /mnt/sd vfat rw,relatime 0 0
/dev/sdd1 /mnt/backup ext4 rw,relatime 0 0
/dev/sr0 /media/operator/CDROM iso9660 ro,nosuid,nodev 0 0
server:/export /media/share nfs4 rw,relatime 0 0
"""


def sys_tree(root: Path, removable: dict[str, str]) -> Path:
    for disk, flag in removable.items():
        folder = root / "block" / disk
        folder.mkdir(parents=True)
        (folder / "removable").write_text(flag + "\n", encoding="ascii")
    return root


def test_parse_mounts_reads_every_line_and_unescapes_spaces() -> None:
    mounts = parse_mounts(PROC_MOUNTS)
    assert len(mounts) == 11
    stick = next(m for m in mounts if m.device == "/dev/sdc1")
    assert stick.root == "/run/media/operator/My Stick"
    assert stick.label == "My Stick"
    assert next(m for m in mounts if m.device == "/dev/sr0").read_only


def test_partitions_belong_to_their_disks() -> None:
    assert [disk_of(d) for d in ("/dev/sdb1", "/dev/mmcblk0p1", "/dev/nvme0n1p2", "/dev/sdd")] == [
        "sdb",
        "mmcblk0",
        "nvme0n1",
        "sdd",
    ]


def test_linux_drives_under_media_or_flagged_removable(tmp_path: Path) -> None:
    sys_root = sys_tree(tmp_path / "sys", {"nvme0n1": "0", "sdb": "1", "mmcblk0": "1", "sdd": "0"})
    found = removable_drives(parse_mounts(PROC_MOUNTS), platform="linux", sys_root=sys_root)
    assert [m.root for m in found] == [
        "/media/operator/KINGSTON",  # under /media (and flagged)
        "/run/media/operator/My Stick",  # under /run/media, its disk not in /sys at all
        "/mnt/sd",  # elsewhere, but an SD card: removable per /sys
    ]
    # not: the system disk, the fixed backup disk, a read-only CD, a network share, /sys, /proc


def test_nothing_plugged_in_finds_nothing(tmp_path: Path) -> None:
    text = "/dev/sda2 / ext4 rw 0 0\n/dev/sda1 /boot vfat rw 0 0\n"
    sys_root = sys_tree(tmp_path / "sys", {"sda": "0"})
    assert removable_drives(parse_mounts(text), platform="linux", sys_root=sys_root) == []
    assert removable_drives([], platform="linux", sys_root=tmp_path / "missing") == []


def test_windows_drives_of_the_removable_type() -> None:
    mounts = [Mount("C:\\", ""), Mount("E:\\", "", "KINGSTON"), Mount("F:\\", "", "NAS")]
    types = {"C:\\": 3, "E:\\": 2, "F:\\": 4}  # fixed, removable, remote
    found = removable_drives(mounts, platform="win32", drive_type=types.__getitem__)
    assert [m.label for m in found] == ["KINGSTON"]


def test_macos_volumes() -> None:
    mounts = [Mount("/", "/dev/disk1s1"), Mount("/Volumes/STICK", "/dev/disk4s1")]
    assert [m.label for m in removable_drives(mounts, platform="darwin")] == ["STICK"]
