# cython: language_level=3, cdivision=True
"""Compiled per-message hot path of ingest (issue 13). See roomsift/ingest/compiled.py.

Every function here mirrors a pure-Python function named in its docstring and must store
the same rows: tests/ingest_formats/test_compiled.py ingests real and generated exports both
ways and compares every stored row. Rare branches call the pure-Python helpers themselves
(service sentences, media placeholders, a timestamp not seen before), so only the common
path is written twice.
"""

from cpython.unicode cimport PyUnicode_GET_LENGTH, PyUnicode_READ_CHAR, PyUnicode_AsUTF8String
from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_GET_SIZE, PyBytes_FromStringAndSize
from libc.stdint cimport uint64_t, uint8_t
from libc.string cimport memcpy, memset

from roomsift.ingest.records import MessageRecord

# --- BLAKE2b (RFC 7693), unkeyed, digest of 8 or 16 bytes -----------------------------
# hashlib.blake2b(data, digest_size=n) computes the same digest; a C call on the message's
# UTF-8 bytes costs a fraction of creating a hash object and its digest per message.

cdef uint64_t _IV[8]
_IV[:] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
          0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
cdef uint8_t _SIGMA[192]
_sigma_rows = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
    11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
    7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
    9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
    2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
    12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
    13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
    6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
    10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]
for _i in range(192):
    _SIGMA[_i] = _sigma_rows[_i % 160]


cdef inline uint64_t _rotr(uint64_t x, int n) noexcept nogil:
    return (x >> n) | (x << (64 - n))


cdef inline uint64_t _load64(const uint8_t *p) noexcept nogil:
    return (<uint64_t>p[0] | (<uint64_t>p[1] << 8) | (<uint64_t>p[2] << 16) | (<uint64_t>p[3] << 24)
            | (<uint64_t>p[4] << 32) | (<uint64_t>p[5] << 40) | (<uint64_t>p[6] << 48) | (<uint64_t>p[7] << 56))


cdef inline void _g(uint64_t *v, int a, int b, int c, int d, uint64_t x, uint64_t y) noexcept nogil:
    v[a] = v[a] + v[b] + x
    v[d] = _rotr(v[d] ^ v[a], 32)
    v[c] = v[c] + v[d]
    v[b] = _rotr(v[b] ^ v[c], 24)
    v[a] = v[a] + v[b] + y
    v[d] = _rotr(v[d] ^ v[a], 16)
    v[c] = v[c] + v[d]
    v[b] = _rotr(v[b] ^ v[c], 63)


cdef void _compress(uint64_t *h, const uint8_t *block, uint64_t t, bint last) noexcept nogil:
    cdef uint64_t v[16]
    cdef uint64_t m[16]
    cdef int i
    cdef const uint8_t *s
    for i in range(8):
        v[i] = h[i]
        v[i + 8] = _IV[i]
    v[12] ^= t
    if last:
        v[14] = ~v[14]
    for i in range(16):
        m[i] = _load64(block + 8 * i)
    for i in range(12):
        s = _SIGMA + 16 * i
        _g(v, 0, 4, 8, 12, m[s[0]], m[s[1]])
        _g(v, 1, 5, 9, 13, m[s[2]], m[s[3]])
        _g(v, 2, 6, 10, 14, m[s[4]], m[s[5]])
        _g(v, 3, 7, 11, 15, m[s[6]], m[s[7]])
        _g(v, 0, 5, 10, 15, m[s[8]], m[s[9]])
        _g(v, 1, 6, 11, 12, m[s[10]], m[s[11]])
        _g(v, 2, 7, 8, 13, m[s[12]], m[s[13]])
        _g(v, 3, 4, 9, 14, m[s[14]], m[s[15]])
    for i in range(8):
        h[i] ^= v[i] ^ v[i + 8]


cdef void _blake2b(const uint8_t *data, Py_ssize_t n, int outlen, uint64_t *h) noexcept nogil:
    """BLAKE2b of n bytes into h[0..7] (the digest is h's first `outlen` bytes, little-endian)."""
    cdef uint8_t block[128]
    cdef uint64_t t = 0
    cdef int i
    for i in range(8):
        h[i] = _IV[i]
    h[0] ^= 0x01010000 ^ <uint64_t>outlen
    while n > 128:
        t += 128
        _compress(h, data, t, 0)
        data += 128
        n -= 128
    memset(block, 0, 128)
    if n > 0:
        memcpy(block, data, n)
    t += <uint64_t>n
    _compress(h, block, t, 1)


ctypedef struct _B2:
    uint64_t h[8]
    uint64_t t
    uint8_t buf[128]
    Py_ssize_t fill


cdef inline void _b2_init(_B2 *st, int outlen) noexcept nogil:
    cdef int i
    for i in range(8):
        st.h[i] = _IV[i]
    st.h[0] ^= 0x01010000 ^ <uint64_t>outlen
    st.t = 0
    st.fill = 0


cdef void _b2_update(_B2 *st, const uint8_t *data, Py_ssize_t n) noexcept nogil:
    """Absorb n bytes; the last block stays buffered until _b2_final (BLAKE2 compresses the
    final block with the last-block flag)."""
    cdef Py_ssize_t take
    while n > 0:
        if st.fill == 128:
            st.t += 128
            _compress(st.h, st.buf, st.t, 0)
            st.fill = 0
        take = 128 - st.fill
        if take > n:
            take = n
        memcpy(st.buf + st.fill, data, take)
        st.fill += take
        data += take
        n -= take


cdef inline void _b2_final(_B2 *st) noexcept nogil:
    memset(st.buf + st.fill, 0, 128 - st.fill)
    st.t += <uint64_t>st.fill
    _compress(st.h, st.buf, st.t, 1)


cdef inline uint64_t _bswap64(uint64_t x) noexcept nogil:
    cdef uint64_t r = 0
    cdef int i
    for i in range(8):
        r = (r << 8) | ((x >> (8 * i)) & 0xff)
    return r


cdef inline object _id_of_bytes(bytes data):
    """`int.from_bytes(blake2b(data, digest_size=8).digest(), "big") & (2**63 - 1) or 1`."""
    cdef uint64_t h[8]
    _blake2b(<const uint8_t *>PyBytes_AS_STRING(data), PyBytes_GET_SIZE(data), 8, h)
    cdef uint64_t v = (_bswap64(h[0]) << 1) >> 1  # & (2**63 - 1)
    return v if v else 1


cdef char *_HEX = b"0123456789abcdef"


cdef inline str _hex16(bytes data):
    """`blake2b(data, digest_size=16).hexdigest()`."""
    cdef uint64_t h[8]
    cdef char out[32]
    cdef int i, j
    cdef uint8_t byte
    _blake2b(<const uint8_t *>PyBytes_AS_STRING(data), PyBytes_GET_SIZE(data), 16, h)
    for i in range(2):
        for j in range(8):
            byte = (h[i] >> (8 * j)) & 0xff
            out[16 * i + 2 * j] = _HEX[byte >> 4]
            out[16 * i + 2 * j + 1] = _HEX[byte & 15]
    return PyBytes_FromStringAndSize(out, 32).decode("ascii")


def blake2b_id(bytes data):
    """Test hook: the 63-bit id `stable_id` derives from these bytes."""
    return _id_of_bytes(data)


def blake2b_hex16(bytes data):
    """Test hook: `hashlib.blake2b(data, digest_size=16).hexdigest()`."""
    return _hex16(data)


cdef extern from "Python.h":
    const char *PyUnicode_AsUTF8AndSize(object s, Py_ssize_t *size) except NULL


cpdef str text_hash(str text):
    """`core._content_hash` of a message with nothing but its text:
    blake2b(text.encode(), digest_size=16).hexdigest(). A text that is not valid UTF-8
    (a lone surrogate) raises UnicodeEncodeError as text.encode() does. Reads the string's
    own UTF-8 form (kept with the string: sqlite3 binds the same text from it)."""
    cdef Py_ssize_t n
    cdef const char *data = PyUnicode_AsUTF8AndSize(text, &n)
    cdef uint64_t h[8]
    cdef char out[32]
    cdef int i, j
    cdef uint8_t byte
    _blake2b(<const uint8_t *>data, n, 16, h)
    for i in range(2):
        for j in range(8):
            byte = (h[i] >> (8 * j)) & 0xff
            out[16 * i + 2 * j] = _HEX[byte >> 4]
            out[16 * i + 2 * j + 1] = _HEX[byte & 15]
    return PyBytes_FromStringAndSize(out, 32).decode("ascii")


# --- stable message ids of the text formats (_text.MessageIds) -------------------------

cdef class MessageIds:
    """`roomsift.ingest.formats._text.MessageIds`, compiled: the same ids, the same
    occurrence counting per day and the same expiry of old days."""

    cdef public str scope
    cdef public dict days
    cdef public set dropped
    cdef public str latest
    cdef str _prefix

    KEEP_DAYS = 2

    def __init__(self, str scope):
        self.scope = scope
        self.days = {}
        self.dropped = set()
        self.latest = ""
        self._prefix = scope + "\x1f"

    cpdef object next(self, str time_local, str sender, str text, object lineno):
        cdef str day = time_local[:10]
        cdef dict counts = self.days.get(day)
        cdef object occurrence
        if counts is None:
            counts = {}
            self.days[day] = counts
            if day > self.latest:
                self.latest = day
                self._expire()
        key = (time_local, sender, text)
        occurrence = counts.get(key, 0)
        counts[key] = occurrence + 1
        if day in self.dropped:
            data = "\x1f".join((self.scope, time_local, sender, text, str(occurrence), f"line {lineno}"))
            return _id_of_bytes(data.encode("utf-8", "surrogatepass"))
        # f"{scope}\x1f{time_local}\x1f{sender}\x1f{text}\x1f{occurrence}", hashed part by part
        # from each string's UTF-8 form (a lone surrogate takes the encode path above)
        cdef _B2 st
        cdef Py_ssize_t n
        cdef const char *part
        cdef uint64_t v
        cdef bytes number = str(occurrence).encode("ascii")
        _b2_init(&st, 8)
        try:
            for piece in (self._prefix, time_local, "\x1f", sender, "\x1f", text, "\x1f"):
                part = PyUnicode_AsUTF8AndSize(piece, &n)
                _b2_update(&st, <const uint8_t *>part, n)
        except UnicodeEncodeError:
            data = f"{self._prefix}{time_local}\x1f{sender}\x1f{text}\x1f{occurrence}"
            return _id_of_bytes(data.encode("utf-8", "surrogatepass"))
        _b2_update(&st, <const uint8_t *>PyBytes_AS_STRING(number), PyBytes_GET_SIZE(number))
        _b2_final(&st)
        v = (_bswap64(st.h[0]) << 1) >> 1
        return v if v else 1

    cdef _expire(self):
        if len(self.days) <= 2 + 1:
            return
        for day in sorted(self.days)[: -(2 + 1)]:
            del self.days[day]
            self.dropped.add(day)


# --- records: direct slot access -----------------------------------------------------
# MessageRecord is a slots dataclass: each field is a member descriptor at a fixed offset in
# the object. Reading and writing those slots directly (for objects whose type is exactly
# MessageRecord) replaces 21 attribute lookups or a 21-argument __init__ per message. The
# offsets come from the class's own descriptors at import; anything unexpected (a field
# added, renamed or reordered) fails the import, and ingest takes the pure-Python path.

from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF, Py_XDECREF
import dataclasses as _dataclasses

cdef extern from "Python.h":
    ctypedef struct PyMemberDef:
        const char *name
        int type
        Py_ssize_t offset
    ctypedef struct PyMemberDescrObject:
        PyMemberDef *d_member
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)

FIELDS = ("platform_id", "kind", "sender", "sender_name", "time_utc", "time_local", "text", "entities", "reply_to",
          "reply_to_chat", "forwarded_from", "forwarded_from_id", "saved_from", "via_bot", "author", "edited_utc",
          "edited_local", "action", "targets", "media", "extra")
cdef enum:
    F_PLATFORM_ID = 0
    F_KIND = 1
    F_SENDER = 2
    F_SENDER_NAME = 3
    F_TIME_UTC = 4
    F_TIME_LOCAL = 5
    F_TEXT = 6
    F_ENTITIES = 7
    F_REPLY_TO = 8
    F_EDITED_UTC = 15
    F_EDITED_LOCAL = 16
    F_ACTION = 17
    F_TARGETS = 18
    F_MEDIA = 19
    F_EXTRA = 20
    N_FIELDS = 21

cdef Py_ssize_t _OFF[21]
if tuple(f.name for f in _dataclasses.fields(MessageRecord)) != FIELDS:
    raise ImportError("MessageRecord's fields changed; rebuild roomsift.ingest._speedups")
for _i, _name in enumerate(FIELDS):
    _descr = MessageRecord.__dict__[_name]
    if type(_descr).__name__ != "member_descriptor":
        raise ImportError(f"MessageRecord.{_name} is not a slot")
    _OFF[_i] = (<PyMemberDescrObject *>_descr).d_member.offset
_new_object = object.__new__


cdef inline object _get(object r, int i):
    cdef PyObject *p = (<PyObject **>((<char *><PyObject *>r) + _OFF[i]))[0]
    if p == NULL:
        raise AttributeError(FIELDS[i])
    return <object>p


cdef inline void _set(object r, int i, object value):
    cdef PyObject **slot = <PyObject **>((<char *><PyObject *>r) + _OFF[i])
    cdef PyObject *old = slot[0]
    Py_INCREF(value)
    slot[0] = <PyObject *>value
    Py_XDECREF(old)


cdef object _record(object platform_id, str kind, object sender, object sender_name, object time_utc,
                    object time_local, str text):
    """MessageRecord(platform_id, kind, sender, sender_name, time_utc, time_local, text) with
    every other field at its default (None, or a new empty list / dict)."""
    rec = _new_object(MessageRecord)
    _set(rec, F_PLATFORM_ID, platform_id)
    _set(rec, F_KIND, kind)
    _set(rec, F_SENDER, sender)
    _set(rec, F_SENDER_NAME, sender_name)
    _set(rec, F_TIME_UTC, time_utc)
    _set(rec, F_TIME_LOCAL, time_local)
    _set(rec, F_TEXT, text)
    _set(rec, F_ENTITIES, [])
    cdef int i
    for i in range(F_REPLY_TO, F_ACTION + 1):
        _set(rec, i, None)
    _set(rec, F_TARGETS, [])
    _set(rec, F_MEDIA, [])
    _set(rec, F_EXTRA, {})
    return rec


def make_record(platform_id, kind, sender=None, sender_name=None, time_utc=None, time_local=None, text=""):
    """Test hook: a record built the compiled way."""
    return _record(platform_id, kind, sender, sender_name, time_utc, time_local, text)


# --- the ingest core: a batch of new messages as columns (core._Writer._flush_new) -------

def apply_zone(list recs, object to_utc, object tz):
    """`timezone.apply_batch`: UTC times for local-time-only records, one conversion per
    distinct local time; how many records got one."""
    cdef dict memo = {}
    cdef Py_ssize_t done = 0
    cdef object local, utc, rec
    missing = memo  # a marker no conversion returns
    edited = []
    for rec in recs:
        if type(rec) is not MessageRecord:
            raise TypeError("not a MessageRecord")
        if _get(rec, F_TIME_UTC) is None and _get(rec, F_TIME_LOCAL):
            local = _get(rec, F_TIME_LOCAL)
            utc = memo.get(local, missing)
            if utc is missing:
                utc = to_utc(local, tz)
                memo[local] = utc
            _set(rec, F_TIME_UTC, utc)
            if utc is not None:
                done += 1
        if _get(rec, F_EDITED_UTC) is None and _get(rec, F_EDITED_LOCAL):
            edited.append(rec)
    for rec in edited:
        _set(rec, F_EDITED_UTC, to_utc(_get(rec, F_EDITED_LOCAL), tz))
    return done


# The stored columns batch_columns fills, in FIELDS numbering: platform_id, kind, sender_name,
# time_local, entities, reply_to ... action, extra.
cdef int _COLS[15]
_COLS[:] = [F_PLATFORM_ID, F_KIND, F_SENDER_NAME, F_TIME_LOCAL, F_ENTITIES, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]


def batch_columns(list batch, object content_hash, object styled, object json):
    """`core._batch_columns_pure`: (texts, times, senders, has_targets, longest, hashes,
    columns, special) where columns maps platform_id, kind, sender_name, time_local and
    entities ... extra to their stored values and special lists the positions of messages
    with targets, an action or media."""
    cdef Py_ssize_t n = len(batch), i, longest = 0, size
    cdef list texts = [None] * n, times = [None] * n, senders = [None] * n, hashes = [None] * n
    cdef list cols = [[None] * n for _ in range(15)]
    cdef list extras = [None] * n
    cdef list special = []
    cdef bint has_targets = False, is_styled
    cdef object r, text, entities, extra, media, edited_local, edited_utc
    cdef int c
    for i in range(n):
        r = batch[i]
        if type(r) is not MessageRecord:
            raise TypeError("not a MessageRecord")
        text = _get(r, F_TEXT)
        texts[i] = text
        size = len(text)
        if size > longest:
            longest = size
        times[i] = _get(r, F_TIME_UTC)
        senders[i] = _get(r, F_SENDER)
        media = _get(r, F_MEDIA)
        if _get(r, F_TARGETS):
            has_targets = True
            special.append(i)
        elif _get(r, F_ACTION) or media:
            special.append(i)
        for c in range(15):
            (<list>cols[c])[i] = _get(r, _COLS[c])
        entities = _get(r, F_ENTITIES)
        extra = _get(r, F_EXTRA)
        edited_local = _get(r, F_EDITED_LOCAL)
        edited_utc = _get(r, F_EDITED_UTC)
        # core._styled: entities beyond one plain run (Telegram writes one run for plain text)
        is_styled = False
        if entities:
            if type(entities) is list and len(<list>entities) > 1:
                is_styled = True
            elif type(entities) is list and type((<list>entities)[0]) is dict:
                is_styled = (<dict>(<list>entities)[0]).get("type") != "plain"
            else:
                is_styled = styled(entities)
        # core._content_hash is the text's hash alone unless one of these is set
        if media or extra or edited_local or edited_utc is not None or is_styled:
            hashes[i] = content_hash(r)
        else:
            hashes[i] = text_hash(text)
        (<list>cols[4])[i] = json(entities) if is_styled else None
        extras[i] = json(extra) if extra else None
    columns = {FIELDS[_COLS[c]]: cols[c] for c in range(15)}
    columns["extra"] = extras
    return texts, times, senders, has_targets, longest, hashes, columns, special


# --- KakaoTalk Android/iOS text (kakaotalk.KakaoTalkExport._timestamped) ----------------

cdef inline bint _ascii_digit(Py_UCS4 c):
    return 48 <= c <= 57


cdef Py_ssize_t _digits(str s, Py_ssize_t i, Py_ssize_t n, int most):
    """How many ASCII digits start at s[i] (up to most + 1, so "too many" shows)."""
    cdef Py_ssize_t k = 0
    while i + k < n and k <= most and _ascii_digit(PyUnicode_READ_CHAR(s, i + k)):
        k += 1
    return k


cdef Py_ssize_t _kakao_stamp_end(str line, int pattern):
    """End of the timestamp that _kakaotalk_text._TS_PATTERNS[pattern] (0: Android ko
    "2015년 7월 9일 오후 8:34", 1: iOS ko "2015. 7. 9. 오후 8:34") matches at the start of
    `line`, for stamps written in ASCII digits; -1 when this matcher cannot tell (the regex
    decides then). Where it answers, the regex matches the same text: every part here has
    one way to match (digits end where the next literal starts)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(line), i = 0, k
    cdef Py_UCS4 c
    cdef int part
    # year: 4 digits, then 년 (pattern 0) or ". " (pattern 1)
    k = _digits(line, 0, n, 4)
    if k != 4:
        return -1
    i = 4
    for part in range(3):  # year, month, day separators
        if part > 0:
            k = _digits(line, i, n, 2)
            if k < 1 or k > 2:
                return -1
            i += k
        if pattern == 0:
            if i + 1 >= n or PyUnicode_READ_CHAR(line, i + 1) != 0x20:
                return -1
            c = PyUnicode_READ_CHAR(line, i)
            if c != (0xB144 if part == 0 else 0xC6D4 if part == 1 else 0xC77C):  # 년 월 일
                return -1
            i += 2
        else:
            if i + 1 >= n or PyUnicode_READ_CHAR(line, i) != 0x2E or PyUnicode_READ_CHAR(line, i + 1) != 0x20:
                return -1
            i += 2
    # 오전/오후 + space: required in pattern 0, optional in pattern 1
    if i + 2 < n and PyUnicode_READ_CHAR(line, i) == 0xC624 and PyUnicode_READ_CHAR(line, i + 2) == 0x20 \
            and PyUnicode_READ_CHAR(line, i + 1) in (0xC804, 0xD6C4):
        i += 3
    elif pattern == 0:
        return -1
    k = _digits(line, i, n, 2)
    if k < 1 or k > 2:
        return -1
    i += k
    if i >= n or PyUnicode_READ_CHAR(line, i) != 0x3A:  # ':'
        return -1
    i += 1
    if _digits(line, i, n, 2) < 2:
        return -1
    return i + 2  # re.match does not anchor the end: "8:345" matches as "8:34" too


cdef class _Pend:
    cdef public object lineno
    cdef public object time_local
    cdef public object sender
    cdef public str kind
    cdef public list lines

    def __init__(self, lineno, time_local, sender, str kind, list lines):
        self.lineno = lineno
        self.time_local = time_local
        self.sender = sender
        self.kind = kind
        self.lines = lines


cdef class _KakaoEmit:
    cdef object emitter, pending_cls, media_placeholder
    cdef dict accounts
    cdef set senders, first_chars, self_labels
    cdef MessageIds ids

    def __init__(self, emitter, pending_cls, media_placeholder, first_chars, self_labels):
        self.emitter = emitter
        self.pending_cls = pending_cls
        self.media_placeholder = media_placeholder
        self.accounts = emitter._accounts
        self.senders = emitter.senders
        self.ids = emitter.ids
        self.first_chars = first_chars
        self.self_labels = self_labels

    cdef object emit(self, _Pend p):
        """kakaotalk._Emitter.__call__; service lines go to it as they are."""
        if p.kind != "message":
            return self.emitter(self.pending_cls(p.lineno, p.time_local, p.sender, p.kind, p.lines))
        cdef str text
        if len(p.lines) == 1:
            text = (<str>p.lines[0]).rstrip("\n")
        else:
            text = "\n".join(p.lines).rstrip("\n")
        sender = p.sender
        if len(self.senders) < 100_000:
            self.senders.add(sender or "")
        ref = None
        if sender is not None:
            ref = self.accounts.get(sender)
            if ref is None:
                ref = self.emitter.account(sender)
        media = self.media_placeholder(text) if text[:1] in self.first_chars and "\n" not in text else None
        key = text
        if media is not None:
            key = f"[{media.kind}]"
        who = "(exporter)" if sender in self.self_labels else (sender or "")
        pid = self.ids.next(p.time_local or "", who, key, p.lineno)
        rec = _record(pid, "message", ref, sender, None, p.time_local, "" if media is not None else text)
        if media is not None:
            (<list>_get(rec, F_MEDIA)).append(media)
        return rec


def kakao_timestamped(lines, emitter):
    """`KakaoTalkExport._timestamped` (Android and iOS layouts): the same records."""
    from roomsift.ingest.formats import _kakaotalk_text as words
    from roomsift.ingest.formats import kakaotalk as fmt

    cdef _KakaoEmit emit = _KakaoEmit(emitter, fmt._Pending, words.media_placeholder, set(words.MEDIA_FIRST_CHARS),
                                      set(fmt.SELF_LABELS))
    cdef dict stamps = words._STAMPS
    quick_timestamp, match_timestamp = words.quick_timestamp, words.match_timestamp
    day_header = words.IOS_DAY_HEADER.match
    cdef list preferred = []
    cdef _Pend pending = None, new
    cdef str line, rest, body
    cdef Py_ssize_t end, cut
    cdef object ts, iso, time_local
    for lineno, line in lines:
        ts = None
        if PyUnicode_GET_LENGTH(line) and Py_UNICODE_ISALNUM(PyUnicode_READ_CHAR(line, 0)):
            end = -1
            if preferred and (preferred[0] == 0 or preferred[0] == 1):
                end = _kakao_stamp_end(line, preferred[0])
            iso = stamps.get(line[:end]) if end > 0 else None
            if iso is not None:
                ts = (iso, end)
            else:
                ts = quick_timestamp(line, preferred) or match_timestamp(line, preferred)
        if ts is not None:
            time_local, end = ts[-2:]
            rest = line[end:]
            new = None
            if rest == "":  # Android day header: the first message's timestamp alone
                new = None
            elif rest.startswith(", "):
                body = rest[2:]
                cut = body.find(" : ")
                if cut >= 0:
                    new = _Pend(lineno, time_local, body[:cut], "message", [body[cut + 3:]])
                elif body.endswith(" :"):
                    new = _Pend(lineno, time_local, body[:-2], "message", [""])
                else:  # Android service line: "<ts>, <sentence>"
                    new = _Pend(lineno, time_local, None, "service", [body])
            elif rest.startswith(": "):  # iOS service line: "<ts>: <sentence>"
                new = _Pend(lineno, time_local, None, "service", [rest[2:]])
            else:
                if pending is not None:
                    pending.lines.append(line)
                continue
            if pending is not None:
                yield emit.emit(pending)
            pending = new
        elif day_header(line):
            if pending is not None:
                yield emit.emit(pending)
            pending = None
        elif pending is not None:
            pending.lines.append(line)
    if pending is not None:
        yield emit.emit(pending)


# --- WhatsApp text (whatsapp.WhatsAppText.parse and its _Emitter) -----------------------

cdef inline bint _is_bidi(Py_UCS4 c):
    return c == 0x200E or c == 0x200F or 0x202A <= c <= 0x202E or 0x2066 <= c <= 0x2069


cdef bint _has_bidi(str s):
    cdef Py_ssize_t i, n = PyUnicode_GET_LENGTH(s)
    for i in range(n):
        if _is_bidi(PyUnicode_READ_CHAR(s, i)):
            return True
    return False


cdef inline Py_UCS4 _at(str s, Py_ssize_t i, Py_ssize_t n):
    return PyUnicode_READ_CHAR(s, i) if i < n else 0


cdef tuple _wa_header(str line):
    """(memo key of WhatsAppText._time, rest) of a message header written with ASCII digits
    and no era, bidi mark or 오전/午前 clock marker before its text; None when this matcher
    cannot tell (whatsapp's regexes decide then). Where it answers, `match_header` matches
    with the same groups: every step takes the regex's first choice, and any step that
    would need the regex to backtrack gives up instead. The key is
    (layout, a, sep, b, c, be, ap1, h, mi, s, ap2) as `_time` builds it from the match."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(line), i = 0, k, j, j2
    cdef Py_UCS4 c
    cdef bint ios
    if n == 0:
        return None
    c = PyUnicode_READ_CHAR(line, 0)
    ios = c == 0x5B  # '['
    if ios:
        i = 1
    k = _digits(line, i, n, 4)
    if k < 1 or k > 4:
        return None
    a = line[i:i + k]
    i += k
    c = _at(line, i, n)
    if c != 0x2E and c != 0x2F and c != 0x2D:  # . / -
        return None
    sep = line[i:i + 1]
    i += 1
    if _at(line, i, n) == 0x20:
        i += 1
    k = _digits(line, i, n, 2)
    if k < 1 or k > 2:
        return None
    b = line[i:i + k]
    i += k
    c = _at(line, i, n)
    if c != 0x2E and c != 0x2F and c != 0x2D:
        return None
    i += 1
    if _at(line, i, n) == 0x20:
        i += 1
    k = _digits(line, i, n, 4)
    if k < 1 or k > 4:
        return None
    cc = line[i:i + k]
    i += k
    be = None
    if _at(line, i, n) == 0x20 and _at(line, i + 1, n) == 0x42 and _at(line, i + 2, n) == 0x45:  # " BE"
        be = " BE"
        i += 3
    if _at(line, i, n) == 0x2E:
        i += 1
    if _at(line, i, n) == 0x2C:  # ','
        i += 1
    if _at(line, i, n) != 0x20:
        return None
    i += 1
    k = _digits(line, i, n, 2)
    if k < 1 or k > 2:
        return None
    h = line[i:i + k]
    i += k
    c = _at(line, i, n)
    if c != 0x3A and c != 0x2E:  # : .
        return None
    i += 1
    if _digits(line, i, n, 2) < 2:
        return None
    mi = line[i:i + 2]
    i += 2
    s = None
    c = _at(line, i, n)
    if (c == 0x3A or c == 0x2E) and _digits(line, i + 1, n, 2) >= 2:
        s = line[i + 1:i + 3]
        i += 3
    ap2 = None
    j = i
    c = _at(line, j, n)
    if c == 0x20 or c == 0x202F or c == 0xA0:
        j += 1
        c = _at(line, j, n)
    if c == 0x41 or c == 0x61 or c == 0x50 or c == 0x70:  # A a P p
        j2 = j + 1
        if _at(line, j2, n) == 0x2E:
            j2 += 1
        if _at(line, j2, n) == 0x20:
            j2 += 1
        c = _at(line, j2, n)
        if c == 0x4D or c == 0x6D:  # M m
            j2 += 1
            if _at(line, j2, n) == 0x2E:
                j2 += 1
            ap2 = line[j:j2]
            i = j2
    elif c == 0x645 or c == 0x635 or c == 0xC624:  # م ص 오: the regexes decide
        return None
    if _at(line, i, n) == 0x2E:
        i += 1
    while i < n and _is_bidi(PyUnicode_READ_CHAR(line, i)):
        i += 1
    if ios:
        if _at(line, i, n) != 0x5D or _at(line, i + 1, n) != 0x20:  # "] "
            return None
        i += 2
    else:
        c = _at(line, i + 1, n)
        if _at(line, i, n) != 0x20 or (c != 0x2D and c != 0x2013) or _at(line, i + 2, n) != 0x20:  # " - " / " – "
            return None
        i += 3
    while i < n and _is_bidi(PyUnicode_READ_CHAR(line, i)):
        i += 1
    rest = line[i:]
    if "\n" in rest:
        return None
    return ("ios" if ios else "android", a, sep, b, cc, be, None, h, mi, s, ap2), rest


def whatsapp_header(str line):
    """Test hook: what `_wa_header` reads (None: left to the regexes)."""
    return _wa_header(line)


cdef class _WhatsAppEmit:
    cdef object emitter, pending_cls, media_of, edited_suffix, strip_bidi
    cdef dict accounts, omitted_by_last_word
    cdef set authors, missed_calls, deleted
    cdef MessageIds ids
    cdef object notices
    cdef str folder, bidi

    def __init__(self, emitter, fmt, words):
        self.emitter = emitter
        self.pending_cls = fmt._Pending
        self.accounts = emitter._accounts
        self.authors = emitter.authors
        self.ids = emitter.ids
        self.folder = emitter.folder
        self.media_of = words.media_of
        self.edited_suffix = words.edited_suffix
        self.strip_bidi = words.strip_bidi
        self.omitted_by_last_word = words._OMITTED_BY_LAST_WORD
        self.missed_calls = set(words._MISSED_CALLS)
        self.deleted = set(words.DELETED)
        self.notices = [(action, tuple(prefixes)) for action, prefixes in words._NOTICES]
        self.bidi = words.BIDI

    cdef tuple split(self, str rest):
        """_Emitter.split."""
        cdef Py_ssize_t cut = rest.find(": ")
        if cut > 0 and '"' not in rest[:cut]:
            return rest[:cut], rest[cut + 2:]
        return self.emitter.split(rest)

    cdef object emit(self, _Pend p):
        """whatsapp._Emitter.__call__; system lines and lines that may be system lines go to
        it as they are."""
        cdef str text, clean, first, caption, rtext, kind = "message"
        cdef bint plain
        cdef Py_ssize_t cut
        if len(p.lines) == 1:
            text = (<str>p.lines[0]).rstrip("\n")
        else:
            text = "\n".join(p.lines).rstrip("\n")
        text = text.lstrip(self.bidi)
        first_line = <str>p.lines[0]
        # (`first_line[:1] in BIDI` holds for an empty first line too, as in the pure code)
        if p.sender is None or ((PyUnicode_GET_LENGTH(first_line) == 0 or _is_bidi(PyUnicode_READ_CHAR(first_line, 0)))
                                and "\n" not in text):
            return self.emitter(self.pending_cls(p.lineno, p.time_local, p.sender, p.lines))
        author = p.sender
        sender = self.accounts.get(author)
        if sender is None:
            sender = self.emitter.account(author)
        name = sender.name
        plain = not _has_bidi(text)
        action = None
        if len(text) >= 20:  # _whatsapp_text.notice
            clean = (text if plain else self.strip_bidi(text)).lstrip()
            for notice_action, prefixes in self.notices:
                if clean.startswith(prefixes):
                    action = notice_action
                    break
        rsender = sender
        extra = {}
        media = []
        rtext = text
        if action is not None:
            kind = "service"
            rsender = None
        elif len(text) < 40 and (text if plain else self.strip_bidi(text)).strip() in self.missed_calls:
            kind, action, extra = "service", "phone_call", {"discard_reason": "missed"}
        else:
            first, _, caption = text.partition("\n")
            clean = (first if plain else self.strip_bidi(first)).strip()
            found = None
            if clean and len(clean) <= 300:  # _whatsapp_text.media_of, which most lines leave at once
                c = clean[-1]
                if c == ")" or c == ">" or clean[clean.rfind(" ") + 1:] in self.omitted_by_last_word:
                    found = self.media_of(first, self.folder, plain)
            if found is not None:
                media.append(found[0])
                rtext = caption
            if rtext.endswith(">"):
                rtext, edited = self.edited_suffix(rtext)
                if edited:
                    extra["edited"] = True
            if len(rtext) < 60 and (rtext if plain else self.strip_bidi(rtext)).strip() in self.deleted:
                extra["deleted"] = True
        pid = self.ids.next(p.time_local, name or "", text, p.lineno)
        rec = _record(pid, kind, rsender, name, None, p.time_local, rtext)
        if action is not None:
            _set(rec, F_ACTION, action)
        if extra:
            _set(rec, F_EXTRA, extra)
        if media:
            _set(rec, F_MEDIA, media)
        return rec


def whatsapp_messages(parser, lines, dict shapes, emitter):
    """The message loop of `WhatsAppText.parse` (after its first pass): the same records."""
    from roomsift.ingest.formats import _whatsapp_text as words
    from roomsift.ingest.formats import whatsapp as fmt

    cdef _WhatsAppEmit emit = _WhatsAppEmit(emitter, fmt, words)
    cdef dict times = parser._times
    match_header = words.match_header
    time_of = parser._time
    cdef _Pend pending = None
    cdef str line, rest
    cdef tuple found
    missing = times  # a marker no memo entry holds
    for lineno, line in lines:
        found = _wa_header(line)
        time_local = missing
        if found is not None:
            time_local = times.get(found[0], missing)
            rest = found[1]
        if time_local is missing:
            header = match_header(line)
            time_local = time_of(header, shapes) if header else None
            if time_local is not None:
                rest = header[1].group("rest")
        if time_local is None:
            if pending is not None:
                pending.lines.append(line)
            continue
        if pending is not None:
            yield emit.emit(pending)
        author, text = emit.split(rest)
        pending = _Pend(lineno, time_local, author, "message", [text])
    if pending is not None:
        yield emit.emit(pending)


# --- Telegram message objects (telegram.convert_message) ---------------------------------

cdef class TelegramConverter:
    """`telegram.convert_message`, compiled: `convert(m, file, chat_type)` returns the same
    record; `convert_batch` a list of them. Rare parts (service targets, media, extra keys)
    call the same helpers as the pure code."""

    cdef object fmt, peer, account_ref, flatten_text, check_size, to_int, media, AccountRef, ActionTarget, IngestError
    cdef dict refs
    cdef frozenset kinds, handled, handled_photo, handled_file, handled_both, vcard_keys
    cdef list simple
    cdef Py_ssize_t max_chars
    cdef str bogus, nickname

    def __init__(self, fmt):
        self.fmt = fmt
        self.peer = fmt._peer
        self.account_ref = fmt._account_ref
        self.flatten_text = fmt.flatten_text
        self.check_size = fmt._check_size
        self.to_int = fmt._int
        self.media = fmt._media
        self.AccountRef = fmt.AccountRef
        self.ActionTarget = fmt.ActionTarget
        self.IngestError = fmt.IngestError
        self.refs = fmt._REFS
        self.kinds = fmt._KINDS
        self.handled = fmt._HANDLED
        self.handled_photo = fmt._HANDLED_PHOTO
        self.handled_file = fmt._HANDLED_FILE
        self.handled_both = fmt._HANDLED_BOTH
        self.vcard_keys = fmt._VCARD_KEYS
        self.simple = [(key, FIELDS.index(attr)) for key, attr in fmt._SIMPLE_KEYS.items()]
        self.max_chars = fmt.MAX_FIELD_CHARS
        self.bogus = fmt._BOGUS_EDIT_PREFIX
        self.nickname = fmt.IDENTITY_NICKNAME

    def convert_batch(self, list batch, file, chat_type):
        return [self.convert(m, file, chat_type) for m in batch]

    cpdef object convert(self, object obj, object file, object chat_type):
        if not isinstance(obj, dict) or "id" not in obj:
            raise self.IngestError("message without an id", file=file)
        cdef dict m = <dict>obj
        cdef int f
        msg_id = m["id"]
        kind = m.get("type", "message")
        unix = m.get("date_unixtime")
        unix = int(unix) if unix else None
        legacy = unix is None
        sender_id = m.get("from_id")
        sender_name = m.get("from")
        if sender_id is None and sender_name is None:
            sender_id = m.get("actor_id")
            sender_name = m.get("actor")
        rec = _record(int(msg_id), kind if kind in self.kinds else "message", None, sender_name, unix, m.get("date"), "")
        peer = sender_id if type(sender_id) is str else self.peer(sender_id, legacy)
        if peer is not None:
            sender = self.refs.get((peer, sender_name)) or self.account_ref(peer, sender_name)
            _set(rec, F_SENDER, sender)
        elif sender_name:  # pre-2018-12 exports: only a display name
            _set(rec, F_SENDER, self.AccountRef(f"name:{sender_name}", sender_name, self.nickname))

        text = m.get("text")
        if type(text) is str:
            if len(<str>text) > self.max_chars:
                self.check_size(text, file, msg_id)
            _set(rec, F_TEXT, text)
            entities = m.get("text_entities")
            _set(rec, F_ENTITIES, entities if type(entities) is list else [])
        else:
            if isinstance(text, list):
                for part in text:
                    self.check_size(part.get("text") if isinstance(part, dict) else part, file, msg_id)
            flat, derived = self.flatten_text(text)
            _set(rec, F_TEXT, flat)
            entities = m.get("text_entities")
            _set(rec, F_ENTITIES, entities if type(entities) is list and entities else derived)

        reply = m.get("reply_to_message_id")
        if reply is not None:
            _set(rec, F_REPLY_TO, self.to_int(reply))
        for key, f in self.simple:
            if key in m:
                _set(rec, f, m[key])

        edited = m.get("edited")
        if edited and not (legacy and str(edited).startswith(self.bogus)):
            _set(rec, F_EDITED_LOCAL, edited)
            _set(rec, F_EDITED_UTC, self.to_int(m.get("edited_unixtime")))

        if kind == "service":
            if _get(rec, F_ACTION) is None and "information_text" in m:
                _set(rec, F_ACTION, "custom_action")
            members = m.get("members")
            if isinstance(members, list):
                (<list>_get(rec, F_TARGETS)).extend([self.ActionTarget("member", name) for name in members])
        if "inviter" in m:
            (<list>_get(rec, F_TARGETS)).append(self.ActionTarget("inviter", m["inviter"]))

        has_photo = "photo" in m
        has_file = "file" in m
        used = self.handled_both if has_photo and has_file else self.handled_photo if has_photo else self.handled_file if has_file else self.handled
        media = <list>_get(rec, F_MEDIA)
        if has_photo:
            media.append(self.media("group_photo" if kind == "service" else "photo", m["photo"],
                                    size=self.to_int(m.get("photo_file_size")), width=self.to_int(m.get("width")),
                                    height=self.to_int(m.get("height"))))
        if has_file:
            media.append(self.media(m.get("media_type") or "file", m["file"], file_name=m.get("file_name"),
                                    mime=m.get("mime_type"), size=self.to_int(m.get("file_size")),
                                    width=self.to_int(m.get("width")), height=self.to_int(m.get("height")),
                                    duration=m.get("duration_seconds")))
            if "thumbnail" in m:
                media.append(self.media("thumbnail", m["thumbnail"], size=self.to_int(m.get("thumbnail_file_size"))))
        if "contact_vcard" in m:
            media.append(self.media("contact_vcard", m["contact_vcard"], size=self.to_int(m.get("contact_vcard_file_size"))))
            used = used | self.vcard_keys
        if not m.keys() <= used:  # any key not handled above is kept
            _set(rec, F_EXTRA, {key: value for key, value in m.items() if key not in used})
        if kind not in self.kinds:
            (<dict>_get(rec, F_EXTRA))["type"] = kind
        return rec


def whatsapp_survey(lines, fmt):
    """`WhatsAppText._survey` over `lines` (the first pass): the same (shapes, authors,
    layouts). Headers this module reads skip the regexes; a header with a date other than
    the previous header's still goes through them (its shape learns from the match)."""
    from roomsift.ingest.formats import _whatsapp_text as words

    match_header, shape_key, strip_bidi, Shape = words.match_header, words.shape_key, words.strip_bidi, fmt._Shape
    cdef Py_ssize_t max_authors = fmt.MAX_AUTHORS
    cdef dict shapes = {}, layouts = {}
    cdef set authors = set()
    cdef tuple last_date = (), date, found
    cdef str line, rest, name
    cdef Py_ssize_t cut
    last_shape, last_a, last_b = None, 0, 0
    for _lineno, line in lines:
        found = _wa_header(line)
        m = None
        if found is not None:
            key = <tuple>found[0]
            layout = key[0]
            date = key[:6]
            rest = found[1]
        else:
            header = match_header(line)
            if header is None:
                continue
            layout, m = header
            date = (layout, *m.group("a", "sep", "b", "c", "be"))
            rest = m.group("rest")
        layouts[layout] = layouts.get(layout, 0) + 1
        if date == last_date:
            last_shape.a_over_12 += last_a
            last_shape.b_over_12 += last_b
        else:
            if m is None:
                m = match_header(line)[1]  # the regexes agree with _wa_header where it answers
            skey = shape_key(layout, m)
            shape = shapes.get(skey)
            if shape is None:
                shape = shapes[skey] = Shape()
            shape.see(m)
            last_date, last_shape = date, shape
            last_a = 0 if len(date[1]) == 4 else int(date[1]) > 12
            last_b = int(date[3]) > 12
        cut = rest.find(": ")
        if cut > 0 and len(authors) < max_authors:
            name = rest[:cut]
            if name not in authors:
                authors.add(name)
                authors.add(strip_bidi(name).strip())
    for shape in shapes.values():
        shape.decide()
    return shapes, authors, layouts


# --- plumbing: numbered lines, feeding the core ------------------------------------------

cdef class NumberedLines:
    """`_text.iter_lines` over an open text file: (line number, line without its line
    ending). Closes the file at its end; a decoding error goes through `on_error(exc,
    lineno)`, which returns the exception to raise (the pure code's IngestError)."""

    cdef object it, text, on_error
    cdef public Py_ssize_t lineno

    def __init__(self, text, on_error):
        self.text = text
        self.it = iter(text)
        self.on_error = on_error
        self.lineno = 0

    def __iter__(self):
        return self

    def __next__(self):
        cdef str line
        try:
            line = next(self.it)
        except StopIteration:
            self.text.close()
            raise
        except UnicodeDecodeError as exc:
            self.text.close()
            raise self.on_error(exc, self.lineno) from None
        except BaseException:
            self.text.close()
            raise
        self.lineno += 1
        if line.endswith("\n"):
            line = line[:-1]
        return self.lineno, line

    def close(self):
        self.text.close()


def feed(records, writer, dict export_info, chat_cls, info_cls, Py_ssize_t batch_size):
    """The record loop of `core._load` for one main file: messages into the writer's batch
    (`_Writer.add`), chats opened, export facts gathered, in stream order."""
    cdef list batch = writer.batch
    for rec in records:
        if type(rec) is MessageRecord:
            batch.append(rec)
            if len(batch) >= batch_size:
                writer.flush()
                batch = writer.batch
        elif isinstance(rec, chat_cls):
            writer.open_chat(rec)
            batch = writer.batch
        elif isinstance(rec, info_cls):
            export_info.update(rec.extra)
