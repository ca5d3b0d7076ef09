"""Score OpenCV's frontal-face Haar cascade on WIDER FACE val events 20 to 25.

Usage: PBS_DATA_ROOT=/path/to/data python benchmarks/haar_baseline.py [--events 20 21 ...] [--out DIR]

A baseline check of `pbs_paper.eval_wider` in subset mode. The cascade runs on the grayscale
val images with scaleFactor 1.1, minNeighbors 3 and minSize (10, 10). Each detection's score is
its level weight from `detectMultiScale3(..., outputRejectLevels=True)`, the confidence of the
cascade's last stage. A real ranking lets the 1,000 thresholds of the protocol trace a curve,
where a constant score would give a single precision-recall point. The result files go to a
temporary folder unless `--out` names one.
"""
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from tqdm import tqdm

from pbs_paper.core import data_root, require_path
from pbs_paper.eval_wider import (SETTINGS, evaluate_wider, load_wider_ground_truth,
                                  write_wider_predictions)

CASCADE = "haarcascade_frontalface_default.xml"


def detect_faces(cascade: cv2.CascadeClassifier, image_path: Path) -> tuple[np.ndarray, np.ndarray]:
    "Return (n, 4) `x y w h` boxes and (n,) level weights of the cascade's detections in one image."
    image = cv2.imread(str(image_path))
    if image is None:
        raise FileNotFoundError(f"OpenCV could not read {image_path}. Check that the file exists and is a valid image.")
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    boxes, _, weights = cascade.detectMultiScale3(gray, scaleFactor=1.1, minNeighbors=3, minSize=(10, 10),
                                                  outputRejectLevels=True)
    return np.asarray(boxes, dtype=np.float64).reshape(-1, 4), np.asarray(weights, dtype=np.float64).reshape(-1)


def run_baseline(pred_dir: Path, events) -> dict:
    root = data_root()
    images = require_path(root / "widerface" / "WIDER_val" / "images", "widerface")
    truth = load_wider_ground_truth(events=events)
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADE)
    if cascade.empty():
        raise FileNotFoundError(f"OpenCV could not load {cv2.data.haarcascades + CASCADE}. Install opencv-python-headless<5, which ships the cascade files.")
    start = time.perf_counter()
    box_count = 0
    for event, name in tqdm(list(zip(truth.events, truth.names)), desc="Haar cascade, images", unit="image"):
        boxes, scores = detect_faces(cascade, images / event / f"{name}.jpg")
        write_wider_predictions(pred_dir, event, name, boxes, scores)
        box_count += len(boxes)
    detect_seconds = time.perf_counter() - start
    result = evaluate_wider(pred_dir, events=events)
    return {"images": result["image_count"], "boxes": box_count, "detect_seconds": round(detect_seconds, 1),
            "face_count": result["face_count"], **{setting: round(result[setting], 4) for setting in SETTINGS}}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", nargs="+", type=int, default=list(range(20, 26)), help="event numbers to run and score")
    parser.add_argument("--out", type=Path, default=None, help="folder for the result files (default: a temporary folder)")
    parser.add_argument("--threads", type=int, default=1, help="number of threads OpenCV may use")
    args = parser.parse_args(argv)
    cv2.setNumThreads(args.threads)
    if args.out is not None:
        summary = run_baseline(args.out, args.events)
    else:
        with tempfile.TemporaryDirectory() as folder:
            summary = run_baseline(Path(folder), args.events)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
