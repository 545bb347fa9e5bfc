"""Payment artifacts for the eval corpora (sealed-1, dev-2), built with the project's own dependencies
(base58, bech32, pycryptodome) from a caller-supplied random.Random, so the
corpus is deterministic.  Bank accounts and gift-card PINs have no public
checksum; they only follow the printed layouts."""
import hashlib

import base58
import bech32
from Crypto.Hash import keccak
from Crypto.PublicKey import ECC


def _keccak(b: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=b).digest()


def btc(rng, style):
    payload = bytes(rng.getrandbits(8) for _ in range(20))
    if style == "p2pkh":
        return base58.b58encode_check(b"\x00" + payload).decode()
    if style == "p2sh":
        return base58.b58encode_check(b"\x05" + payload).decode()
    return bech32.encode("bc", 0, payload)


def btc_ok(addr):
    if addr.startswith("bc1"):
        return bech32.decode("bc", addr) != (None, None)
    try:
        raw = base58.b58decode_check(addr)
    except ValueError:
        return False
    return len(raw) == 21 and raw[0] in (0, 5)


def eth(rng):
    raw = bytes(rng.getrandbits(8) for _ in range(20)).hex()
    h = _keccak(raw.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(raw))


def eth_ok(addr):
    raw = addr[2:]
    h = _keccak(raw.lower().encode()).hex()
    return len(raw) == 40 and all(
        (c.upper() if int(h[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(raw) if c.isalpha())


_XMR_ALPHA = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_XMR_BLOCK = {0: 0, 1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 9, 7: 10, 8: 11}


def _xmr_b58(raw: bytes) -> str:
    out = ""
    for i in range(0, len(raw), 8):
        chunk = raw[i:i + 8]
        n = int.from_bytes(chunk, "big")
        s = ""
        while n:
            n, r = divmod(n, 58)
            s = _XMR_ALPHA[r] + s
        out += s.rjust(_XMR_BLOCK[len(chunk)], "1")
    return out


def _xmr_unb58(s: str) -> bytes:
    out = b""
    full = {v: k for k, v in _XMR_BLOCK.items()}
    for i in range(0, len(s), 11):
        chunk = s[i:i + 11]
        n = 0
        for ch in chunk:
            n = n * 58 + _XMR_ALPHA.index(ch)
        out += n.to_bytes(full[len(chunk)], "big")
    return out


def xmr(rng):
    """Standard address: 0x12 | spend key | view key | keccak checksum; keys are real ed25519 points."""
    keys = b""
    for _ in range(2):
        k = ECC.generate(curve="ed25519", randfunc=lambda n: bytes(rng.getrandbits(8) for _ in range(n)))
        keys += k.public_key().export_key(format="raw")
    body = b"\x12" + keys
    return _xmr_b58(body + _keccak(body)[:4])


def xmr_ok(addr):
    try:
        raw = _xmr_unb58(addr)
    except (ValueError, KeyError):
        return False
    return len(raw) == 69 and _keccak(raw[:-4])[:4] == raw[-4:]


def corrupt(rng, addr, ok):
    """A same-shape look-alike that fails its checksum (one character changed)."""
    alpha = "qpzry9x8gf2tvdw0s3jn54khce6mua7l" if addr.startswith("bc1") else (
        "0123456789abcdef" if addr.startswith("0x") else _XMR_ALPHA)
    for _ in range(100):
        i = rng.randrange(len(addr) - 12, len(addr) - 1)
        if addr.startswith("0x") and rng.random() < 0.5 and addr[i].isalpha():
            c = addr[i].swapcase()
        else:
            c = rng.choice(alpha)
            if addr.startswith("0x") and c.isalpha() and addr[i].isupper():
                c = c.upper()
        bad = addr[:i] + c + addr[i + 1:]
        if bad != addr and not ok(bad):
            return bad
    raise RuntimeError("could not corrupt " + addr)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


BANKS = [  # (name as people write it, layout)
    ("카카오뱅크", "3333-##-#######"), ("카뱅", "3333-##-#######"), ("토스뱅크", "1000-####-####"),
    ("국민", "######-##-######"), ("신한", "110-###-######"), ("우리", "1002-###-######"),
    ("농협", "3##-####-####-##"), ("하나", "###-######-#####"), ("케이뱅크", "100-###-######"),
]


def bank(rng, which=None):
    name, layout = BANKS[which] if which is not None else rng.choice(BANKS)
    return name, "".join(str(rng.randrange(10)) if c == "#" else c for c in layout)


def pin(rng):
    kind = rng.choice(["컬쳐랜드", "해피머니", "문상"])
    if rng.random() < 0.7:
        return "-".join(digits(rng, 4) for _ in range(4))
    return "%s-%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 6))


def phone(rng):
    return "010-0%s-%s" % (digits(rng, 3), digits(rng, 4))
