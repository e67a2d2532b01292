#!/usr/bin/env python3
"""Writes the kiosk's three result sounds into assets/sounds/ (16-bit mono PCM,
22050 Hz, a few kilobytes each). Run again after changing a tone; the WAVs are
committed so a build needs no tool. Distinct by pitch and rhythm, not volume:
  success  two rising notes (E5, A5)
  warning  one mid note, twice (A4 A4)
  error    a low falling buzz (E4 -> B3), longer
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, seconds, shape="sine", volume=0.5):
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        # 8 ms fade in and out so no note clicks
        env = min(1.0, i / (0.008 * RATE), (n - i) / (0.008 * RATE))
        if shape == "square":
            s = 1.0 if math.sin(2 * math.pi * freq * t) >= 0 else -1.0
            s *= 0.35
        else:
            s = math.sin(2 * math.pi * freq * t)
        out.append(s * env * volume)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def main():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sounds")
    os.makedirs(here, exist_ok=True)
    write(os.path.join(here, "success.wav"), tone(659.3, 0.12) + tone(880.0, 0.2))
    write(os.path.join(here, "warning.wav"), tone(440.0, 0.15) + silence(0.08) + tone(440.0, 0.15))
    write(os.path.join(here, "error.wav"), tone(329.6, 0.2, "square") + tone(246.9, 0.3, "square"))


if __name__ == "__main__":
    main()
