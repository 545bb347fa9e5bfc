"""sealed-9: the list of chats (export name, type, label, export date, peer of a 1:1 / channel, script)."""
import scripts_benign9 as B
import scripts_crime9 as K

CHATS = [
    ("필터공방 공지", "private_channel", "criminal", "2026-04-20", "chan", K.CHANNEL),
    ("필터공방 접수처", "private_supergroup", "criminal", "2026-04-20", None, K.LOBBY),
    ("필터공방 2관", "private_supergroup", "criminal", "2026-04-20", None, K.VIP),
    ("작업실", "private_group", "criminal", "2026-04-20", None, K.STAFF),
    ("채린", "personal_chat", "criminal", "2026-04-20", "v1", K.DM_V1),
    ("소장", "personal_chat", "criminal", "2026-04-11", "boss", K.DM_V2),
    ("Sora", "personal_chat", "criminal", "2026-04-21", "v3", K.DM_V3),
    ("보정 맛집 ✂️ 사진보정 의뢰", "public_supergroup", "benign", "2026-04-22", None, B.RETOUCH),
    ("[DSK] 도시락 클랜 🍱", "private_supergroup", "benign", "2026-04-22", None, B.CLAN),
    ("AI 그림 연구소", "public_supergroup", "benign", "2026-04-23", None, B.AILAB),
    ("컴공 21학번 🖥️", "private_group", "benign", "2026-04-23", None, B.CLASS),
    ("누나", "personal_chat", "benign", "2026-04-15", "s02", B.SIBLING),
    ("수진", "personal_chat", "benign", "2026-04-22", "s04", B.FRIEND),
    ("하얀사진관", "personal_chat", "benign", "2026-04-15", "s05", B.STUDIO),
]
