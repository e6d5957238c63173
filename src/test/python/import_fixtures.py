#!/usr/bin/python3
"""Fixtures for DigitPad's model import and export tests, made without TensorFlow.

Rebuild (Debian: apt-get install python3-torch python3-h5py; MNIST in ../shared/mnist):

    /usr/bin/python3 src/test/python/import_fixtures.py make src/test/resources/app/digitpad/model/imports

It trains two small CNNs briefly in PyTorch (fixed seeds) and writes them the ways other tools do:
  tutorial-keras2.h5   the TF2 tutorial CNN as Keras 2.13's model.save('x.h5') writes it (channels-last
                       weights, Keras layer names, logits out, a training_config naming TF's Custom>Adam)
  tutorial-weights.h5  the same weights as model.save_weights('x.h5') writes them (no architecture)
  tutorial.onnx        the same network exported by torch.onnx.export (NCHW 1x1x28x28 in, logits out)
  bn-keras2.h5         Conv 5x5 'same', BatchNormalization, Activation, Dropout, Dense softmax
  relu-softmax-keras2.h5  ReLU and Softmax as layers of their own (random weights; reference by the reader)
  reference.json       PyTorch's probabilities for the first 100 MNIST test digits (pixels / 255) and how
                       many of all 10,000 each model reads right
and models DigitPad must refuse with a clear message:
  keras3.keras         a Keras 3 archive;  rescaling-keras2.h5  a layer DL4J cannot import (Rescaling);
  rgb-keras2.h5        a 32x32x3 input;    five-keras2.h5      5 outputs;   nested-keras2.h5  a nested Sequential

    /usr/bin/python3 src/test/python/import_fixtures.py read FILE.h5

is the independent reader for DigitPad's Keras export: h5py and numpy only (no DL4J, no Keras), it runs the
file's layers on the same 100 digits and prints their probabilities as JSON (ExportTest compares them).
"""
import gzip
import json
import os
import sys
import zipfile

import h5py
import numpy as np

KERAS_VERSION = "2.13.1"
DIGITS = 100


def mnist(kind, limit):
    base = os.environ.get("DIGITPAD_DATA") or os.path.join(os.path.dirname(__file__), "../../../../shared/mnist")
    with gzip.open(os.path.join(base, kind + "-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)[:limit]
    with gzip.open(os.path.join(base, kind + "-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)[:limit]
    return images.astype(np.float32) / 255.0, labels.astype(np.int64)


# ---------------------------------------------------------------- Keras 2 layout

def initializer(name):
    return {"class_name": name, "config": {"seed": None} if name == "GlorotUniform" else {}}


def conv(name, filters, kernel, padding, activation, input_shape=None):
    config = {"name": name, "trainable": True, "dtype": "float32", "filters": filters,
              "kernel_size": [kernel, kernel], "strides": [1, 1], "padding": padding,
              "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1,
              "activation": activation, "use_bias": True,
              "kernel_initializer": initializer("GlorotUniform"), "bias_initializer": initializer("Zeros"),
              "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
              "kernel_constraint": None, "bias_constraint": None}
    if input_shape:
        config["batch_input_shape"] = [None] + list(input_shape)
    return {"class_name": "Conv2D", "config": config}


def pool(name):
    return {"class_name": "MaxPooling2D", "config": {"name": name, "trainable": True, "dtype": "float32",
            "pool_size": [2, 2], "padding": "valid", "strides": [2, 2], "data_format": "channels_last"}}


def flatten(name):
    return {"class_name": "Flatten", "config": {"name": name, "trainable": True, "dtype": "float32",
                                                "data_format": "channels_last"}}


def dense(name, units, activation):
    return {"class_name": "Dense", "config": {"name": name, "trainable": True, "dtype": "float32",
            "units": units, "activation": activation, "use_bias": True,
            "kernel_initializer": initializer("GlorotUniform"), "bias_initializer": initializer("Zeros"),
            "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
            "kernel_constraint": None, "bias_constraint": None}}


def batchnorm(name, epsilon):
    return {"class_name": "BatchNormalization", "config": {"name": name, "trainable": True, "dtype": "float32",
            "axis": [3], "momentum": 0.99, "epsilon": epsilon, "center": True, "scale": True,
            "beta_initializer": initializer("Zeros"), "gamma_initializer": initializer("Ones"),
            "moving_mean_initializer": initializer("Zeros"), "moving_variance_initializer": initializer("Ones"),
            "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None}}


def simple(class_name, name, **config):
    return {"class_name": class_name, "config": dict({"name": name, "trainable": True, "dtype": "float32"}, **config)}


def input_layer(shape):
    return {"class_name": "InputLayer", "config": {"batch_input_shape": [None] + list(shape), "dtype": "float32",
                                                   "sparse": False, "ragged": False, "name": "input_1"}}


def model_config(layers, shape=(28, 28, 1)):
    return {"class_name": "Sequential", "config": {"name": "sequential", "layers": [input_layer(shape)] + layers},
            "keras_version": KERAS_VERSION, "backend": "tensorflow"}


TRAINING_CONFIG = {
    "loss": {"class_name": "SparseCategoricalCrossentropy",
             "config": {"reduction": "auto", "name": "sparse_categorical_crossentropy", "from_logits": True,
                        "ignore_class": None}},
    "metrics": [[{"class_name": "MeanMetricWrapper",
                  "config": {"name": "accuracy", "dtype": "float32", "fn": "sparse_categorical_accuracy"}}]],
    "weighted_metrics": None, "loss_weights": None,
    "optimizer_config": {"class_name": "Custom>Adam",
                         "config": {"name": "Adam", "weight_decay": None, "clipnorm": None, "global_clipnorm": None,
                                    "clipvalue": None, "use_ema": False, "ema_momentum": 0.99,
                                    "ema_overwrite_frequency": None, "jit_compile": False, "is_legacy_optimizer": False,
                                    "learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-07,
                                    "amsgrad": False}}}


def strings(values):
    return np.array([v.encode() for v in values], dtype="S" + str(max([1] + [len(v) for v in values])))


def write_weights(group, layers, weights):
    """Keras 2's weight groups: one per layer, datasets named '<layer>/<weight>:0', in layer order."""
    names = [layer["config"]["name"] for layer in layers]
    group.attrs["layer_names"] = strings(names)
    group.attrs["backend"] = b"tensorflow"
    group.attrs["keras_version"] = KERAS_VERSION.encode()
    for name in names:
        g = group.create_group(name)
        arrays = weights.get(name, [])
        g.attrs["weight_names"] = strings([name + "/" + w + ":0" for w, _ in arrays])
        for w, value in arrays:
            g.create_dataset(name + "/" + w + ":0", data=np.asarray(value, np.float32))


def save_model(path, layers, weights, training_config=None, shape=(28, 28, 1)):
    with h5py.File(path, "w") as f:
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = KERAS_VERSION.encode()
        f.attrs["model_config"] = json.dumps(model_config(layers, shape)).encode()
        if training_config:
            f.attrs["training_config"] = json.dumps(training_config).encode()
        write_weights(f.create_group("model_weights"), layers, weights)


def save_weights(path, layers, weights):
    with h5py.File(path, "w") as f:
        write_weights(f, layers, weights)


# ---------------------------------------------------------------- PyTorch models, trained briefly

def torch_models():
    import torch
    from torch import nn

    class Keras(nn.Module):
        """A stack run in PyTorch's NCHW layout, with its Flatten in Keras' (H, W, C) order."""

        def __init__(self, *modules):
            super().__init__()
            self.body = nn.ModuleList(modules)

        def forward(self, x):
            for m in self.body:
                x = m(x.permute(0, 2, 3, 1).reshape(x.shape[0], -1)) if isinstance(m, nn.Flatten) else m(x)
            return x

    torch.manual_seed(20261202)
    tutorial = Keras(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3), nn.ReLU(),
                     nn.MaxPool2d(2), nn.Conv2d(64, 64, 3), nn.ReLU(), nn.Flatten(), nn.Linear(576, 64), nn.ReLU(),
                     nn.Linear(64, 10))
    bn = Keras(nn.Conv2d(1, 8, 5, padding=2), nn.BatchNorm2d(8, eps=1e-3), nn.ReLU(), nn.MaxPool2d(2),
               nn.Dropout(0.25), nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
               nn.Linear(576, 10))
    return torch, tutorial, bn


def train(torch, model, images, labels, seed, epochs):
    torch.manual_seed(seed)
    x = torch.from_numpy(images).unsqueeze(1)
    y = torch.from_numpy(labels)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for _ in range(epochs):
        order = torch.randperm(len(x))
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
    model.eval()


def keras_kernel(conv2d):
    return conv2d.weight.detach().numpy().transpose(2, 3, 1, 0)


def make(out):
    os.makedirs(out, exist_ok=True)
    torch, tutorial, bn = torch_models()
    train_x, train_y = mnist("train", 60000)
    train(torch, tutorial, train_x, train_y, 1, 2)
    train(torch, bn, train_x, train_y, 2, 1)
    test_x, test_y = mnist("t10k", DIGITS)
    all_x, all_y = mnist("t10k", 10000)

    t = tutorial.body
    tutorial_layers = [conv("conv2d", 32, 3, "valid", "relu", (28, 28, 1)), pool("max_pooling2d"),
                       conv("conv2d_1", 64, 3, "valid", "relu"), pool("max_pooling2d_1"),
                       conv("conv2d_2", 64, 3, "valid", "relu"), flatten("flatten"),
                       dense("dense", 64, "relu"), dense("dense_1", 10, "linear")]
    tutorial_weights = {
        "conv2d": [("kernel", keras_kernel(t[0])), ("bias", t[0].bias.detach().numpy())],
        "conv2d_1": [("kernel", keras_kernel(t[3])), ("bias", t[3].bias.detach().numpy())],
        "conv2d_2": [("kernel", keras_kernel(t[6])), ("bias", t[6].bias.detach().numpy())],
        "dense": [("kernel", t[9].weight.detach().numpy().T), ("bias", t[9].bias.detach().numpy())],
        "dense_1": [("kernel", t[11].weight.detach().numpy().T), ("bias", t[11].bias.detach().numpy())]}
    save_model(os.path.join(out, "tutorial-keras2.h5"), tutorial_layers, tutorial_weights, TRAINING_CONFIG)
    save_weights(os.path.join(out, "tutorial-weights.h5"), tutorial_layers, tutorial_weights)

    b = bn.body
    bn_layers = [conv("conv2d", 8, 5, "same", "linear", (28, 28, 1)), batchnorm("batch_normalization", 1e-3),
                 simple("Activation", "activation", activation="relu"), pool("max_pooling2d"),
                 simple("Dropout", "dropout", rate=0.25, noise_shape=None, seed=None),
                 conv("conv2d_1", 16, 3, "valid", "relu"), pool("max_pooling2d_1"), flatten("flatten"),
                 dense("dense", 10, "softmax")]
    bn_weights = {
        "conv2d": [("kernel", keras_kernel(b[0])), ("bias", b[0].bias.detach().numpy())],
        "batch_normalization": [("gamma", b[1].weight.detach().numpy()), ("beta", b[1].bias.detach().numpy()),
                                ("moving_mean", b[1].running_mean.numpy()),
                                ("moving_variance", b[1].running_var.numpy())],
        "conv2d_1": [("kernel", keras_kernel(b[5])), ("bias", b[5].bias.detach().numpy())],
        "dense": [("kernel", b[9].weight.detach().numpy().T), ("bias", b[9].bias.detach().numpy())]}
    save_model(os.path.join(out, "bn-keras2.h5"), bn_layers, bn_weights)

    torch.onnx.export(tutorial, torch.zeros(1, 1, 28, 28), os.path.join(out, "tutorial.onnx"),
                      input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}}, opset_version=13)

    x = torch.from_numpy(test_x).unsqueeze(1)
    with torch.no_grad():
        reference = {"digits": "the first %d MNIST test digits, pixels / 255" % DIGITS,
                     "labels": test_y.tolist(),
                     "tutorial": torch.softmax(tutorial(x), 1).numpy().tolist(),
                     "bn": torch.softmax(bn(x), 1).numpy().tolist()}
        everything = torch.from_numpy(all_x).unsqueeze(1)
        for name, model in (("tutorial", tutorial), ("bn", bn)):
            right = int((model(everything).argmax(1).numpy() == all_y).sum())
            reference[name + "_right_of_10000"] = right
            print("%s: %d of the 10,000 MNIST test digits as stored" % (name, right))
    reference["relu_softmax"] = separate_layers(out, test_x)
    with open(os.path.join(out, "reference.json"), "w") as f:
        json.dump(reference, f)
    refusals(out)


def separate_layers(out, test_x):
    """ReLU and Softmax as layers of their own (random weights): the probabilities by the numpy reader."""
    rng = np.random.default_rng(7)
    layers = [conv("conv2d", 4, 3, "valid", "linear", (28, 28, 1)),
              simple("ReLU", "re_lu", max_value=None, negative_slope=0.0, threshold=0.0), pool("max_pooling2d"),
              flatten("flatten"), dense("dense", 10, "linear"), simple("Softmax", "softmax", axis=-1)]
    weights = {"conv2d": [("kernel", rng.normal(size=(3, 3, 1, 4)) * 0.3), ("bias", rng.normal(size=4) * 0.1)],
               "dense": [("kernel", rng.normal(size=(13 * 13 * 4, 10)) * 0.1), ("bias", rng.normal(size=10) * 0.1)]}
    path = os.path.join(out, "relu-softmax-keras2.h5")
    save_model(path, layers, weights)
    with h5py.File(path, "r") as f:
        x = test_x[..., None].astype(np.float64)
        for layer in [input_layer((28, 28, 1))] + layers:
            x = run_layer(layer, x, f["model_weights"])
    return x.tolist()


def refusals(out):
    with zipfile.ZipFile(os.path.join(out, "keras3.keras"), "w") as z:
        stamp = (2026, 12, 2, 12, 0, 0)
        z.writestr(zipfile.ZipInfo("metadata.json", stamp),
                   json.dumps({"keras_version": "3.3.3", "date_saved": "2026-12-02@12:00:00"}))
        z.writestr(zipfile.ZipInfo("config.json", stamp),
                   json.dumps({"module": "keras", "class_name": "Sequential", "config": {}}))
        z.writestr(zipfile.ZipInfo("model.weights.h5", stamp), b"")
    small = [flatten("flatten"), dense("dense", 10, "softmax")]
    zeros = {"dense": [("kernel", np.zeros((784, 10))), ("bias", np.zeros(10))]}
    save_model(os.path.join(out, "rescaling-keras2.h5"),
               [simple("Rescaling", "rescaling", scale=1 / 255.0, offset=0.0)] + small, zeros)
    save_model(os.path.join(out, "rgb-keras2.h5"), small,
               {"dense": [("kernel", np.zeros((3072, 10))), ("bias", np.zeros(10))]}, shape=(32, 32, 3))
    save_model(os.path.join(out, "five-keras2.h5"), [flatten("flatten"), dense("dense", 5, "softmax")],
               {"dense": [("kernel", np.zeros((784, 5))), ("bias", np.zeros(5))]})
    inner = {"class_name": "Sequential", "config": {"name": "inner", "layers": [input_layer((28, 28, 1))] + small}}
    with h5py.File(os.path.join(out, "nested-keras2.h5"), "w") as f:
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = KERAS_VERSION.encode()
        f.attrs["model_config"] = json.dumps(model_config([inner])).encode()
        write_weights(f.create_group("model_weights"), [inner], {})


# ---------------------------------------------------------------- the independent reader

def run_layer(layer, x, group):
    kind, config = layer["class_name"], layer["config"]
    weights = {}
    if group is not None and config["name"] in group:
        for name in group[config["name"]].attrs["weight_names"]:
            name = name.decode() if isinstance(name, bytes) else name
            weights[name.split("/")[-1].split(":")[0]] = np.array(group[config["name"]][name], np.float64)
    if kind == "InputLayer" or kind == "Dropout":
        return x
    if kind == "Conv2D":
        k = weights["kernel"]
        if config["padding"] == "same":
            ph, pw = (k.shape[0] - 1) // 2, (k.shape[1] - 1) // 2
            x = np.pad(x, ((0, 0), (ph, k.shape[0] - 1 - ph), (pw, k.shape[1] - 1 - pw), (0, 0)))
        windows = np.lib.stride_tricks.sliding_window_view(x, (k.shape[0], k.shape[1]), axis=(1, 2))
        x = np.einsum("nhwcij,ijco->nhwo", windows, k) + weights["bias"]
    elif kind == "MaxPooling2D":
        n, h, w, c = x.shape
        x = x[:, :h // 2 * 2, :w // 2 * 2, :].reshape(n, h // 2, 2, w // 2, 2, c).max(axis=(2, 4))
    elif kind == "Flatten":
        x = x.reshape(x.shape[0], -1)
    elif kind == "Dense":
        x = x @ weights["kernel"] + weights["bias"]
    elif kind == "BatchNormalization":
        x = (x - weights["moving_mean"]) / np.sqrt(weights["moving_variance"] + config["epsilon"])
        x = x * weights.get("gamma", 1.0) + weights.get("beta", 0.0)
    elif kind == "ReLU":
        return activate(x, "relu")
    elif kind == "Softmax":
        return activate(x, "softmax")
    elif kind != "Activation":
        raise SystemExit("the reader does not know layer %s (%s)" % (config["name"], kind))
    return activate(x, config.get("activation", "linear"))


def activate(x, name):
    if name == "relu":
        return np.maximum(x, 0)
    if name == "softmax":
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    if name != "linear":
        raise SystemExit("the reader does not know activation " + name)
    return x


def read(path):
    with h5py.File(path, "r") as f:
        config = json.loads(f.attrs["model_config"])
        x = mnist("t10k", DIGITS)[0][..., None].astype(np.float64)
        layers = config["config"]["layers"]
        for layer in layers:
            x = run_layer(layer, x, f["model_weights"])
    if layers[-1]["config"].get("activation") != "softmax" and layers[-1]["class_name"] != "Softmax":
        x = activate(x, "softmax")
    json.dump({"file": path, "probabilities": x.tolist()}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "make":
        make(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        raise SystemExit(__doc__)
