"""The batch API: picklable settings and results, no set-up in workers, and the README's Dask
recipe on a real two-process LocalCluster giving the same findings as a serial run."""

import json
import pickle

from mslint.batch import BatchResult, BatchSettings, lint_partition, lint_records
from mslint.model import Finding

RECORDS = [
    ("r1", "Our stem cell therapy cures MS. Book your consultation today."),
    ("r2", "There is no cure for MS. Talk to your neurologist."),
    ("r3.md", "---\ntitle: Miracle cure for MS\n---\n\nBody text.\n"),
    ("r4.html", "<nav>Book your consultation today</nav><p>Many MS sufferers travel.</p>"),
    ("r5", "My neighbour suffers from MS."),
] * 4


def test_serial_results():
    results = list(lint_records(RECORDS[:5], BatchSettings()))
    assert [(r.id, [(f["line"], f["column"], f["code"]) for f in r.findings], r.error, r.scorecard) for r in results] == [
        ("r1", [(1, 23, "CLM001"), (1, 33, "COM001")], None, None),
        ("r2", [], None, None),
        ("r3.md", [(2, 8, "HYP003")], None, None),  # the front-matter headline
        ("r4.html", [(1, 48, "LNG001")], None, None),
        ("r5", [], None, None),  # LNG006 is info: below the default min-severity
    ]
    info = list(lint_records([RECORDS[4]], BatchSettings(min_severity="info", findings_as="finding")))
    assert [(type(f), f.code) for f in info[0].findings] == [(Finding, "LNG006")]


def test_settings_and_results_pickle_and_serialise():
    settings = BatchSettings(select=("CLM", "COM"), min_severity="info")
    assert pickle.loads(pickle.dumps(settings)) == settings
    for result in lint_records(RECORDS[:5], BatchSettings(findings_as="finding")):
        assert pickle.loads(pickle.dumps(result)) == result
        json.dumps(result.to_dict())


def test_a_bad_record_gives_an_error_not_an_exception():
    (result,) = lint_records([("x", None)])
    assert result == BatchResult("x", [], "TypeError: expected string or bytes-like object, got 'NoneType'")


def test_config_file_and_selection(tmp_path):
    config = tmp_path / "mslint.toml"
    config.write_text('[severity]\nCOM001 = "error"\n')
    (result,) = lint_records([RECORDS[0]], BatchSettings(select=("COM",), config_file=str(config)))
    assert [(f["code"], f["severity"]) for f in result.findings] == [("COM001", "error")]


def test_dask_recipe_on_a_two_process_local_cluster_matches_a_serial_run():
    import dask.bag as db
    import distributed

    settings = BatchSettings(min_severity="info")
    serial = lint_partition(RECORDS, settings)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            # The README's recipe:
            bag = db.from_sequence(RECORDS, npartitions=4)
            results = bag.map_partitions(lint_partition, settings).compute()
            workers = len(client.scheduler_info()["workers"])
    assert workers == 2
    assert results == serial
    assert sum(len(r["findings"]) for r in results) == 4 * 5
