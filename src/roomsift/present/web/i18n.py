"""UI strings in English and Korean. Evidence is never translated: it is shown as written."""

STRINGS = {
    "overview": ("Overview", "개요"), "participants": ("Participants", "참여자"), "chats": ("Chats", "대화방"),
    "payments": ("Payments", "결제"), "network": ("Network", "관계망"), "media": ("Media matches", "미디어 일치"),
    "victims": ("Victims", "피해자"), "audit": ("Audit log", "감사 로그"), "bases": ("Legal bases", "법적 근거"),
    "users": ("Users", "사용자"), "sign_in": ("Sign in", "로그인"), "sign_out": ("Sign out", "로그아웃"),
    "user_name": ("User name", "사용자 이름"), "password": ("Password", "비밀번호"),
    "reveal_on": ("Show identities covered by a legal basis", "법적 근거가 있는 신원 표시"),
    "reveal_off": ("Hide identities (pseudonyms only)", "신원 숨기기 (가명만)"),
    "reveal_state_on": ("Identities under a legal basis are shown (logged).", "법적 근거가 있는 신원이 표시됩니다 (기록됨)."),
    "reveal_state_off": ("Pseudonyms only.", "가명만 표시됩니다."),
    "messages": ("messages", "메시지"), "accounts": ("accounts", "계정"), "rooms": ("rooms", "방"),
    "time_span": ("time span", "기간"), "rank": ("rank", "순위"), "person": ("person", "인물"), "roles": ("roles", "역할"),
    "tier": ("tier", "등급"), "score": ("score", "점수"), "cited": ("cited", "인용"), "top_evidence": ("top evidence", "주요 증거"),
    "filter": ("Filter", "필터"), "role": ("role", "역할"), "room": ("room", "방"), "any": ("any", "전체"),
    "sort": ("sort", "정렬"), "next": ("next", "다음"), "prev": ("previous", "이전"), "page": ("page", "페이지"), "first": ("first", "처음"),
    "findings": ("Findings with cited messages", "인용 메시지가 있는 발견 사항"), "names": ("Names over time", "시간별 이름"),
    "links": ("Identity links", "신원 연결"), "confirm": ("Confirm", "확인"), "reject": ("Reject", "거부"),
    "request_basis": ("Request a legal basis", "법적 근거 요청"), "approve": ("Approve", "승인"), "revoke": ("Revoke", "철회"),
    "verify": ("Verify the log now", "지금 로그 검증"), "preview": ("Show blurred preview (logged)", "흐린 미리보기 표시 (기록됨)"),
    "language": ("한국어", "English"), "jump": ("open in chat", "대화에서 보기"), "submit": ("Submit", "제출"),
    "type": ("type", "유형"), "reference": ("reference", "참조 번호"), "issuer": ("issuer", "발급 기관"),
    "expires": ("expires (YYYY-MM-DD)", "만료일 (YYYY-MM-DD)"), "grounds": ("grounds", "사유"), "status": ("status", "상태"),
    "persons_in_scope": ("persons in scope (labels, comma-separated)", "대상 인물 (라벨, 쉼표로 구분)"),
    "protected": ("Protected section: potential victims are never ranked as suspects.",
                  "보호 구역: 잠재적 피해자는 용의자로 순위가 매겨지지 않습니다."),
}


def t(key: str, lang: str) -> str:
    en, ko = STRINGS.get(key, (key, key))
    return ko if lang == "ko" else en
