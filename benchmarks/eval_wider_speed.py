"""Time `evaluate_wider` on the whole WIDER FACE val set (3,226 images) on one CPU thread.

Usage: PBS_DATA_ROOT=/path/to/data python benchmarks/eval_wider_speed.py [--repeats 5] [--json PATH]

Unpacks each published prediction set under <data_root>/widerface/predictions/ to a temporary
folder, then times the ground-truth loading, the reading of the result files, the evaluation of
the arrays and the whole `evaluate_wider` call. Each time is the best of `--repeats` runs, after
one warm-up run that fills the file cache.
"""
import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"  # must be set before numpy is imported

import argparse
import platform
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

from pbs_paper.core import atomic_write_json, data_root
from pbs_paper.eval_wider import (GROUND_TRUTH_SUBDIR, SETTINGS, evaluate_wider, evaluate_wider_predictions,
                                  load_wider_ground_truth, read_wider_predictions)

PREDICTION_SETS = ("face-detector-1mb-rfb-320", "retinaface-mnet-mahaitao999")


def best_time(function, repeats: int) -> tuple[float, object]:
    "Return the shortest wall time of `repeats` calls of `function` (after one warm-up call) and its last result."
    result = function()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def time_prediction_set(archive: Path, gt_dir: Path, repeats: int) -> dict:
    with tempfile.TemporaryDirectory() as folder, tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
        pred_dir = Path(folder) / "widerface_txt"
        truth = load_wider_ground_truth(gt_dir)
        predictions = read_wider_predictions(pred_dir, truth)
        timings = {
            "load_ground_truth_s": best_time(lambda: load_wider_ground_truth(gt_dir), repeats)[0],
            "read_predictions_s": best_time(lambda: read_wider_predictions(pred_dir, truth), repeats)[0],
            "evaluate_arrays_s": best_time(lambda: evaluate_wider_predictions(predictions, truth), repeats)[0],
        }
        timings["evaluate_wider_s"], result = best_time(lambda: evaluate_wider(pred_dir, gt_dir), repeats)
    return {"boxes": int(sum(len(boxes) for boxes in predictions)), "images": result["image_count"],
            **{setting: round(result[setting], 4) for setting in SETTINGS},
            **{name: round(seconds, 3) for name, seconds in timings.items()}}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per step; the best one is reported")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers to this JSON file")
    args = parser.parse_args(argv)

    root = data_root()
    gt_dir = root / GROUND_TRUTH_SUBDIR
    rows = {}
    for name in PREDICTION_SETS:
        archive = root / "widerface" / "predictions" / f"{name}.tar.gz"
        if not archive.exists():
            print(f"skipping {name}: {archive} not found")
            continue
        rows[name] = time_prediction_set(archive, gt_dir, args.repeats)
        print(name, rows[name], flush=True)

    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} logical CPUs, numpy {np.__version__}, 1 thread"
    print(f"\nmachine: {machine}")
    print("| prediction set | boxes | easy | medium | hard | ground truth (s) | read results (s) | evaluate arrays (s) | evaluate_wider (s) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {row['boxes']:,} | {row['easy']:.4f} | {row['medium']:.4f} | {row['hard']:.4f} | "
              f"{row['load_ground_truth_s']:.3f} | {row['read_predictions_s']:.3f} | {row['evaluate_arrays_s']:.3f} | "
              f"{row['evaluate_wider_s']:.3f} |")
    if args.json:
        atomic_write_json(args.json, {"machine": machine, "repeats": args.repeats, "results": rows}, overwrite=True)


if __name__ == "__main__":
    main()
