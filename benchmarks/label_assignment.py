"""Time and peak memory of PBS label assignment: 20,000 anchors against 1,000 faces.

Usage: python benchmarks/label_assignment.py [--anchors 20000] [--faces 1000] [--repeats 5]
"""
import argparse
import json
import time

import torch

from pbs_paper.labels import assign_labels, parse_label_function


def random_boxes(count: int, max_side: float, generator: torch.Generator) -> torch.Tensor:
    corner = torch.rand(count, 2, generator=generator) * 1000
    size = 8 + torch.rand(count, 2, generator=generator) * max_side
    return torch.cat([corner, corner + size], dim=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anchors", type=int, default=20_000, help="number of anchors")
    parser.add_argument("--faces", type=int, default=1_000, help="number of faces")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats; the best is reported")
    parser.add_argument("--chunk-size", type=int, default=8192, help="anchors per IoU block")
    args = parser.parse_args()
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(0)
    anchors = random_boxes(args.anchors, 200, generator)
    faces = random_boxes(args.faces, 100, generator)
    label_fn = parse_label_function("pos0.4+split 0.4 0.8 0.5 0.9")
    times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        assign_labels(anchors, faces, label_fn, chunk_size=args.chunk_size)
        times.append(time.perf_counter() - start)
    print(json.dumps({"anchors": args.anchors, "faces": args.faces, "chunk_size": args.chunk_size,
                      "best_seconds": round(min(times), 4), "median_seconds": round(sorted(times)[len(times) // 2], 4),
                      "iou_block_mb": round(args.chunk_size * args.faces * 4 / 1e6, 1),
                      "full_matrix_mb": round(args.anchors * args.faces * 4 / 1e6, 1), "threads": 1}))


if __name__ == "__main__":
    main()
