"""vPDQ per transform on generated clips, and the frames-matched share that separates
copies from unrelated clips.

Clips: --clips generated videos of --seconds scenes (one generated abstract picture per
second, slowly panning, 640x480, 25 fps, H.264), made with the ffmpeg tool. Transforms
(ffmpeg): re-encode (H.264 CRF 35), resize 0.5x, trim the first / last 3 s, crop 10 %
(centred). Every clip and copy is hashed with vpdq (one frame per second, as roomsift does)
and compared with roomsift's rule (`VPDQ.match_share`: share of the query's good frames
within 31 bits of some listed frame). Printed: the share per transform (min / median of
the copies against their own clip) and the largest share of any copy against an unrelated
clip, then recall and false matches for frames-matched thresholds 0.5-0.9.

Needs the optional vpdq package (roomsift[video]) and ffmpeg; files go to a temporary folder.

  python3 benchmarks/media_vpdq_eval.py [--clips 12] [--seconds 20]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from roomsift.demo.images import abstract_image
from roomsift.media.signals.vpdq import FRAME_MATCH_SHARE, VPDQ, vpdq_available

TRANSFORMS = {
    "re-encode CRF 35": ["-c:v", "libx264", "-crf", "35", "-preset", "veryfast"],
    "resize 0.5x": ["-vf", "scale=trunc(iw/4)*2:trunc(ih/4)*2", "-c:v", "libx264", "-crf", "23", "-preset", "veryfast"],
    "trim start 3 s": ["-ss", "3", "-c:v", "libx264", "-crf", "23", "-preset", "veryfast"],
    "trim end 3 s": ["-t", "END", "-c:v", "libx264", "-crf", "23", "-preset", "veryfast"],
    "crop 10%": ["-vf", "crop=trunc(iw*0.9/2)*2:trunc(ih*0.9/2)*2", "-c:v", "libx264", "-crf", "23", "-preset", "veryfast"],
}


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", *args], check=True)


def make_clip(folder: Path, clip: int, seconds: int) -> Path:
    frames = folder / f"frames{clip}"
    frames.mkdir()
    for s in range(seconds):
        abstract_image(clip * 1000 + s, (720, 540)).save(frames / f"s{s:03d}.png")
    out = folder / f"clip{clip}.mp4"
    # each picture shown for 1 s, panning slowly across the 720x540 picture into a 640x480 frame
    ffmpeg("-framerate", "1", "-i", str(frames / "s%03d.png"), "-vf",
           "fps=25,crop=640:480:'mod(t,1)*80':'mod(t,1)*60'", "-c:v", "libx264", "-crf", "20", "-preset", "veryfast",
           "-pix_fmt", "yuv420p", str(out))
    shutil.rmtree(frames)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clips", type=int, default=12)
    ap.add_argument("--seconds", type=int, default=20)
    args = ap.parse_args()
    why = vpdq_available() or (None if shutil.which("ffmpeg") else "no ffmpeg binary")
    if why:
        raise SystemExit(f"cannot run: {why}")
    t0 = time.time()
    work = Path(tempfile.mkdtemp(prefix="roomsift-vpdq-eval-"))
    try:
        listed, copies = [], {t: [] for t in TRANSFORMS}
        for c in range(args.clips):
            clip = make_clip(work, c, args.seconds)
            listed.append(VPDQ.hash_file(str(clip)))
            for t, opts in TRANSFORMS.items():
                out = work / f"clip{c}-{len(copies[t])}-{t.split()[0]}.mp4"
                opts = [str(args.seconds - 3) if o == "END" else o for o in opts]
                ffmpeg("-i", str(clip), *opts, "-pix_fmt", "yuv420p", str(out))
                copies[t].append(VPDQ.hash_file(str(out)))
                out.unlink()
            clip.unlink()
        print(f"{args.clips} generated clips of {args.seconds} s ({np.mean([len(x) for x in listed]):.0f} hashed frames each), "
              f"{len(TRANSFORMS)} transforms; {args.clips * (args.clips - 1) * len(TRANSFORMS)} (copy, unrelated clip) pairs; "
              f"{time.time() - t0:.0f} s\n")
        print("| transform | own clip: min share | median | unrelated: max share |")
        print("|---|---|---|---|")
        own, other = {}, {}
        for t in TRANSFORMS:
            own[t] = [VPDQ.match_share(q, listed[i]) for i, q in enumerate(copies[t])]
            other[t] = [VPDQ.match_share(q, listed[j]) for i, q in enumerate(copies[t]) for j in range(args.clips) if j != i]
            print(f"| {t} | {min(own[t]):.2f} | {np.median(own[t]):.2f} | {max(other[t]):.2f} |")
        print("\n| frames-matched threshold | " + " | ".join(TRANSFORMS) + " | false matches |")
        print("|---|" + "---|" * (len(TRANSFORMS) + 1))
        for share in (0.5, 0.6, 0.7, 0.8, 0.9):
            rec = [f"{100 * np.mean([s >= share for s in own[t]]):.0f}%" for t in TRANSFORMS]
            fp = sum(s >= share for t in TRANSFORMS for s in other[t])
            mark = " (roomsift)" if share == FRAME_MATCH_SHARE else ""
            print(f"| {share:.1f}{mark} | " + " | ".join(rec) + f" | {fp} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
