"""Criminal chats: lobby, paid request room, notice channel, staff room, two 1:1 coercion chats."""
from script_lobby import LOBBY
from script_room import ROOM
from script_staff import CHANNEL, STAFF, DM_CARE, DM_FIX

# (export name, type, rooms label, export date, owner or 1:1 peer, script)
CHATS = [
    ("🔓 합성소 입장 안내 (무료)", "public_supergroup", "criminal", "2026-05-11", "boss", LOBBY),
    ("합성소 의뢰방 🖌️", "private_supergroup", "criminal", "2026-05-20", "boss", ROOM),
    ("📢 합성소 알림", "private_channel", "criminal", "2026-05-21", "chan", CHANNEL),
    ("운영", "private_group", "criminal", "2026-05-21", "boss", STAFF),
    ("하린", "personal_chat", "criminal", "2026-05-21", "vic1", DM_CARE),
    ("정리반", "personal_chat", "criminal", "2026-04-28", "fix", DM_FIX),
]
