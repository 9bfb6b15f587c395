"""The gazetteer index under concurrent use: several processes building it at once (the
pipeline with several worker processes, parallel test runs), a damaged file in its place,
and a reader whose file is replaced while it is open."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from eventwire.places.gazetteer import Gazetteer

PROBE = (
    "import sys; from pathlib import Path; from eventwire.places.gazetteer import Gazetteer; "
    "g = Gazetteer(Path(sys.argv[1])); "
    "print(sum(1 for c in g.candidates('Paris') if c.country == 'FRA'))"
)


def test_two_processes_building_at_once_both_succeed(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer-test.sqlite"
    target.write_bytes(b"not a database: an unfinished copy from an earlier crash")
    procs = [subprocess.Popen([sys.executable, "-c", PROBE, str(target)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err[-2000:]
        assert int(out.strip()) >= 1
    assert not list(tmp_path.glob("*.tmp*"))  # no temporary file is left behind


def test_a_reader_keeps_working_when_the_file_is_replaced(gazetteer: Gazetteer, tmp_path: Path) -> None:
    copy = tmp_path / "gazetteer-copy.sqlite"
    shutil.copyfile(gazetteer.path, copy)
    reader = Gazetteer(copy)
    assert any(c.country == "FRA" for c in reader.candidates("Paris"))
    fresh = tmp_path / "gazetteer-new.sqlite"
    shutil.copyfile(gazetteer.path, fresh)
    fresh.replace(copy)  # what a concurrent rebuild does
    assert any(c.country == "COL" for c in reader.candidates("Bogotá"))
    assert any(c.country == "COL" for c in Gazetteer(copy).candidates("Bogotá"))
