#!/usr/bin/env python3
"""Writes resources/sounds/scan_beep.wav: the counter's beep on a good scan.

880 Hz for 80 ms, 16-bit mono PCM at 22050 Hz, with 5 ms ramps so it does not click. Deterministic:
running it again writes the same bytes, so the committed file can be checked against it.
"""
import math
import pathlib
import struct
import wave

RATE = 22050
FREQUENCY = 880.0
DURATION = 0.080
RAMP = 0.005
AMPLITUDE = 0.5 * 32767

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds" / "scan_beep.wav"
count = int(RATE * DURATION)
ramp = int(RATE * RAMP)
samples = bytearray()
for i in range(count):
    gain = min(1.0, i / ramp, (count - 1 - i) / ramp)
    samples += struct.pack("<h", round(AMPLITUDE * gain * math.sin(2 * math.pi * FREQUENCY * i / RATE)))
with wave.open(str(out), "wb") as wav:
    wav.setnchannels(1)
    wav.setsampwidth(2)
    wav.setframerate(RATE)
    wav.writeframes(bytes(samples))
