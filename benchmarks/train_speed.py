"""Measure FDN training throughput (images per second) on real WIDER FACE images.

Runs a few training iterations per setting (backbone, image scale, channels_last, bfloat16
autocast) with the data already decoded, so the numbers are the model's forward, loss and
backward cost on this machine. Usage:
    PBS_DATA_ROOT=... python benchmarks/train_speed.py [--iterations 12] [--threads 2]
"""
import argparse
import itertools
import json
import platform
import time

import torch

from pbs_paper.anchors import grid_anchors
from pbs_paper.data import WiderFaceDataset, collate_images
from pbs_paper.labels import parse_label_function
from pbs_paper.losses import detection_loss
from pbs_paper.train import TrainConfig, anchor_targets, build_model, _freeze_batchnorm


def measure(config: TrainConfig, samples: list, iterations: int) -> float:
    model = build_model(config)
    if config.channels_last:
        model = model.to(memory_format=torch.channels_last)
    model.train()
    _freeze_batchnorm(model)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=0.9)
    label_fn = parse_label_function(config.labels)
    elapsed, images = 0.0, 0
    for step in range(iterations + 2):
        chunk = [samples[(step * config.batch_size + i) % len(samples)] for i in range(config.batch_size)]
        batch = collate_images(chunk)
        x = batch["images"]
        if config.channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        start = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=config.bf16):
            scores, deltas, (h, w) = model(x)
        anchors = grid_anchors(config.anchor_spec, h, w)
        labels, targets = anchor_targets(anchors, batch["boxes"], batch["sizes"], label_fn, config.anchor_spec)
        head_scores = scores.float().reshape(-1, 2) if config.head == "softmax" else scores.float().reshape(-1)
        loss = detection_loss(head_scores, deltas.float().reshape(-1, 4), labels.reshape(-1),
                              targets.reshape(-1, 4), config.head)["loss"]
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step >= 2:  # the first two iterations warm up the allocator and kernels
            elapsed += time.perf_counter() - start
            images += config.batch_size
    return images / elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=12, help="timed iterations per setting")
    parser.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    parser.add_argument("--backbones", nargs="+", default=["mnet025", "zf24"])
    parser.add_argument("--scales", nargs="+", default=["600x1000", "480x800", "384x640"])
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rows = []
    for backbone, scale in itertools.product(args.backbones, args.scales):
        short, longest = (int(v) for v in scale.split("x"))
        dataset = WiderFaceDataset(events=[0, 1, 2], short_side=short, max_side=longest, max_images=8)
        samples = [dataset[i] for i in range(len(dataset))]
        for channels_last, bf16 in [(False, False), (True, False), (False, True), (True, True)]:
            config = TrainConfig(backbone=backbone, head="precise_sigmoid", channels_last=channels_last, bf16=bf16,
                                 anchor_scales=[2, 4, 8, 16, 32], pretrained=backbone == "mnet025")
            speed = measure(config, samples, args.iterations)
            row = {"backbone": backbone, "scale": scale, "channels_last": channels_last, "bf16": bf16,
                   "images_per_second": round(speed, 2)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(json.dumps({"machine": platform.processor() or platform.machine(), "threads": args.threads,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
