#!/usr/bin/env python
"""Time the FDDB evaluation of `pbs_paper.eval_fddb` on all 10 folds.

    PBS_DATA_ROOT=DIR python benchmarks/eval_fddb_speed.py [--n-detections 30000] [--repeat 3] [--json]

Needs `<data_root>/fddb/FDDB-folds`, `image_sizes.tsv` and the FaceBoxes and MTCNN detections
under `results/`. It scores three detection sets: the two published ones, and a synthetic
file of `--n-detections` boxes drawn from the FaceBoxes boxes with random shifts, scales and
scores. In the synthetic file nearly every detection has its own score, so every detection is
a threshold, which is the slowest case. Each time is the best of `--repeat` runs of one
process, with OpenCV limited to one thread.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import scipy

from pbs_paper.core import data_root
from pbs_paper.eval_fddb import (evaluate_fddb, format_roc, image_sizes, load_fddb_annotations,
                                 read_detections)


def synthetic_detections(source: Path, names: list[str], n_detections: int, seed: int) -> str:
    "Return an FDDB detection file of `n_detections` jittered copies of the boxes in `source`."
    rng = np.random.default_rng(seed)
    boxes = read_detections(source).boxes
    pool = [(name, box) for name in names for box in boxes.get(name, [])]
    picks = rng.integers(0, len(pool), n_detections)
    per_image = {name: [] for name in names}
    for index in picks:
        name, (x, y, w, h, _) = pool[index]
        scale = np.exp(rng.normal(0, 0.1, 2))
        new_w, new_h = w * scale[0], h * scale[1]
        new_x = x + (w - new_w) / 2 + rng.normal(0, 0.05) * w
        new_y = y + (h - new_h) / 2 + rng.normal(0, 0.05) * h
        per_image[name].append(f"{new_x:.2f} {new_y:.2f} {new_w:.2f} {new_h:.2f} {rng.uniform(0.05, 1):.8f}")
    lines = []
    for name in names:
        lines += [name, str(len(per_image[name])), *per_image[name]]
    return "\n".join(lines) + "\n"


def best_time(function, repeat: int):
    "Run `function` `repeat` times; return its last result and the shortest wall time in seconds."
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return result, min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-root", default=None, help="data root (default: $PBS_DATA_ROOT, else <project>/data)")
    parser.add_argument("--n-detections", type=int, default=30_000, help="size of the synthetic detection file")
    parser.add_argument("--repeat", type=int, default=3, help="number of runs per measurement (the shortest time is reported)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic detections")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)

    fddb = data_root(args.data_root) / "fddb"
    faceboxes = fddb / "results/faceboxes/fddb_faceboxes_result.txt"
    mtcnn = fddb / "results/mtcnn"
    required = [fddb / "FDDB-folds", fddb / "image_sizes.tsv", faceboxes, mtcnn]
    missing = [str(path) for path in required if not path.exists()]
    if missing:
        print(f"eval_fddb_speed: missing {', '.join(missing)}. Set --data-root or $PBS_DATA_ROOT to a folder "
              f"that contains fddb/.", file=sys.stderr)
        return 1
    cv2.setNumThreads(1)

    annotations, load_seconds = best_time(lambda: load_fddb_annotations(fddb / "FDDB-folds"), args.repeat)
    sizes = image_sizes(annotations.names, None, fddb / "image_sizes.tsv")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        synthetic = Path(folder, "synthetic.txt")
        synthetic.write_text(synthetic_detections(faceboxes, annotations.names, args.n_detections, args.seed))
        for label, path in [("FaceBoxes", faceboxes), ("MTCNN (10 files)", mtcnn), ("synthetic", synthetic)]:
            detections, read_seconds = best_time(lambda: read_detections(path), args.repeat)
            result, score_seconds = best_time(lambda: evaluate_fddb(detections, annotations, sizes), args.repeat)
            _, format_seconds = best_time(lambda: format_roc(result), args.repeat)
            rows.append({
                "set": label, "detections": detections.n_detections, "roc_points": len(result.fp),
                "read_s": round(read_seconds, 3), "score_s": round(score_seconds, 3),
                "format_s": round(format_seconds, 3),
                "total_s": round(read_seconds + score_seconds + format_seconds, 3),
                "tpr@1000": round(result.tpr_at(1000), 4),
            })

    machine = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
               "opencv": cv2.__version__, "processor": platform.processor() or platform.machine()}
    if args.json:
        print(json.dumps({"load_annotations_s": round(load_seconds, 3), "sets": rows, "machine": machine}))
        return 0
    print(f"Annotations of 10 folds ({len(annotations.names)} images, {annotations.n_faces} faces) "
          f"read in {load_seconds:.3f} s")
    print("| detection set | detections | ROC points | read (s) | score (s) | write ROC text (s) | total (s) | TPR at 1000 FP |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['set']} | {row['detections']:,} | {row['roc_points']:,} | {row['read_s']:.2f} | "
              f"{row['score_s']:.2f} | {row['format_s']:.2f} | {row['total_s']:.2f} | {row['tpr@1000']:.4f} |")
    print(f"Python {machine['python']}, numpy {machine['numpy']}, scipy {machine['scipy']}, "
          f"OpenCV {machine['opencv']}, {machine['processor']}; best of {args.repeat} runs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
