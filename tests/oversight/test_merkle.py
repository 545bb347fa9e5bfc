"""RFC 9162 / RFC 6962 hashing and proofs, checked against the published CT test vectors
(the leaves, roots and proofs used by certificate-transparency and transparency-dev/merkle)."""

from __future__ import annotations

import random

import pytest

from roomsift.oversight.merkle import MemoryTree, consistency_proof, inclusion_proof
from roomsift.oversight.verify import (
    EMPTY_ROOT,
    leaf_hash,
    node_hash,
    root_of,
    verify_consistency,
    verify_inclusion,
)

pytestmark = pytest.mark.backend_neutral("Merkle tree vectors; no case")

LEAVES = [bytes.fromhex(h) for h in [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
]]
ROOTS = [bytes.fromhex(h) for h in [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]]
# (leaf index, tree size, proof)
INCLUSION = [
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]
# (size1, size2, proof)
CONSISTENCY = [
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]


@pytest.fixture(scope="module")
def tree() -> MemoryTree:
    t = MemoryTree()
    for leaf in LEAVES:
        t.append(leaf_hash(leaf))
    return t


def test_empty_tree_and_leaf_prefixes():
    assert root_of([]) == EMPTY_ROOT
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert leaf_hash(b"") != node_hash(b"", b"")  # domain separation 0x00 / 0x01


@pytest.mark.parametrize("size", range(1, 9))
def test_roots_match_vectors(tree, size):
    assert root_of(LEAVES[:size]) == ROOTS[size - 1]
    assert tree.root(size) == ROOTS[size - 1]


@pytest.mark.parametrize("index,size,proof", INCLUSION)
def test_inclusion_vectors(tree, index, size, proof):
    want = [bytes.fromhex(h) for h in proof]
    assert inclusion_proof(tree.fetch, index, size) == want
    assert verify_inclusion(index, size, leaf_hash(LEAVES[index]), want, ROOTS[size - 1])


@pytest.mark.parametrize("size1,size2,proof", CONSISTENCY)
def test_consistency_vectors(tree, size1, size2, proof):
    want = [bytes.fromhex(h) for h in proof]
    assert consistency_proof(tree.fetch, size1, size2) == want
    assert verify_consistency(size1, size2, ROOTS[size1 - 1], ROOTS[size2 - 1], want)


def _corruptions(proof: list[bytes]) -> list[list[bytes]]:
    out = [proof[:-1], proof + [b"\x00" * 32], [ROOTS[0]] + proof]
    for i in range(len(proof)):
        bad = list(proof)
        bad[i] = bytes([bad[i][0] ^ 8]) + bad[i][1:]
        out.append(bad)
    return out


@pytest.mark.parametrize("index,size,proof", INCLUSION)
def test_inclusion_rejects_corrupted(index, size, proof):
    good = [bytes.fromhex(h) for h in proof]
    leaf, root = leaf_hash(LEAVES[index]), ROOTS[size - 1]
    for bad in _corruptions(good):
        assert not verify_inclusion(index, size, leaf, bad, root)
    assert not verify_inclusion(index + 1, size, leaf, good, root)
    assert not verify_inclusion(index, size * 2, leaf, good, root)
    assert not verify_inclusion(index, size, leaf_hash(b"wrong"), good, root)
    assert not verify_inclusion(size, size, leaf, good, root)


@pytest.mark.parametrize("size1,size2,proof", CONSISTENCY)
def test_consistency_rejects_corrupted(size1, size2, proof):
    good = [bytes.fromhex(h) for h in proof]
    r1, r2 = ROOTS[size1 - 1], ROOTS[size2 - 1]
    for bad in _corruptions(good) + [[]]:
        assert not verify_consistency(size1, size2, r1, r2, bad)
    assert not verify_consistency(size1, size2, r2, r1, good)
    assert not verify_consistency(size1 + 1, size2, r1, r2, good)
    assert not verify_consistency(size2, size1, r2, r1, good)


def test_consistency_edge_cases():
    assert verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
    assert verify_consistency(0, 5, EMPTY_ROOT, ROOTS[4], [])
    assert verify_consistency(3, 3, ROOTS[2], ROOTS[2], [])
    assert not verify_consistency(3, 3, ROOTS[2], ROOTS[3], [])
    assert not verify_consistency(2, 1, ROOTS[1], ROOTS[0], [])


def test_every_proof_of_random_trees_verifies():
    rng = random.Random(7)
    t = MemoryTree()
    leaves = [rng.randbytes(rng.randint(0, 40)) for _ in range(70)]
    for leaf in leaves:
        t.append(leaf_hash(leaf))
    for size in range(1, 71):
        root = root_of(leaves[:size])
        assert t.root(size) == root
        for index in range(size):
            assert verify_inclusion(index, size, leaf_hash(leaves[index]), inclusion_proof(t.fetch, index, size), root)
        for size1 in range(0, size + 1):
            proof = consistency_proof(t.fetch, size1, size)
            assert verify_consistency(size1, size, t.root(size1), root, proof)
