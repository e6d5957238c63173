#!/usr/bin/env python3
"""When does the window's first frame reach the screen? Measured from outside, as a user sees it.

Launches `java -Ddigitpad.exitWhenReady=true -jar JAR` (each jar in turn, alternating, --runs rounds) on an X
display and reads a band of the screen around its centre every few milliseconds (libX11 through ctypes, no
other package). It reports, from the moment of launch: when a window first covers the band (a bright area
in the light theme), when the "Starting DigitPad" text is on it (dark pixels in that bright area), and the
app's own "ready to draw" (its READY line: epoch time and JVM uptime, so the launcher's child JVM is
accounted for). Medians per jar at the end.

The app's log line "Window painted" is written some pulses after the frame, to be sure it has been shown; this
script is the measure of when it was. Use a DIGITPAD_HOME that has started once (the window's class archive
is written at the first close) and the light theme, on a quiet machine. Usage, under Xvfb:
    Xvfb :77 -screen 0 1280x800x24 &
    DISPLAY=:77 DIGITPAD_HOME=/tmp/dp-home python3 src/bench/first_frame.py --runs 5 target/digitpad.jar old.jar
"""
import argparse
import ctypes
import ctypes.util
import os
import re
import statistics
import subprocess
import time

BAND_W, BAND_H = 400, 120


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_uint8)), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


class Screen:
    def __init__(self):
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XGetImage.restype = ctypes.POINTER(XImage)
        self.x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                       ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.display = self.x11.XOpenDisplay(os.environ["DISPLAY"].encode())
        if not self.display:
            raise SystemExit("cannot open display " + os.environ["DISPLAY"])
        self.root = self.x11.XDefaultRootWindow(self.display)
        self.x0 = self.x11.XDisplayWidth(self.display, 0) // 2 - BAND_W // 2
        self.y0 = self.x11.XDisplayHeight(self.display, 0) // 2 - BAND_H // 2

    def band(self):
        """(bright pixels, dark pixels) in the band, every other row, green channel."""
        image = self.x11.XGetImage(self.display, self.root, self.x0, self.y0, BAND_W, BAND_H, 0xFFFFFFFF, 2)
        pixels = ctypes.string_at(image.contents.data, image.contents.bytes_per_line * BAND_H)
        per_line = image.contents.bytes_per_line
        self.x11.XFree(image.contents.data)
        self.x11.XFree(image)
        bright = dark = 0
        for y in range(0, BAND_H, 2):
            green = pixels[y * per_line:(y + 1) * per_line][1::4]
            bright += sum(1 for v in green if v > 200)
            dark += sum(1 for v in green if 20 < v < 100)
        return bright, dark


def one_start(screen, jar, timeout_s=15.0):
    launched = time.monotonic()
    epoch = time.time() * 1000
    app = subprocess.Popen(["java", "-Ddigitpad.exitWhenReady=true", "-jar", jar],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    window = text = None
    while text is None and time.monotonic() - launched < timeout_s:
        bright, dark = screen.band()
        at = (time.monotonic() - launched) * 1000
        if window is None and bright > 500:
            window = at
        if bright > 500 and dark > 20:
            text = at
        time.sleep(0.005)
    out = app.communicate(timeout=120)[0].decode(errors="replace")
    ready = re.search(r"READY (\d+) uptime_ms (\d+)", out)
    ready_ms = int(ready.group(1)) - epoch if ready else None
    return window, text, ready_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jars", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    screen = Screen()
    results = {jar: [] for jar in args.jars}
    for run in range(args.runs):
        for jar in args.jars:
            window, text, ready = one_start(screen, jar)
            results[jar].append((window, text, ready))
            print(f"run {run + 1} {jar}: window {ms(window)}, Starting text {ms(text)}, ready {ms(ready)} after launch",
                  flush=True)
            time.sleep(1)
    for jar, rows in results.items():
        med = [median([r[k] for r in rows]) for k in range(3)]
        print(f"median {jar}: window {ms(med[0])}, Starting text {ms(med[1])}, ready {ms(med[2])} after launch "
              f"({len(rows)} runs)")


def ms(value):
    return "not seen" if value is None else f"{value:.0f} ms"


def median(values):
    seen = [v for v in values if v is not None]
    return statistics.median(seen) if len(seen) == len(values) else None


if __name__ == "__main__":
    main()
