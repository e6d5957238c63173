#!/usr/bin/env python3
"""PyTorch reference for DigitPad's `bench`: the same tutorial CNN, data and protocol, on the CPU.

Trains the TF2 tutorial CNN (Conv32-Pool-Conv64-Pool-Conv64-Dense64-Dense10, 93,322 parameters) with Adam
1e-3 on the MNIST training images and prints images/s per batch size (50 warm-up iterations, then one
epoch's worth timed, as `digitpad bench` does), then the single-image forward latency (p50/p99) over N predictions.
Needs Debian's python3-torch and python3-numpy. Usage:
    python3 src/bench/pytorch_reference.py --data ../shared/mnist [--threads 2]
"""
import argparse
import gzip
import os
import time

import numpy as np
import torch
from torch import nn


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    count = int.from_bytes(data[4:8], "big")
    if magic == 2051:
        rows, cols = int.from_bytes(data[8:12], "big"), int.from_bytes(data[12:16], "big")
        return np.frombuffer(data, np.uint8, offset=16).reshape(count, 1, rows, cols)
    if magic == 2049:
        return np.frombuffer(data, np.uint8, offset=8)
    raise ValueError(f"{path}: not an IDX file (magic {magic})")


def find(folder, name):
    for candidate in (name + ".gz", name):
        path = os.path.join(folder, candidate)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(f"{name} not in {folder}")


def tutorial_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 64, 3), nn.ReLU(),
        nn.Flatten(), nn.Linear(576, 64), nn.ReLU(), nn.Linear(64, 10))


def train_rate(x, y, batch, warmup, iterations):
    torch.manual_seed(1)
    net = tutorial_cnn()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    per_epoch = len(x) // batch
    began = 0.0
    for i in range(warmup + iterations):
        if i == warmup:
            began = time.perf_counter()
        start = (i % per_epoch) * batch
        xb, yb = x[start:start + batch], y[start:start + batch]
        opt.zero_grad()
        loss = loss_fn(net(xb), yb)
        loss.backward()
        opt.step()
    return iterations * batch / (time.perf_counter() - began)


def latency(x, predictions):
    net = tutorial_cnn().eval()
    times = []
    with torch.no_grad():
        for i in range(500 + predictions):
            xb = x[i % 100:i % 100 + 1]
            t = time.perf_counter_ns()
            torch.softmax(net(xb), dim=1)
            if i >= 500:
                times.append(time.perf_counter_ns() - t)
    times.sort()
    return times[len(times) // 2] / 1e6, times[int(len(times) * 0.99)] / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("DIGITPAD_DATA", "../shared/mnist"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batches", default="32,64,128")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--iterations", type=int, default=0, help="timed iterations (default: one epoch)")
    parser.add_argument("--predictions", type=int, default=10000)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    x = torch.from_numpy(read_idx(find(args.data, "train-images-idx3-ubyte")).astype(np.float32) / 255.0)
    y = torch.from_numpy(read_idx(find(args.data, "train-labels-idx1-ubyte")).astype(np.int64))
    params = sum(p.numel() for p in tutorial_cnn().parameters())
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, tutorial CNN {params:,} params")
    for batch in (int(b) for b in args.batches.split(",")):
        timed = args.iterations or len(x) // batch
        rate = train_rate(x, y, batch, args.warmup, timed)
        print(f"train tutorial batch {batch}: {rate:.0f} images/s "
              f"({timed} iterations after {args.warmup} warm-up)", flush=True)
    p50, p99 = latency(x, args.predictions)
    print(f"predict 1x28x28 -> probabilities: p50 {p50:.3f} ms, p99 {p99:.3f} ms ({args.predictions} predictions)")


if __name__ == "__main__":
    main()
