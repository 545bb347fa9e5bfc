"""Hand-written scripts of the criminal rooms of sealed-2 (one line = one message, used once).
Placeholders ({amt:…}, {mule}, {opeth}, {pin}, …) become labelled payment marks in make_sealed2.py."""

SPEAKERS = [  # (code, display name, handle)
    ("lob0", "알바구함23", None), ("lob1", "취준생김씨", None), ("lob2", "ㅇㅇ", None),
    ("lob3", "주말만가능", None), ("lob4", "gamja_fry", "gamja_fry9"), ("lob5", "탈출각", None),
    ("lob6", "익명의하마", None), ("lob7", "눈팅족", None), ("lob8", "rkdqls", None), ("lob9", "새우깡", None),
    ("vp1", "월급루팡", None), ("vp2", "퇴근하고싶다", None), ("vp3", "hoon_92", None), ("vp4", "구름빵", None),
    ("vp5", "야간근무", None), ("vp6", "kkk_zz", None), ("vp7", "삼겹살러버", None), ("vp8", "무명씨", None),
    ("vr1", "요청왕", None), ("vr2", "ㅂㅂㄱ", None), ("vr3", "noname_x", None), ("vr4", "마라탕", None),
    ("vr5", "강냉이", None), ("vr6", "tteok_bok", None),
    ("vt1", "두부튀김", None), ("vc1", "심심해", None), ("vc2", "k.j.h", None), ("vc3", "고양이집사", None),
    ("vc4", "수요일", None), ("vc5", "ㅎㅎㅎ", None),
]
LURK_LOBBY = ["지나가는사람", "ㄱㄴㄷ", "minsu_0", "택배기사", "잠수함", "초록이", "user_7713", "반달곰", "여름휴가",
              "망고", "ㅁㄴㅇㄹ", "야식왕", "한량", "출근싫어", "cold_noodle", "파란하늘"]
LURK_VIP = ["밤손님", "그림자", "zz_top", "지하철2호선", "회색곰", "ㅅㅂㅅ", "연어초밥", "미역국", "오징어", "no_id_22",
            "체리콕", "팝콘각", "사과나무", "lemon_t"]

LOBBY = """
boss o =|🍯 꿀알바 구인구직방 오픈했습니다. 재택/당일지급 알바 공고 여기서만 올라가요
boss o =|공지) 방 규칙: 광고 금지, 캡처해서 밖에 퍼가면 바로 강퇴. 질문은 채용담당 J 한테 DM
rec o =|[채용] 피팅모델 알바 / 나이 무관 초보 환영 / 일급 {amt:30만원} / 사진 몇 장으로 서류 심사
lob0|이거 진짜 당일 지급임?
rec o ^|네 당일 지급 맞아요 DM 주세요
lob1|피팅모델 경력 없어도 돼요?
rec o ^|경력 필요없어요 얼굴만 나오면 됨
lob2|ㅋㅋㅋ 의심스러운데
# 1-9 21
boss o =|VIP방 안내) 무료방은 공고만, 진짜 자료는 VIP 자료실에서 풉니다
boss o =|입장 {amt:10만원} / 입금은 총무님 계좌로만 {mule}
col o =|입금 후 입금자명 뒤에 텔레 닉 네 글자 붙여주세요. 확인되면 초대 링크 DM 드려요
lob4 p|방금 넣었어요 입금자명 gamja
col o ^|gamja님 확인. 링크 보냄
lob5|vip 들어가면 뭐 있음?
lob6|알잖아 ㅋㅋ 면접 본 애들 자료
boss o =|말 조심. 여긴 공개방입니다 ^^
lob5|아 ㅇㅋㅇㅋ
# 1-14 22
rec o =|[채용] 스폰 아님!! 말벗 알바 / 주 2회 영상통화 / 주급 지급
lob3|말벗 알바가 뭐임 ㅋㅋㅋ
lob7|ㅋㅋㅋ 말벗
rec o =|지원은 프로필 사진 3장 + 학생증 or 신분증 앞면. 심사 후 연락
lob8|신분증은 왜 필요해요?
rec o ^|나이 확인용이에요 정산할 때도 필요하구요
lob8|아하
boss o =|오늘 VIP에 1탄 올라갔습니다. 무료방 분들은 미리보기만 ㅎ
boss o d ph|미리보기
lob9|헐 누구에요 이거
lob6|이번에 면접 본 애래
lob9 r|2탄도 나와요?
boss o ^|VIP 가시면 ㅎㅎ
# 1-20 23
lob4|vip 후기) 입장료 값 함 ㅇㅇ
lob2|광고충이네 ㅋㅋ
lob4|ㄴㄴ 진짜임
oldmoon|VIP 입장 계좌 아직 그대로에요?
col o ^|네 그대로에요 고정 확인하세요
oldmoon p|{amt:10만} 이체했습니다 달밤산책 으로
col o ^|확인했어요~
lob1|저 알바 지원했는데 답이 없어요
rec o ^|DM 확인해보세요 보냈어요
# 1-27 20
ghost|is there an english room? my korean is bad lol
boss o ^|no english room. use translator
ghost|ok. how much for vip
col o ^|{amt:10만원} or ETH. ETH address in pinned
ghost p|sent {amt:0.04 eth}, my name is ghost_k
col o ^|which tx? send me the hash
ghost|dm'd you
lob3|ETH로도 받네 ㄷㄷ
boss o =|코인 입금 주소 {opeth} (네트워크 이더리움 메인넷만)
lob3 ^|@queenbee_sub2 이분한테 물어보면 된다던데 맞아요?
alt o =|네 저 퀸비 운영진이에요. 부계라 생각하심 됨
boss o =|@queenbee_sub2 퀸비 = 제 부계 맞습니다. 제가 바쁠 때 퀸비로 답장해요
# 2-3 22
rec o =|[채용] 피팅모델 2차 모집. 이번엔 고등학생도 가능 (부모님 동의 필요 없음)
lob5|ㄷㄷ 고딩도?
lob0|선 넘네
rec o ^|말벗이랑 피팅 위주라 상관없어요~
lob7|저번 애 @haru_day_0 이 계정 맞죠? VIP 들어가면 더 있음?
boss o ^|계정은 여기 쓰지 마세요 지우세요
lob7|ㅈㅅ
lob9|지움?
lob7|지웠어요
lob2|무섭네 여기
lob6|겁 먹을 거면 나가셈
# 2-11 21
ghost|guys this acc might get banned soon. next one will be @ghostk_two
ghost|same person dont worry
lob4|ㅋㅋㅋ 벌써 부계 준비
boss o =|입장료 인상 안내) 2월 15일부터 {amt:12만원}. 그 전에 들어오세요
lob8 p|그럼 지금 넣을게요 {mule} 맞죠?
col o ^|맞습니다 확인 후 초대
lob8|기다리는 중
col o =|rkdqls 님 확인됨. 링크 보냈어요
lob1|알바는 언제 연락옴
rec o ^|서류 통과자만 연락드려요 ^^
lob1|넵
# 2-20 22
vr2 r fwd:🍯_VIP_자료실 zip|이거 VIP에서 가져옴 ㅋ 맛보기
boss o ^|퍼오지 말랬죠. 이번만 봐줌
vr2|넹 ㅋㅋ 지웁니다
lob6 r|그거 2탄 풀버전은 어디서 봄
lob2|@vip 들어가라고 ㅋㅋ
lob5|요즘 여기 사람 많아짐
lob0|경찰이 이런데 안 보나
lob9|텔레라 못 잡음 ㅋ
lob0|그건 모르지
# 3-2 23
boss o =|🍯 3월 신규 자료 업데이트 예고. 면접자 3명 새로 들어옴
lob4 r|3명 다 VIP에 올라와요?
boss o ^|순차적으로
lob3 r|정다은이 2탄 나오면 바로 입금함
lob3|아 이름 쓰면 안되나
boss o ^|안됩니다. 이름 지워요
col o =|입금 확인 밀려 있어요. 오늘 밤까지 다 처리합니다
lob5 p|저 어제 {amt:12만원} 넣었는데 아직 링크 못 받았어요
col o ^|입금자명 뭐로 하셨어요
lob5|탈출각 이요
col o ^|찾았어요 보냄
lob5|감사합니다 ㅎ
# 3-12 21
lob1|저 알바 서류 떨어진 듯 ㅠ
lob2|다행인 줄 알아 ㅋㅋ
lob1|?? 왜요
lob2|아냐 암것도
rec o =|이번 주 피팅 알바 당일 {amt:50만원}까지 가능. 조건 맞으면 바로 진행
lob9|50은 ㅇㄴ 뭘 시키길래
lob6|ㅋㅋㅋ 피팅이지 뭐
# 3-25 22
boss o =|VIP 계좌 바뀜. 기존 계좌 막힘 → {mule2}
lob8|바뀐 거 언제부터 적용?
boss o ^|지금부터. 기존 계좌 넣지 마요
lob4|문상도 받아요?
col o ^|문상 핀 DM으로. 한 장 {amt:5만} 짜리 두 장
lob4 p|DM 보냈어요
col o ^|확인했습니다
# 4-9 22
lob7|요새 공지 왜 안 올라옴
boss o ^|바쁨. VIP 봐요
lob0|여기 신고 들어갔다던데 진짜임?
boss o ^|루머. 근데 혹시 모르니 백업방 링크는 VIP에만 올림
lob2|백업방 ㄷㄷ
lob3|빨리 들어가야겠다
lob3 p|{amt:12만원} 보냈습니다 주말만가능 이름으로
col o ^|ok
# 5-3 23
boss o =|무료방 곧 닫습니다. 필요한 분은 VIP로
lob5|여기 닫으면 공고는 어디서 봄
rec o ^|알바 공고는 인스타 스토리로 올릴게요
lob9|ㅂㅂ
lob6|수고염
"""

VIP = """
boss o =|🍯 VIP 자료실 오픈. 규칙: 캡처 금지, 외부 유출 시 신상 공개. 요청은 하루 한 번
boss o =|운영진: 꿀벌대장 / 퀸비(제 부계) / 총무님 / 자료실장 / 2탄요정
alt o =|퀸비 인사드려요. 꿀벌대장 부계 맞아요 ㅎ 입금 문의는 총무님
up d vid|1탄 업로드. 피팅모델 면접 본 애
up d|용량 커서 나눠 올림 나머지는 내일
vc1|드디어
vc2|ㄷㄷㄷㄷ
vr1 r|이 애 2탄도 찍게 해주세요
up d ^|찍는 중이에요 기다리셈
vp3|들어왔습니다 ㅎㅇ
vc3|ㅎㅇ
# 1-13 22
up d zip|1탄 나머지
vr4 r|다음엔 얼굴 더 잘 나오게 해주세요
vr1 r|목소리도 있었으면
vc1|요청 벌써 많네 ㅋㅋ
up ^|하루 한 번이랬다
vp1 p|입금했어요 {mule} 로 {amt:10만원}
vp2 p|저도 방금 {mule} 보냄
col o =|월급루팡님 퇴근하고싶다님 확인 완료
vc4|ㅋㅋ 닉 뭐야
# 1-20 23
kimbu p|입금 완료했는데 혹시 중복으로 들어갔으면 환불은 제 계좌로 신한 {kimbu}
col o ^|중복 아니에요 한 번만 들어옴
kimbu|넵
up2 d vid|2탄요정입니다 2탄 맛보기 올려요
vr3 r|풀버전 언제요 플리즈
up2 d ^|주말
vr2 r|주말까지 어케 기다림 ㅠ 빨리 찍어오라고 해요
boss o ^|재촉하지 마세요. 우리가 알아서 함
vc5|ㅋㅋㅋㅋ 혼남
# 1-28 22
oldmoon|입장했어요 감사합니다
vp4 p|ETH로 보냈어요 {opeth} 이 주소 맞죠?
col o ^|네 들어왔어요 블록 확인함
vp5 p|야간근무 입금자명으로 넣었어요 확인 좀
col o ^|잠시만요
col o =|확인
vp6 p|송금 완 ㅇㅇ 캡처 첨부
vp6 ph|
col o ^2|캡처는 안 보내도 돼요 ㅋㅋ 자동 확인함
vp7 p|입금함 {amt:십만원}
col o ^|삼겹살러버님 확인
# 2-4 23
up2 d vid|2탄 풀버전 (1/3)
up2 d vid|(2/3)
up2 d vid|(3/3) 끝
vc2|미쳤다
vr5 r|3탄은 누구에요
boss o ^|비밀 ㅋ 신입 면접자
vr6 r|걔 학교 어디에요? 학생증 있다면서
boss o ^|그건 운영진만 봄
vr6|아쉽
vt1|이거 받는데 왜 이렇게 느림
vc3|텔레 서버 느림 요즘
vt1|ㅇㅋ 기다림
# 2-10 22
vr1 r|@haru_day_0 얘 또 해주세요 2탄 반응 좋았잖아요
boss o ^|멘션 금지. 지우세요
vr1|ㅈㅅㅈㅅ
vr4 r|요즘 애들 좀 더 어린 애로 ㅎ
vc4|ㅋㅋ 미친
vr3 r|시키면 다 한다며 더 시켜봐요
alt o =|요청 정리해서 채용담당한테 전달할게요
# 2-16 21
ghost2|hi it's ghost_k, old one got banned. same guy
col o ^|ghost_k tx 기록 있네 ok 초대 유지
ghost2 r|any new stuff from the fitting girls
up d ^|soon
newmoon|저 원래 달밤산책 계정이었는데 터져서 새로 팠어요
newmoon|입장료 다시 안 내도 되죠?
col o ^|달밤산책 입금 기록 있음. 그대로 유지
newmoon|감사요
# 2-21 23
up d zip|3탄. 신입 편
vr2 r|ㄷㄷ 신입 편 2탄은 언제
vr5 r|더 길게 찍게 해요 이번 거 너무 짧음
up d ^|말 안 들어서 짧음 ㅋ 다음엔 길게
vp8 p|입장 {amt:12만원} 보냈는데 확인요
col o ^|무명씨 입금자명 없어서 못 찾음. 입금자명 알려줘요
vp8|무명 으로 했어요
col o ^|ok 찾음
# 3-3 22
nightowl p|입장료 보냈습니다 {mule} 로요
col o ^|밤샘러님 확인
nightowl|오 빠르다
vc1|여기 몇 명임
vc5|100명 넘는 듯
vc1|ㄷㄷ
vt1 p|연장비 {amt:3만원} 보냈어요
col o ^|두부튀김 확인
# 3-10 23
up d vid|정다은 편 1탄
boss o ^|이름 쓰지 말라고 했다
up d|아 수정 불가네요 ㅈㅅ
vr6 r|이 애 꺼 더 주세요 진짜
vr4 r|2탄 3탄 계속 가요
vc2|좋다
vr3 r|다음 면접자는 누구에요? 인스타 알려주면 제가 찾아봄
boss o ^|그건 안 됨
# 3-18 22
vp3 p|3월 연장 {amt:30,000원} 입금
col o ^|ok
vp1 p|저도 연장 {mule} 로 {amt:삼만원} 보냈어요
col o ^|확인
vp2 p|연장 보냄
col o ^|퇴근하고싶다님 금액 모자람 {amt:만원} 더
vp2 ^|헐 죄송 다시 보낼게요
vp2 p|추가 {amt:1만원} 보냄
col o ^|이제 됨
# 3-26 21
boss o =|계좌 변경) {mule2}. 이전 계좌는 막혔으니 절대 넣지 마세요
vp5|변경 확인
vp4 p|문상도 되나요 {pin}
col o ^|됨. 확인
vp7|여기 신고 들어왔다던데
boss o ^|무료방 얘기임. 여긴 괜찮음
vc4|불안하다
vc3|백업방 있음?
boss o ^|있음. 곧 공지
# 4-5 22
up2 d zip|4탄 모음집
up2 d|그리고 이번 주 신입 @yuna_k0420 편 예고
boss o ^|또 멘션. 운영진까지 이러면 어케 함
up2|아 실수 ㅠ
vr1 r|윤아 편 언제 풀려요
vr2 r|윤아 2탄까지 한 번에 주세요
up2 d ^|다음 주
vc5|ㅋㅋ 다들 급하네
# 4-14 23
vp6 p|ETH 보냈는데 주소 이거 맞음? {badeth}
col o ^|그거 아님 한 글자 틀림. 고정 주소 복사해서 다시
vp6|헐 돈 날린 거 아님?
col o ^|틀린 주소면 전송 자체가 안 됨. 다시 보내요
vp6 p|다시 보냄 {opeth}
col o ^|확인
# 4-22 22
vr6 r|학생증 있는 애들 신상 좀 풀어줘요 ㅋ
boss o ^|유출 금지. 말 안 들으면 그때 풂
vr5 r|말 안 듣는 애 있으면 공개해버려요
vt1|ㅋㅋㅋ 무섭
vc2|ㅇㅈ
up d vid|윤아 편
vc1|굿
vr3 r|윤아 다음 거 빨리
# 5-6 23
boss o =|백업방 링크 고정함. 이 방 곧 정리
vp3|ㅇㅋ
vc3|옮길게요
vp8|새 방도 입장료 내요?
boss o ^|기존 회원은 무료
vp8|굿
"""

STAFF = """
boss o|운영실 만듦. 여기서만 얘기
alt o|ㅇㅋ
rec o|알바 공고는 제가 올릴게요. 피팅모델이랑 말벗 두 개로
col o|계좌는 제가 관리함. 신한 대포 하나 구했어요
boss o|입장료 10으로 시작하고 사람 차면 올리자
up d|편집은 제가 할게요 워터마크 넣음?
boss o|넣어. 꿀벌 로고로
# 1-18 23
rec o|지원자 들어옴. 서연이라는 애 프로필 사진 3장 + 학생증 보냄
boss o|몇 살
rec o|고2래요
boss o|ㅇㅋ 진행
rec o|영상통화 면접 잡았어요
# 2-1 22
col o|이번 주 입금 17건. 중복 1건 환불해야 하나
boss o|환불 없음. 그냥 둬
col o|넵
up d|1탄 2탄 편집 끝
alt o|VIP 올려
# 2-8 23
rec o|@haru_day_0 연락 끊겼어요. 차단한 듯
boss o|다른 계정으로 연락해. 학교 단톡에 올린다고 해
rec o|학교는 알아요. 단톡 주소도 구함
boss o|그럼 캡처 하나 보내서 겁 줘
# 2-24 22
rec o|정다은 이번 주 토요일 추가 촬영 약속 잡음
col o|정다은 부모님 번호는?
rec o|지원서에 적혀 있어요
boss o|말 안 들으면 부모님한테 보낸다고 하면 됨. 존댓말로 정중하게 ㅋ
# 3-9 23
col o|계좌 막힘. 하나은행 새 거로 바꿀게요
boss o|공지 올려 둘 다
col o|이번 달 정산 입금 41건 코인 6건 문상 4장
alt o|문상은 현금화 수수료 빼야 함
up d|3탄 신입 편 편집 중
# 3-30 22
rec o|서연이 거부함. 카운트다운 걸었어요
boss o|몇 시간
rec o|48시간. 학과 단톡이랑 엄마 번호 보여줌
boss o|ㄱㄱ
# 4-12 21
rec o|새 지원자 @yuna_k0420 프로필 받음
boss o|윤아? 나이는
rec o|고3이요. 카메라 테스트 해본다고 함
up d|윤아 편 예고 VIP에 먼저 올릴게요
boss o|멘션 하지 말고
# 5-1 23
col o|무료방 신고 들어옴. 닫자
boss o|백업방 만들고 무료방 폭파
alt o|VIP 회원 명단 백업해둠
rec o|인스타 공고 계정 새로 팜
"""

DM = """
rec o =|안녕하세요 서연님, 꿀알바 채용담당 J입니다. 피팅모델 서류 합격하셨어요 ^^
vsy =|진짜요? 감사합니다!!
rec o =|내일 저녁 8시에 영상통화로 간단한 카메라 면접 진행할게요. 편한 옷으로 오세요
vsy =|네네 준비할게요
# 3-25 21
rec o =|서연님 어제 면접 잘 봤어요. 근데 최종 합격하려면 추가 자료가 필요해요
vsy =|어떤 거요?
rec o =|어제 말씀드린 그 촬영이요. 다들 하는 거예요
vsy =|그건 안 한다고 했잖아요.. 저 그냥 안 할게요
rec o =|아 그러시면 곤란한데요. 어제 면접 영상이랑 학생증은 저희가 가지고 있거든요
vsy =|그거 지워주세요
rec o =|지우는 건 서연님 선택에 달려 있어요 ^^
# 3-27 22
rec o =|서연님 답장이 없으시네요. 한빛고 2학년 3반 맞으시죠?
vsy =|그걸 어떻게 알아요
rec o =|학생증에 다 나와 있던데요. 반 단톡방에 면접 영상 올라가면 곤란하시겠죠?
vsy =|제발 그러지 마세요
rec o =|저희도 그러고 싶지 않아요. 토요일까지 보내주시면 조용히 끝납니다
vsy =|경찰에 신고할 거예요
rec o =|신고하셔도 괜찮습니다. 다만 그 전에 어머님께 먼저 연락드리게 될 거예요. {mumphone} 맞으시죠?
vsy =|하지 마세요 진짜
# 3-30 20
rec o =|48시간 남았습니다
rec o =|답장 안 하시면 정중하게 다 공개해 드릴게요 ^^
# 3-31 21
rec o =|24시간
vsy =|알겠어요 할게요 대신 진짜 지워주세요
rec o =|현명한 선택이세요. 토요일 밤 10시까지 부탁드려요
# 4-5 23
vsy =|보냈어요. 이제 연락하지 마세요
rec o =|잘 받았습니다. 한 번만 더 하시면 깔끔하게 정리해 드릴게요
vsy =|약속이랑 다르잖아요
rec o =|저희 쪽 사정도 있어서요. 이해해 주세요 서연님
vsy =|번호 바꿀 거예요
rec o =|번호 바꾸셔도 학교는 그대로잖아요 ^^
"""
