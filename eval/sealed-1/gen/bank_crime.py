"""Phrase bank for the AURORA network rooms (hand-written for sealed-1).

Placeholders filled by make_sealed.py:
  {price_m} {price_v}   member / VIP price strings (registered as amounts)
  {amt:TEXT}            a literal amount, registered as a payment artifact
  {pin}                 a fresh gift-card PIN posted by the speaker (registered)
  {opbtc} {opeth} {opxmr} {opbank}   the network's collection addresses (registered)
  {mybtc} {myeth} {mybank}           a fresh address the speaker gives as their own
  {tx}                  a fake transaction hash (not a payment artifact)
  {who}                 display name of another member of the room
  {series}              a series code such as "A-07" (never an amount)
Everything is euphemism and logistics; nothing describes a body or an act.
"""

# ---------------------------------------------------------------- lobby (#welcome)
LOBBY_RULES = [
    "📌 디코 서버 터져서 텔레로 이사왔습니다. 예전 #rules 그대로 적용. 읽고 말하세요",
    "📌 규칙 1) 캡처 금지 2) 외부 유출 시 영구밴 3) 입장 문의는 문지기 or 라떼한테만",
    "📌 멤버관 입장 {price_m} / VIP 라운지 {price_v}. 문상(컬쳐랜드, 해피머니) 또는 코인만 받음",
    "📌 입장 신청은 이 방에 '입장신청 + 핀번호' 쓰면 확인 후 링크 DM 드림. 확인까지 최대 반나절",
    "📌 디코에서 역할 있던 분들은 예전 닉 + 역할명 말해주면 재인증 해드림",
    "📌 코인 입금 주소는 공지에만 올림. 공지 아닌 주소로 보내면 책임 안짐",
    "📌 로비는 무료방입니다. 여기서 자료 달라고 하지 마세요. 바로 강퇴",
]

LOBBY_GREET = [
    "ㅎㅇ", "ㅎㅇㅎㅇ", "안녕하세요 처음 왔습니다", "디코에서 넘어왔어요~", "하이", "hi all",
    "여기가 오로라 맞나요?", "링크 타고 왔어요", "ㅎㅇ 뉴비임", "안녕하세여", "반갑습니다 ^^",
    "디코 #general 에서 봤던 분들 많네 ㅋㅋ", "yo", "오 이사 잘 됐네", "서버 터진 거 실화냐",
    "ㅇㅇ 왔음", "왔다감", "첫 입장입니다 잘 부탁드려요", "사람 많네요", "새벽에도 사람 있네",
]

LOBBY_PRICE_Q = [
    "입장 얼마예요?", "멤버관이랑 VIP 차이가 뭐임", "가격 공지 어디있나요", "문상 말고 계좌이체는 안돼요?",
    "핀번호 어디다 보내요?", "vip는 코인만 받나요", "how much for vip", "결제하면 바로 들어가짐?",
    "예전에 디코에서 결제했는데 또 내야 돼요?", "입장료 올랐어요? 저번엔 더 쌌던 거 같은데",
    "해피머니도 되나요", "문상 3장으로 나눠서 내도 돼요?", "is there a trial or smth",
    "반값 이벤트 같은 거 없나요 ㅠ", "학생이라 돈이 없어서요 할인 안돼요?",
    "ETH로 내면 수수료 누가 내요", "VIP 들어가면 멤버관도 같이 되는 거죠?",
]

LOBBY_APPLY = [  # payer: gift-card PIN in the lobby
    "입장신청 {pin}",
    "입장신청합니다 컬쳐랜드 {pin}",
    "멤버관 신청이요 핀 {pin} 확인부탁드립니다",
    "@latte_gate 신청! {pin}",
    "입장신청 해피머니 {pin} / {pin}",
    "신청합니다 ㅎㅎ {pin}",
    "문상 보냅니다 {pin} 확인 좀요",
    "입장신청 (멤버) 핀번호 {pin}",
    "vip 신청합니다 {pin} {pin} {pin}",
]

LOBBY_APPLY_COIN = [  # payer: crypto
    "VIP 신청 {opbtc} 로 {amt:0.0105 BTC} 보냈습니다 tx {tx}",
    "방금 {amt:0.16 ETH} 보냄. 주소는 공지꺼 {opeth}",
    "sent {amt:0.0105 BTC} to {opbtc} for vip, tx {tx}",
    "xmr로 보냈어요 {opxmr} 확인해주세요",
    "멤버관 코인으로 {amt:0.042 ETH} 입금 완료",
    "paid vip in eth, {amt:0.16 ETH}. plz check",
]

LOBBY_GATE = [  # operator (gatekeeper) replies
    "확인중", "확인완료 DM 보냄", "핀 잘못됨 다시", "이미 사용된 핀임. 장난치면 밴",
    "확인됐습니다 링크 보내드림", "잔액 부족한 핀이에요 하나 더 보내세요", "ㅇㅋ 확인", "코인 컨펌 기다리는 중",
    "입장신청은 형식 지켜서. 공지 다시 보셈", "로비에서 자료 얘기 금지라고 했죠",
    "링크 DM 확인하세요", "컨펌 3개 떴네요 확인 완료", "신청 밀려서 좀 늦어요 기다리셈",
]

LOBBY_CHAT = [  # off-topic / viewer chatter
    "오늘 롤 패치 뭐임", "배고프다 치킨 시킬까", "내일 출근 실화냐", "ㅋㅋㅋㅋㅋ", "ㄹㅇ",
    "비 오네", "텔레 알림 너무 많이 와서 껐음", "여기 다들 몇 살임", "군대 가기 싫다",
    "주식 또 떨어짐 ㅅㅂ", "새벽 3시에 뭐하냐 다들", "아 시험기간인데 ㅋㅋ", "ㅇㅈ", "ㄱㅅ",
    "anyone from busan", "lol", "텔레 다크모드 어케 함", "누가 디코 백업 있음?",
    "디코 서버는 왜 터진 거예요", "신고 먹은 듯", "ㅇㅎ", "그냥 구경만 할게요",
    "배민 쿠폰 있는 사람", "아 졸려", "야구 보는 사람", "한화 또 짐 ㅋㅋ", "ㅠㅠ",
]

OPSEC = [  # viewer: opsec worries (viewer behaviour)
    "여기 경찰 들어와 있는 거 아님?", "텔레도 털린다던데 괜찮나", "닉 바꿔야 하나",
    "VPN 켜고 들어오세요 다들", "폰번호 숨김 설정 해놓으셈", "is this safe lol",
    "예전 디코도 신고로 터진 거잖아", "나 여기 있는 거 들키면 끝임 ㅋㅋ",
    "캡처하는 놈 있으면 어떡함", "요즘 텔레 협조한다는 기사 봤는데",
]

# ---------------------------------------------------------------- paid rooms
UPLOAD = [  # distributor
    "📦 새 자료 올림 {series}", "{series} 풀었습니다", "오늘치 업로드 끝", "#업로드 {series} (3개)",
    "new drop {series}", "요청 많던 {series} 마저 올림", "{series} 원본 파일. 용량 커서 나눠서 올림",
    "주말 업데이트 {series}~{series}", "이번 건 새로 들어온 애 꺼 {series}", "📦 {series} 추가",
    "정리본 올립니다 {series} 모음", "{series} 2탄", "스태프 확인 끝난 거 올림 {series}",
    "uploaded {series}, more tmrw", "VIP 먼저 풀고 멤버관은 담주에 {series}",
]

REQUEST = [  # solicitor
    "다음 거 언제 올라와요?", "{series} 다음편 빨리요", "새로 들어온 애 꺼 더 없어요?",
    "좀 더 센 거 없나", "걔 더 시켜봐요 ㅋㅋ", "인증 더 받아주세요", "이번엔 얼굴 나오는 걸로 부탁",
    "요즘 업뎃 너무 느림 돈 냈는데", "{series} 원본 있는 분?", "more pls", "when next drop",
    "새 애 구해와요 이번 거 질림", "학교 알아낸 애 있으면 그걸로 ㄱㄱ", "시키는 거 더 해보라 해요",
    "VIP만 풀지 말고 여기도 좀", "{who}님이 말한 그거 올려주세요", "다음엔 이름 적은 종이 들고 인증 시켜요",
    "밤에 영상통화 시킨 거 있잖아요 그거 풀어주세요", "반응 안 하면 학교에 뿌린다고 하세요 ㅋㅋ",
    "이름이랑 학교 공개 각", "get her to do another one", "좀 더 강하게 나가요 말 안 들으면",
    "제발 업뎃 좀요 ㅠ", "새 시리즈 언제 시작함?", "걔 번호 아는 사람? 직접 연락해볼래",
]

PAYCLAIM = [  # payer, inside paid rooms
    "저 이번 달 연장비 {amt:5만원} 문상 보냈어요", "연장 완료 {pin}", "VIP 업글 비용 보냄 {opbtc}",
    "업글비 {amt:20만원} 어치 코인으로 냈음", "renewed, sent {amt:0.005 BTC}",
    "후원 {amt:3만원} 했어요 더 올려주세요", "연장했는데 역할 아직 안 바뀜", "저도 입금했습니다 확인 부탁",
    "paid again, check pls", "이번 달 회비(?) 냈음 ㅋㅋ {amt:5만원}", "환불 받을 거 있으면 제 지갑 {mybtc}",
    "제가 낸 거 확인 안 됐으면 환불은 제 계좌 {mybank} 로", "VIP 연장 {amt:0.16 ETH} 보냄",
]

MEMBER_CHAT = [  # viewer chatter inside paid rooms
    "ㅋㅋㅋ", "오", "ㄷㄷ", "ㄱㅅㄱㅅ", "잘 보고 갑니다", "👍", "ㅇㅇ", "굿", "ㅎㅎ",
    "여기도 조용하네", "아 회사에서 보는 중", "폰 배터리 없다", "누가 롤 ㄱ?", "배고파",
    "이 방 몇 명임?", "공지 봤어요?", "스태프 일 안 하냐 ㅋㅋ", "thx", "nice",
    "나만 파일 안 열림?", "용량 왜케 큼", "다운 중...", "ㅇㅋ", "와 사람 많이 들어왔네",
    "오늘 월급날", "주말 뭐함", "ㅋㅋ 미쳤네", "오랜만", "저번 주에 디코 백업 받아둔 사람?",
]

QUOTE_SARC = [  # viewer: sarcastic quotes of other people's requests
    "'다음 거 언제 올라와요' 이 말 하루에 오십 번 봄 ㅋㅋ",
    "ㅋㅋ '더 센 거' 타령 좀 그만",
    "\"업뎃 느림 돈 냈는데\" <- 이거 매일 보는 듯",
    "맨날 '빨리요 빨리요' ㅋㅋㅋ 독촉 장인들",
    "'more pls' guy is back lol",
    "요청 글 복붙하는 봇인 줄",
]

# ---------------------------------------------------------------- staff room
STAFF_OPS = [  # operator talk in staff
    "오늘 신청 {n}건. 핀 확인 끝",
    "로비 {n}명 들어옴. 결제는 그 중 반도 안 됨",
    "VIP 링크 새로 팠음. 예전 링크 폐기",
    "디코 백업에서 역할 목록 뽑아놨어요",
    "업로드 스케줄: 화 목 토. 밀리면 공지",
    "코인 지갑 다음 주에 바꿈. 공지 준비해둬",
    "로비에 신고 계정 의심되는 거 있음. 강퇴함",
    "정산 이번 주 {amt:84만원} 어치",
    "문상 현금화 수수료 너무 셈 다음부턴 코인 위주",
    "새 알바 공고 3개 올렸음. 스폰 조건으로",
    "모델 알바 공고 보고 DM 온 애 둘. 프로필 받는 중",
    "신분증 사진 받아둠. 이제 말 잘 들을 듯",
    "말 안 들으면 학교에 뿌린다고 했음. 내일까지 답 달라고",
    "그 애 번호 바꾼 듯. 인스타로 다시 연락함",
]

STAFF_PIN_CONFIRM = [  # collector re-posts payer PINs (payment relation, not identity)
    "확인완료: {repin}",
    "사용 처리함 {repin}",
    "오늘 들어온 핀 {repin} / {repin}",
    "이건 잔액부족 {repin}",
    "{repin} 확인. 멤버관 링크 보냄",
]

STAFF_UPLOAD_PLAN = [  # distributor in staff
    "{series} 편집 끝. 토요일에 VIP 먼저",
    "원본 폴더 정리했음 {series}~{series}",
    "업로드용 계정 하나 더 파야 할 듯",
    "워터마크 넣을까요 유출 방지용",
    "멤버관 업로드 담당 저 할게요",
]

# ---------------------------------------------------------------- more lines (second writing pass)
STAFF_OPS += [
    "오늘 로비 신청 거의 학생들임. 문상 소액권으로 쪼개서 보냄 ㅋㅋ",
    "핀 중복 사용 시도한 놈 있음. 닉 캡처해둠",
    "멤버관 인원 {n}0명 넘음. 관리 힘들다",
    "VIP 연장 안 한 애들 금요일에 정리할게요",
    "새 애 프로필 괜찮음. 스폰 조건 말하니까 바로 답 옴",
    "신고 들어온 듯. 로비 링크 갈아엎자",
    "이번 주 공고는 '피팅모델 당일지급'으로 올림",
    "공고 문구 바꿨어요: 고수익 / 초보가능 / 비대면",
    "오늘 응답 없는 애 둘. 내일 아침까지 기다렸다가 학교 쪽으로 연락함",
    "그 애 친구 목록 확보함. 말 안 들으면 한 명씩 보냄",
    "돈으로 해결하겠다는 애 있음. 일단 받고 계속 가",
    "카운트다운 걸어놨어요 48시간",
    "환불 요청 온 거 무시함",
    "코인 시세 떨어져서 정산 애매함. 다음 주로 미룸",
    "업로드 계정 하나 정지먹음 ㅅㅂ",
    "로비에 기자 같은 계정 있음. 질문이 너무 구체적",
    "VIP 가격 올려도 될 듯. 수요 많음",
    "멤버 중에 자꾸 번호 묻는 애 있는데 조심시켜",
    "대포통장 하나 더 구했음. 다음 달부터 그걸로",
    "문상 업자한테 넘겼음 수수료 12퍼",
]
STAFF_UPLOAD_PLAN += [
    "썸네일 모자이크 처리해서 로비 홍보용 만들까요",
    "용량 줄이느라 화질 좀 깎았어요",
    "VIP 먼저 풀고 멤버관은 다음 주 목요일",
    "시리즈 번호 꼬였어요 정리 다시 할게요",
    "백업 드라이브 하나 더 만들어둠",
    "업로드 밀린 거 오늘 밤에 몰아서 올림",
    "새 애 꺼 아직 편집 중",
    "파일명에 날짜 빼는 게 나을 듯",
]
UPLOAD += [
    "오늘 거 올림. 다음 건 목요일", "정리해서 다시 올림 {series} (화질 개선)", "{series} 재업. 링크 죽었다길래",
    "요청 들어온 거 먼저 {series}", "🔥 {series} 신규", "늦어서 ㅈㅅ {series} 올렸어요", "{series}~{series} 압축본",
    "here's {series}",
]
REQUEST += [
    "이번 주 안에 새 거 올라오나요?", "그 알바 공고로 온 애 후속 없어요?", "{series} 다음 거 나오면 바로 살게요",
    "시키는 대로 다 한다던 애 그거 더 풀어주세요", "돈 더 낼 테니까 먼저 보여줘요", "걔 신상 푸는 거 언제함?",
    "요청: 새로 들어온 애 위주로", "스태프님들 업뎃 좀요 ㅠ 일주일째 없음", "any new girls", "so when's the next set",
    "이번엔 말 안 듣는 애 혼내는 거 보고 싶음 ㅋㅋ", "VIP 거 여기도 좀 풀어주셈",
]
MEMBER_CHAT += [
    "나 오늘 처음 들어옴", "여기 분위기 원래 이럼?", "퇴근 언제 하냐", "아 비 와서 우울", "오늘 축구 봄?",
    "형들 다들 뭐 하는 사람임", "회사 와이파이로 들어오면 안 되겠지 ㅋㅋ", "폰 바꿨더니 텔레 다시 깔았음",
    "저녁 뭐 먹지", "공지 어디 있음?", "알림 꺼둠 너무 많아서", "다들 굿밤", "ㅎㅇ", "ㅂㅇ", "ㄹㅇㅋㅋ",
]
LOBBY_CHAT += [
    "디코 때 닉 기억하는 사람 있나", "로비 왜케 조용함", "여기 처음인데 뭐부터 해요", "새벽 감성 ㅋㅋ",
    "아 내일 시험", "과제 하기 싫다", "ㅋㅋㅋ 나만 이상함?", "링크 누가 줬는지 기억도 안 남", "🙄", "ㅇㅇ 나도",
]

# ---------------------------------------------------------------- third writing pass: threads, English, replies
LOBBY_EN = [
    "anyone know if the old discord invite still works", "is vip actually worth it or nah", "how long does verification take",
    "gonna lurk for a bit", "first time here, hi", "do u guys take paypal lol", "what happened to the discord",
    "can someone explain the rules in english", "ok found the pinned msg nvm", "too many ppl in here now",
]
LOBBY_QA = [  # (question, answer) between members: viewer talk
    ("결제하면 몇 분 만에 들어가져요?", "저는 한 시간 걸렸어요 새벽이라"),
    ("이거 보기만 해도 처벌 받나요?", "몰라요 ㅋㅋ 그냥 조용히 있어요"),
    ("핀번호 보내고 답이 없는데 정상임?", "라떼님 자고 있을 듯 아침에 확인해줌"),
    ("디코 역할 그대로 인정해줘요?", "증거 캡처 있으면 해준다던데"),
    ("VIP 들어가 본 사람?", "멤버관이랑 별 차이 없다는 사람도 있고.."),
    ("does the vip link expire?", "yeah they rotate it every week or so"),
    ("여기 몇 명쯤 있어요?", "이백 명 넘는 듯"),
    ("문상 어디서 사요?", "편의점에서 팔아요 컬쳐랜드"),
]
DIST_REPLY = [
    "목요일에 올림", "VIP 먼저 풀리고 여기는 다음 주", "기다려요 편집 중", "요청 너무 많음 순서대로 함",
    "그건 스태프 확인 끝나야 됨", "오늘 밤에 올릴게요", "later this week",
]
THANKS = ["감사합니다 잘 받았어요", "ㄱㅅ", "thx", "잘 봤습니다", "오 올라왔다", "굿굿", "수고하셨어요", "👍👍"]

# ---------------------------------------------------------------- fourth writing pass: gatekeeper variety
LOBBY_GATE += [
    "ㅇㅇ 들어옴. DM 링크 한 번만 쓰세요", "코인 확인 30분 걸림", "이거 해피머니 아니고 문상이잖아요 괜찮음 확인", "핀 숫자 하나 빠짐",
    "신청 접수. 순서대로 처리", "입금 확인 ✔", "DM 확인 안 하면 링크 만료됨", "VIP는 코인만이라고 했는데.. 이번만 받아줌",
]
