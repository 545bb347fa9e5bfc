"""Published address test vectors (BIP-173, BIP-350, EIP-55) and well-known addresses,
run through the public `extract` function: a checksum failure is `malformed`, never valid."""

import hashlib

import pytest
from Crypto.Hash import keccak

from roomsift.analysis.artifacts import extract

pytestmark = pytest.mark.backend_neutral("address checksums on single strings; no case")

# BIP-350 "valid segwit addresses" (these supersede BIP-173's valid list).
BIP350_VALID = [
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
    "BC1SW50QGDZ25J",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
]

# BIP-173 and BIP-350 invalid addresses whose prefix is a Bitcoin one (bc/tb): each must be
# reported malformed. (tc1... vectors have no Bitcoin prefix; they must simply not be valid.)
BIP_INVALID = [
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # invalid checksum
    "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",  # invalid witness version
    "bc1rw5uspcuh",  # invalid program length
    "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",  # mixed case
    "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",  # zero padding of more than 4 bits
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",  # non-zero padding
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # bech32 instead of bech32m
    "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",  # bech32m instead of bech32
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
    "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",  # invalid character
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
    "bc1pw5dgrnzv",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
    # Valid under BIP-173, invalid under BIP-350: a bech32-only library would accept these.
    "BC1SW50QA3JX3S",
    "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
]
NOT_BITCOIN = ["tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty", "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut"]

# EIP-55's own examples (mixed case = checksummed).
EIP55_VALID = [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]

MONERO_STANDARD = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A"


def only(text, kind):
    found = [a for a in extract(text) if a.kind == kind]
    assert len(found) == 1, (text, extract(text))
    return found[0]


@pytest.mark.parametrize("addr", BIP350_VALID)
def test_bip350_valid(addr):
    art = only(f"보낼 곳: {addr} 입니다", "btc")
    assert art.validity == "valid"
    assert art.value == addr.lower()
    assert art.detail["encoding"] == ("bech32" if addr.lower()[3] == "q" else "bech32m")


@pytest.mark.parametrize("addr", BIP_INVALID)
def test_bip173_bip350_invalid_is_malformed(addr):
    art = only(f"send to {addr} please", "btc")
    assert art.validity == "malformed"


@pytest.mark.parametrize("addr", NOT_BITCOIN)
def test_wrong_prefix_is_never_a_valid_address(addr):
    assert not [a for a in extract(addr) if a.validity == "valid"]


@pytest.mark.parametrize("addr", EIP55_VALID)
def test_eip55_valid_and_single_case(addr):
    assert only(addr, "eth").validity == "valid"
    assert only(addr.lower(), "eth").validity == "unchecked"
    assert only("0x" + addr[2:].upper(), "eth").validity == "unchecked"
    assert only(addr, "eth").value == addr.lower()


@pytest.mark.parametrize("addr", EIP55_VALID)
def test_eip55_one_flipped_case_is_malformed(addr):
    i = next(i for i, c in enumerate(addr) if i > 1 and c.isalpha())
    flipped = addr[:i] + addr[i].swapcase() + addr[i + 1 :]
    assert only(flipped, "eth").validity == "malformed"


@pytest.mark.parametrize(
    "addr,typ",
    [
        ("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "p2pkh"),
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "p2pkh"),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "p2sh"),
    ],
)
def test_base58check_bitcoin(addr, typ):
    art = only(f"지갑주소{addr}로 입금", "btc")
    assert (art.validity, art.detail["type"]) == ("valid", typ)
    broken = addr[:-1] + ("U" if addr[-1] != "U" else "V")
    assert only(broken, "btc").validity == "malformed"


def test_tron():
    assert only("TRC20 TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL", "trx").validity == "valid"
    assert only("TRC20 TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeM", "trx").validity == "malformed"


def _monero(netbyte: int, extra: bytes = b"") -> str:
    """A Monero address built from arbitrary key bytes: block base58 + Keccak checksum."""
    from monero import base58 as xmr_b58

    body = bytes([netbyte]) + hashlib.sha256(b"spend").digest() + hashlib.sha256(b"view").digest() + extra
    check = keccak.new(digest_bits=256, data=body).digest()[:4]
    return xmr_b58.encode((body + check).hex())


def test_monero_kinds():
    assert only(MONERO_STANDARD, "xmr").detail["type"] == "standard"
    sub = _monero(42)
    integrated = _monero(19, b"\x00" * 7 + b"\x01")
    assert (len(sub), len(integrated)) == (95, 106)
    assert only(f"모네로 {sub}", "xmr").detail["type"] == "subaddress"
    assert only(f"XMR: {integrated}", "xmr").detail["type"] == "integrated"
    bad = MONERO_STANDARD[:50] + ("z" if MONERO_STANDARD[50] != "z" else "y") + MONERO_STANDARD[51:]
    assert only(bad, "xmr").validity == "malformed"


def test_generated_addresses_round_trip():
    """Many generated addresses (random key material) all validate; each one-character
    corruption is malformed — never valid."""
    import random

    import base58
    from bech32m import encode as segwit_encode

    from roomsift.analysis.artifacts.crypto import eip55_checksum

    rng = random.Random(7)
    for i in range(200):
        key = rng.randbytes(32)
        addrs = {
            "btc": [base58.b58encode_check(b"\x00" + key[:20]).decode(), base58.b58encode_check(b"\x05" + key[:20]).decode(),
                    segwit_encode("bc", 0, key[:20]), segwit_encode("bc", 1, key)],
            "eth": ["0x" + eip55_checksum(key[:20].hex())],
            "trx": [base58.b58encode_check(b"\x41" + key[:20]).decode()],
        }
        for kind, values in addrs.items():
            for addr in values:
                assert only(f"주소 {addr} 확인", kind).validity in ("valid", "unchecked")
                pos = rng.randrange(4, len(addr) - 1)
                alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l" if addr.startswith("bc1") else "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
                if kind == "eth":
                    alphabet = "0123456789abcdef"
                repl = rng.choice([c for c in alphabet if c != addr[pos]])
                corrupted = addr[:pos] + repl + addr[pos + 1 :]
                arts = [a for a in extract(corrupted) if a.kind == kind]
                assert all(a.validity != "valid" or a.value != addr.lower() for a in arts)
                if kind != "eth" and any(c.isdigit() for c in corrupted):  # a digitless word is not a candidate
                    assert arts and arts[0].validity == "malformed", corrupted
