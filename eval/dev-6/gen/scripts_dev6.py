"""dev-6 scripts, hand-written: one event per line (syntax in make_dev6.py's docstring)."""

GREETS = [
    "👋 NAME 님 환영합니다. 로비에서는 열람만 가능합니다. /인증 후 지역방 배정됩니다.",
    "NAME 님 입장 ✅ 공지 먼저 읽어주세요. 인증 안 하면 72시간 후 자동 강퇴",
    "환영합니다 NAME 님! 첫 충전 시 보너스 크레딧 +5 / 추천인 코드 있으면 /ref 입력",
    "NAME 님 어서오세요 🤖 작업 의뢰는 인증 완료 후 DM으로만 받습니다",
]

SCRIPTS = {}

SCRIPTS["chan"] = r"""
## 2026-02-03 22:00
*chan create_channel 필터공방 📢 공지
chan[c1]: 📢 필터공방 오픈 안내\n- 지인 사진 1장 → 결과물 1장 (10크레딧)\n- 크레딧: 10크레딧 {a:1만원} / 55크레딧 {a:5만원} / 120크레딧 {a:10만원}\n- 결제: 문상/해피머니 핀, BTC, 계좌 (봇에서 안내)\n- 인증 후 지역·학교방 배정
chan|photo: 결과물 예시 (원본 식별정보 가림처리)
chan: 이용규칙\n1. 결과물 외부 유출 = 영구밴 + 신상 공개\n2. 의뢰 사진은 본인이 아는 사람만 (인증 필수)\n3. 캡처 금지. 걸리면 바로 강퇴
## 2026-02-10 21:30
chan: 추천 이벤트 🎁 친구 1명 인증 완료될 때마다 +15크레딧. 본인 추천링크는 봇에서 /ref
chan: 지역방 오픈: 경기남부 🏫 / 서울동부·직장 ➡️ 인증 완료자만 초대
## 2026-02-18 23:10
chan: 서버 점검 새벽 3시~5시. 그동안 들어온 의뢰는 아침에 일괄 처리
chan|photo: 2월 3주차 결과물 샘플 (블러)
## 2026-02-27 20:00
chan: 결제 계좌 변경됨. 이전 계좌로 보내면 확인 안됨. 봇에서 새 계좌 확인하세요
chan: BTC 입금 주소 {btc:op1} (봇 /pay 로도 확인 가능)
## 2026-03-05 22:40
chan: 3월 이벤트: 학교방 인증자 첫 의뢰 반값 ({a:5천원})
chan: ⚠️ 요즘 기자·경찰 사칭 가입 늘었음. 인증 사진 흐린 거 다 반려합니다
## 2026-03-14 21:00
chan: 유출자 1명 영구밴 처리. 로비 캡처해서 커뮤에 올린 계정. 다들 조심
chan|photo: 3월 우수 결과물 (모자이크)
## 2026-03-24 20:15
chan: 크레딧 가격 조정: 10크레딧 {a:1만2천원} / 55크레딧 {a:6만원} / 120크레딧 {a:11만원}. 기존 잔액은 유지
chan: 해피머니 핀은 18자리만 받습니다. 16자리 컬쳐랜드는 정상 처리
## 2026-04-02 22:00
chan: 4월부터 ETH도 받음 {eth:op}
chan: 단속 기사 돌고 있음. 당분간 신규 초대 멈춤. 기존 회원 추천만 인정
## 2026-04-11 23:30
chan: 채널 링크 바뀜. 옛날 링크 돌리는 사람 추천 무효
chan|photo: 샘플 (기존 의뢰 재가공)
## 2026-04-20 21:00
chan: 봇 일시 중단 → 수동 정산. 결제는 정산맨한테 직접
chan: 수동 정산 계좌: 농협 {bank:mule}
## 2026-04-29 22:10
chan: 봇 복구 완료 🤖 크레딧 그대로 있음
chan: 5월 공지: 결과물 재배포 금지 다시 강조. 다른 방으로 퍼나르다 걸리면 밴
## 2026-05-08 20:30
chan: 당분간 공지방 닫고 로비 고정메시지로 대체합니다. 수고
"""

SCRIPTS["lobby"] = r"""
## 2026-02-03 22:05
*mst create_group 필터공방 로비 (인증대기)=mst,latte,bot
mst[rules]: 로비입니다. 여기선 의뢰 X 결과물 X. 인증만 하고 지역방으로 가세요
*mst pin rules
latte: 인증 방법 간단함. 의뢰할 사람이랑 아는 사이라는 증거 1장 (학생증, 사원증, 단체사진 등) 봇 DM으로
bot[price]: 💳 크레딧 안내\n10크레딧 = {a:1만원}\n55크레딧 = {a:5만원}\n120크레딧 = {a:10만원}\n/pay 로 결제수단 선택
+p001 p002 p003 p004
p002: 여기 진짜 되는거임?
latte: 공지 읽으셈
+rookie p005 p006
rookie: 인증 어디로 보내요
bot: @rookie_99 님 봇 DM 으로 /인증 입력하세요
rookie: 보냄
latte: 루키 인증 확인. 경기남부로 초대했어요
+p007 p008 sogeum
sogeum: 안녕하세요 구경왔어요
sogeum: 근데 여기 다들 축구봄? 어제 토트넘 뭐냐 진짜
p008: ㅋㅋㅋ 여기서 축구얘기 하지마셈
## 2026-02-04 21:20
+p009 p010 p011 p012 happy
happy: 문상 핀으로 충전 되나요
bot: /pay → 문화상품권 선택 후 핀번호 입력해주세요
happy[hp1]: 컬쳐랜드 {pin:hp1}
bot^hp1: ✅ 충전완료 {pin:hp1} → 10크레딧 (잔액 10)
happy: 오 빠르네
+p013 p014 minjic
minjic: 인증을 꼭 해야 돼요? 그냥 보기만 하면 안되나
latte: 보기만 할 거면 로비에 있으면 됨. 근데 로비엔 볼 거 없음
minjic: 아 넵
+p015 p016 p017 cheolsu
cheolsu: 텔레 기록 남는거 아님? 경찰이 텔레그램도 다 본다던데
latte: 그럼 나가세요 ㅎ
cheolsu: 아니 물어본거지 ㅠ
sogeum: 철수님 쫄보 ㅋㅋㅋ
## 2026-02-06 22:40
+p018 p019 p020 kimchi
kimchi: hi, english ok here? friend from seoul sent me the link
latte: english ok. verify first, bot DM /verify
kimchi: verify means what exactly
latte: proof you know the person. student card pic, group photo, whatever
kimchi: got it
kimchi[k1]: paid {a:0.0012 BTC} to the address the bot gave me. {btc:op1}
bot^k1: ✅ BTC 확인 → 10크레딧
kimchi[kw1]: if refund ever needed, my wallet is {btc:kimchi}
latte: 환불 없음 ㅋㅋ 근데 적어둠
+p021 p022 p023
## 2026-02-08 20:10
+p024 p025 ooo p026
ooo: 비트로 보냈어요 {btc:op1} 여기로 {a:0.0011 BTC}
bot: ✅ BTC 확인 (ㅇㅇ) → 10크레딧
+p027 subak p028
subak: 저도 비트 {btcbad:op1} 로 {a:0.0055 BTC} 보내려는데 주소 틀리다고 뜸
bot: 주소 복사해서 붙여넣으세요. 손으로 치지 말고
subak: 아 한글자 틀렸네 ㅋㅋ {btc:op1} 여기로 {a:0.0055 BTC} 보냄 확인좀
bot: ✅ BTC 확인 (수박) → 55크레딧
subak: 감사
sogeum: 다들 돈 잘 쓰시네 ㅋㅋ 나는 밥값도 없는데
+p029 p030 p031
## 2026-02-10 21:40
rookie[ref1]: 추천링크 t.me/pilter_gongbang_bot?start=ref_rk99 이걸로 들어오면 저랑 님들 둘 다 15크레딧 받음
latte: 추천링크 로비에 뿌리는건 1인 1번만
+p032<rookie p033<rookie p034
p033: 루키님 링크로 왔어요
rookie: ㄳㄳ 인증 꼭 하셈 그래야 나한테 들어옴 ㅋ
rookie[rkp]: 추천 크레딧 모자라서 충전함 컬쳐랜드 {pin:rk1}
bot^rkp: ✅ 충전완료 → 10크레딧 (추천 보너스 +15 별도)
+mint p035
mint: 여기 링크 t.me/pilter_gongbang_bot?start=ref_rk99 루키 형 링크인데 이걸로 들어오면 둘다 크레딧준대
latte: 민트님 남의 링크 뿌려봤자 님한테 안들어가요 ㅋㅋ
mint: 아 알아요 형이 부탁함
+p036 p037 p038 bamtol
bamtol: 밤톨입니다 ㅎㅇ 경기남부 인증 보냈어요
latte: 밤톨 확인. 학생증 사진 흐리게 찍지마셈 다음부턴
bamtol: ㅇㅋㅇㅋ
+p039 p040 p041
## 2026-02-12 23:00
+p042 ghost p043
ghost: yo. do u take requests of teachers or only classmates
latte: 아는 사람이면 됨. 인증만
ghost: ok ill verify w/ the school newsletter photo
+p044 p045 p046 jayc
jayc: ghost sent me here lol. @ghost_kr u in the south room?
ghost: nah im in 서울동부. they put me by region
jayc: aight
+p047 p048 p049
## 2026-02-14 20:30
sogeum: 발렌타인데이에 여기 있는 우리 뭐냐
p049: ㅋㅋㅋㅋ 팩폭 ㄴㄴ
+p050 p051 yeoubi
yeoubi: 안녕하세요 서울동부 인증 대기중입니다
latte: 여우비님 인증 사진 다시요. 얼굴 너무 작음
yeoubi: 넵 다시 보낼게요
+p052 p053 p054 p055
## 2026-02-17 21:15
+p056 p057 deleted p058
deleted: 해피머니로 55크레딧 충전했는데 반영이 안돼요
bot: 처리중입니다. 18자리 핀만 인식됩니다
deleted: 혹시 안되면 환불 제 계좌로 부탁드려요 토스뱅크 {bank:refund_del}
latte: 봇 느린거임. 기다려보셈
deleted: 아 들어왔네요 ㅈㅅ
+p059 p060 p061
## 2026-02-20 22:05
+ttakpul p062 p063
ttakpul: 여기 결과물 퀄 어때요? 샘플 좀
latte: 샘플은 공지채널
ttakpul: 채널 링크가 안 열려요
latte: 인증 먼저
+p064 p065 p066 p067
minjic: 오늘 수업 개빡셌다
sogeum: 민지님 학생이었어?
minjic: 비밀 ㅎㅎ
+p068 p069 p070
## 2026-02-24 21:50
+norang p071 p072
norang: 직장인 방도 있나요? 학교 말고
latte: 서울동부·직장 방 있음. 회사 사원증이나 회식사진 인증
norang: 오케이
+p073 p074 saeu p075
saeu[sp1]: 문상 핀 {pin:sp1} 10크레딧 부탁요
bot^sp1: ✅ 충전완료 {pin:sp1} → 10크레딧
+p076 p077 p078
## 2026-03-01 20:40
+r2 p079
r2: hello. friend said u can do classmates from a photo? how much
bot: 10 credits = {a:1만원} (about {a:7 dollars}). /pay for methods
r2: ok paying with btc
r2[r2p]: sent {a:0.0013 BTC} to {btc:op2}
bot^r2p: ✅ BTC 확인 → 10크레딧
+p080 p081 p082
## 2026-03-05 22:50
sogeum: 경찰 사칭 가입 늘었다던데 진짜임?
latte: 진짜임. 그래서 인증 빡세게 하는거
cheolsu: 그러니까 내가 뭐랬음...
sogeum: 철수형 입 방정 ㄴ
+p083 p084 p085 dokk
dokk: 서울동부 인증 보냄
latte: 도깨비님 확인
+p086 p087 p088
## 2026-03-14 21:10
latte: 로비 캡처한 계정 잡았음. 딱풀 너
ttakpul: 아니 저 아닌데요?? 뭔소리
latte: 커뮤 글 캡처 프사 님꺼임
*latte remove ttakpul
latte: 다들 봤죠. 유출하면 이렇게 됨
sogeum: ㄷㄷㄷ
p088: 무섭네 ㄷㄷ
+p089 p090 p091
## 2026-03-20 22:30
+pixel p092 p093 daon p094
sogeum: @yeoubi_x 요즘 안 보이네. 여우비님 어디감
latte: 몰라 서울동부엔 있겠지
+p095 p096 p097
## 2026-03-28 23:00
+bamsub p098
bamsub: 본계 밤톨임 ㅎ 폰 바꿔서 부계로도 들어옴
latte: 인증은 본계로 됐으니 패스
bamtol: ㅇㅇ @bamtol_sub 그거 내 부계 맞음 ㅋㅋ 둘다 나
+p099 p100 p101
## 2026-04-05 21:00
sogeum: 단속 기사 봤음? 다른 합성방 운영자 잡혔대
minjic: 헐 우리는 괜찮아요?
latte: 괜찮으니까 조용히 있어요
kimchi: is this place safe? my friend is asking
latte: safe if u shut up lol
+p102 p103 p104
## 2026-04-14 22:20
+saebyeok p105
saebyeok: 새벽세시였던 사람입니다. 그 계정 지웠어요. 크레딧 이관 가능?
latte: 증명 가능? 
saebyeok: 그 계정으로 환불계좌 적었던 거 토스뱅크 {bank:refund_del} 이거 제 계좌에요
latte: 확인. 봇에서 수동 이관해줄게
+p106 p107 p108
## 2026-04-24 21:40
+yeoubi2 p109
yeoubi2: 안녕하세요 예전에 여우비 닉 쓰던 사람입니다. @yeoubi_x 는 버렸어요 폰 털려서
latte: 아 여우비? 서울동부 다시 초대함
+p110 p111 p112
## 2026-05-08 20:40
latte: 공지채널 닫음. 이제 여기 고정 공지가 다임
*latte pin price
sogeum: 끝까지 살아남은 자 ㅋㅋ
"""

SCRIPTS["south"] = r"""
## 2026-02-05 21:00
*hadam create_group 필터공방 경기남부 🏫=hadam,bot,latte
hadam[sr]: 경기남부 방. 규칙\n- 의뢰는 봇 DM으로. 여기엔 학교/반만 적고 사진 올리지 말 것\n- 결과물은 봇이 여기 올림\n- 다른방 퍼가기 금지
*hadam pin sr
*latte invite rookie
rookie: ㅎㅇㅎㅇ
hadam: 루키 ㅎㅇ 어디 학교?
rookie: 솔내고요 ㅋㅋ 2학년
+dohyun<rookie
dohyun: 루키 추천으로 왔음
rookie: 도현아 왔냐 ㅋㅋㅋ
dohyun: 인증 통과함?
hadam: 통과. 학생증 찍은거 확인
+p010 p015 p019
## 2026-02-07 22:30
dohyun: 의뢰 넣었음. 솔내고 2-4 한서아
hadam: 인스타 있어? 원본 여러장이면 결과 잘나옴
dohyun[dv1]: @seoa_h03 이거 본계. 사진 3장 보냄
rookie: ㅋㅋㅋㅋ 서아? 걔 우리반 아님?
dohyun: ㅇㅇ 니 옆자리
bot: 📥 작업 접수 #S-0217 (10크레딧 차감). 예상 대기 2시간
sogeum: 오 빨리되네
## 2026-02-07 23:58
bot[res1]|photo: ✅ 결과물 #S-0217 요청자: 이도현
dohyun^res1: 미쳤다 ㅋㅋㅋ
rookie: 퀄 ㄹㅇ 좋네
hadam: 여기서 끝. 밖으로 돌리지 마라
+bamtol p020 p024
bamtol: 밤톨 입장 ㅎ 다솜중 나온 사람 있음?
hadam: 다솜중 방은 따로 안 만들었음. 여기서 같이
## 2026-02-09 21:40
bamtol: 의뢰 하나. 다솜중 때 담임이었던 박소연 선생님
hadam: 선생님은 인증 어케 했냐
bamtol: 졸업앨범 선생님 페이지 찍어서
hadam: ㅇㅋ 인정
bot: 📥 작업 접수 #S-0231 (10크레딧 차감)
bamtol[bp1]: 충전도 해둠 문상 {pin:bam1}
bot^bp1: ✅ 충전완료 → 10크레딧
## 2026-02-10 01:20
bot|photo: ✅ 결과물 #S-0231
bamtol: 오 ㅋㅋ 근데 배경이 좀 이상함
hadam: 재작업은 5크레딧
bamtol: ㄴㄴ 됐음
+chanho p027 p031
chanho: 안녕하세요 청운여고 쪽 아는 사람 있어요?
hadam: 그냥 의뢰하면 됨
chanho: 청운여고 2-3 정예린. 번호도 있어요 {ph:yerin}
hadam: 번호는 여기 적지마라 진짜 ㅡㅡ
chanho: 아 죄송합니다
*hadam pin sr
chanho: 혹시 결과물 나오면 연락주세요 제 번호 {ph:chanho}
hadam: 연락은 봇이 함. 번호 지워라
## 2026-02-12 22:10
bot|photo: ✅ 결과물 #S-0244 요청자: 찬호
chanho: 감사합니다!! 추가로 하나 더 되나요
hadam: 크레딧 있으면
chanho[ch2]: 계좌로 보냈어요 {a:1만원}
bot^ch2: 계좌 입금은 /pay 에서 안내된 계좌로만. 확인되면 자동 충전
+gomdol p035 p038 p041
gomdol: 곰돌이입니다. 저는 학원 쌤 의뢰하고 싶은데 학원도 됨?
hadam: 아는 사람이면 다 됨
gomdol: 학원 단체 카톡방 캡처로 인증해도 되나
hadam: 됨
## 2026-02-14 20:00
sogeum: 오늘 편의점 도시락 신상 먹어봤는데 ㅈㄴ 맛없음
rookie: 여기서 도시락 리뷰 ㅋㅋㅋ
sogeum: 할게 없음 ㅠ
gomdol: 의뢰 넣었어요 중앙학원 영어쌤
bot: 📥 작업 접수 #S-0262
## 2026-02-15 00:40
bot|photo: ✅ 결과물 #S-0262
gomdol: 오 ㄷㄷ
+taeo p044 p047
taeo: 강태오. 솔내고 2-1 윤채린 작업 ㄱㄴ?
hadam: 인증부터
taeo: 체육대회 반티사진 보냄
hadam: 확인
bot: 📥 작업 접수 #S-0270
taeo[tp1]: 크레딧 부족하대서 충전 해피머니 {pin:taeo1}
bot^tp1: ✅ 충전완료 {pin:taeo1} → 55크레딧
## 2026-02-15 23:10
bot[res2]|photo: ✅ 결과물 #S-0270 요청자: 강태오
taeo^res2: ㅋㅋㅋㅋ 이거 걔가 보면 기절함
dohyun: 채린이 그 2-1 반장?
taeo: ㅇㅇ 맨날 잘난척
rookie: ㅋㅋㅋㅋ 저격 ㄷㄷ
## 2026-02-18 21:30
+jayc p050 p053
jayc: yo. english ppl here? ghost said this is the south one
hadam: 영어 ㄴㄴ 번역기 돌려라
jayc: lol ok. 의뢰 방법 알려주세요 (translated)
hadam: 봇 DM
jayc: my cousin's classmate, @jiwoo_lee07 on insta. can u do her
hadam: 인증 됐냐고
jayc: ya the bot said ok
bot: 📥 작업 접수 #S-0288
## 2026-02-19 01:05
bot|photo: ✅ 결과물 #S-0288
jayc: sick. thx
+p056 p059 p062
## 2026-02-21 22:00
dohyun: 서아 하나 더 해주세요. 이번엔 수학여행 사진으로
hadam: 같은사람 반복은 15크레딧
dohyun[dp2]: ㅇㅋ 충전 {a:1만5천원} 계좌로 보냄 국민 {bank:mule2}
bot^dp2: ✅ 입금 확인 (이도현) → 15크레딧
bot|photo: ✅ 결과물 #S-0301
dohyun: ㅋㅋㅋ 완벽
rookie: 도현이 서아 좋아하는거 아님?ㅋㅋ
dohyun: 미친놈아 아님
## 2026-02-25 21:15
+taebae
taebae: 서울동부에서 나온거 몇개 가져옴 ㅋㅋ
taebae|photo|fwd=필터공방 서울동부·직장: 동부 결과물 #E-0119
taebae|photo|fwd=필터공방 서울동부·직장: #E-0121
hadam: 택배 다른방꺼 퍼오지 말라고
taebae: 아 같은 공방인데 뭐 어때요
hadam: 규칙임. 한번만 더 하면 강퇴
taebae: 넹
## 2026-03-02 20:40
happy: 경기남부 왔어요 ㅎ
*hadam invite happy
hadam: 해피 환영
happy: 저도 의뢰 하나요. 알바하는 카페 매니저
hadam: 인증
happy: 근무표 사진으로 보냄
bot: 📥 작업 접수 #S-0330
+ooo subak
ooo: ㅇㅇ입니다 ㅎㅇ
subak: 수박 ㅎㅇ
## 2026-03-03 00:20
bot|photo: ✅ 결과물 #S-0330
happy: 오오 감사
subak: 저는 뭐 할지 고민중
ooo: 고민할게 뭐있음 ㅋㅋ 맘에 안드는 애 하셈
## 2026-03-07 21:00
chanho: 정예린 그거 하나 더 됨? 그때 그 사진 말고
hadam: 됨
chanho[ch3]: {a:1만원} 문상 {pin:ch3}
bot^ch3: ✅ 충전완료 → 10크레딧
bot|photo: ✅ 결과물 #S-0349
chanho: 감사합니당
## 2026-03-10 22:45
sogeum: 손흥민 골 봄???? 미쳤다
rookie: 봄 ㅋㅋㅋ 근데 여기서 왜 축구
sogeum: 이방이 제일 활발함 ㅋㅋ
gomdol: 저녁 뭐먹지 마라탕 ㄱ?
sogeum: ㅇㅈ
## 2026-03-14 21:30
hadam: 로비에서 딱풀 밴된거 봤지. 여기서도 캡처 걸리면 끝
rookie: 네
dohyun: ㅇㅋ
taeo: 근데 채린이 눈치 깐 것 같음
hadam: 어케
taeo: 학교에서 누가 얘기했나봐. 나한테 뭐 아냐고 물어봄
hadam: 모른다 해라. 그리고 걔 입단속 해
taeo: 알아서 할게요
## 2026-03-18 22:00
+p065 p068 p071
dohyun: 서아가 나한테 연락옴. 자기 사진 도는거 아냐고
rookie: 헐 ㅋㅋㅋ 뭐라함
dohyun: 모른다 했지 ㅋㅋ
hadam: 결과물 누가 밖에 뿌린거임? 요청자랑 방 로그 다 본다
rookie: 나 아님 진짜
## 2026-03-22 21:10
mint: 민트 왔어요 루키형이 초대함
*rookie invite mint
rookie: 얘 내 동생 친구
hadam: 인증은?
mint: 아직요 ㅠ 보기만 할게요
hadam: 보기만 하면 3일 뒤 강퇴
mint: 넹
## 2026-03-26 22:30
gomdol: 학원 쌤 거 하나 더. {a:1만2천원} 맞죠 이제
hadam: ㅇㅇ 가격 올랐음
gomdol: 충전은 나중에 할게요 일단 보류
## 2026-04-01 21:00
jayc: is there a discount for 5 requests
hadam: 120크레딧 사면 싸다
jayc: ok ill think
## 2026-04-09 23:00
taeo: 채린이 입 막았음 ㅋㅋ 이제 조용함
hadam: 뭐라했는데
taeo: 그냥 니 사진 학교에 다 뿌린다 했지
rookie: 와 ㅋㅋㅋ 무섭네
hadam: 그런거 여기 쓰지마 ㅡㅡ 로그남음
## 2026-04-20 20:50
hadam: 봇 중단. 결제는 정산맨 DM
happy: 봇 언제 와요?
hadam: 일주일 정도
## 2026-04-29 22:15
bot: 🤖 복구 완료. 밀린 의뢰 처리 시작
bot|photo: ✅ 결과물 #S-0402
bot|photo: ✅ 결과물 #S-0405
subak: 드디어
## 2026-05-06 21:30
dohyun: 서아 담임이 뭐 조사한다던데
hadam: 너 폰 정리해라. 여기 나가있어도 되고
dohyun: 괜찮겠지?
rookie: 몰라 나 당분간 조용히 있을래
*hadam remove dohyun
hadam: 도현 잠깐 뺌. 상황 보고 다시 초대
"""

SCRIPTS["east"] = r"""
## 2026-02-06 20:30
*latte create_group 필터공방 서울동부·직장=latte,bot,mstalt
latte[er]: 서울동부·직장 방. 학교/회사 상관없음. 의뢰는 봇 DM, 잡담 가능, 결과물 퍼나르기 금지
*latte pin er
mstalt: 검수반입니다. 결과물 퀄 체크 제가 함. 이상하면 말해주세요
+ghost p012 p016
ghost: sup
latte: ghost님 ㅎㅇ
ghost: first request. a teacher at my old hagwon. verified w/ newsletter
bot: 📥 작업 접수 #E-0102
## 2026-02-07 02:10
bot|photo: ✅ 결과물 #E-0102
mstalt: 이거 얼굴 비율 좀 틀어짐. 재작업 무료로 해드림
ghost: nice ty
bot|photo: ✅ 결과물 #E-0102 (재작업)
ghost: 👌
## 2026-02-11 21:20
+yeoubi p021 p025
yeoubi: 여우비 인증완료 ㅎㅎ
yeoubi: 저 학교 말고 동아리요. 대학 동아리 선배
latte: ㅇㅋ 동아리 단체사진 확인함
bot: 📥 작업 접수 #E-0111
## 2026-02-12 00:30
bot|photo: ✅ 결과물 #E-0111
yeoubi: ㅋㅋㅋㅋ 선배 ㅈㅅ
yeoubi: 다음엔 같은과 애 할래요. 사진 더 모아서
+norang p028 p032
## 2026-02-25 22:00
norang: 직장 건 됩니까
latte: 됨
norang: 회사 동기 오서진. 사원증 사진 있음
bot: 📥 작업 접수 #E-0119
norang[np1]: 충전 {a:5만원} 계좌 입금함 농협 {bank:mule}
bot^np1: ✅ 입금 확인 (노랑) → 55크레딧
## 2026-02-25 23:40
bot[e119]|photo: ✅ 결과물 #E-0119 요청자: 노랑
norang^e119: 와 대박
latte: 노랑님 회사 사람이면 더 조심. 회사 폰으로 보지 마요
norang: 개인폰임 ㅋㅋ
+taebae
taebae: 택배 ㅎㅇ 경기남부도 있음
bot|photo: ✅ 결과물 #E-0121
## 2026-03-01 21:00
+r2 p036 p039
r2: hi. moved here from lobby. office ppl ok?
latte: ok
r2: my team lead. @min_ha_0 is her insta. Kim Minha. 김민하
latte: verify w/ company photo
r2: sent. its the team dinner pic
bot: 📥 작업 접수 #E-0130
## 2026-03-02 00:50
bot|photo: ✅ 결과물 #E-0130
r2: lmao perfect
r2: can u make 2 more w/ diff angles
mstalt: 원본 1장으로는 한계. 사진 더 보내세요
r2[r2b]: sent 2 more pics + {a:0.0026 BTC} to {btc:op2}
bot^r2b: ✅ BTC 확인 → 20크레딧
## 2026-03-05 22:00
+dokk p042 p045
dokk: 도깨비 ㅎㅇ
dokk|photo: 예전에 받은거 ㅋㅋ 구경들 하셈
dokk|photo: 이것도
latte: 도깨비 본인 결과물만 올리세요. 남의 의뢰건이면 밴
dokk: 제꺼임 ㅋㅋ
+kl p048
kl: Hi all. 로비에서 kimchi랑 친구
latte: ㅎㅇ
kl[klp]: paid {a:0.0025 BTC} for 20 credits. {btc:op2}
bot^klp: ✅ BTC 확인 → 20크레딧
## 2026-03-09 21:30
kl: 결과 재작업 환불되면 내 지갑 {btc:kimchi} 으로 부탁
latte: 환불 없다니까 ㅋㅋ 로비에서도 똑같은 소리 하더니
kl: lol just in case
+saeu p051 p054
saeu: 새우깡 입니다
saeu: 학교 선배 의뢰 되나요 졸업했는데
latte: 됨
bot: 📥 작업 접수 #E-0141
bot|photo: ✅ 결과물 #E-0141
saeu: 감사합니다
## 2026-03-12 20:15
ghost: anyone watching the lck finals
dokk: t1 이김 ㅋㅋ
ghost: ez
yeoubi: 저녁 치킨 시켰는데 2시간째 안옴
latte: 배달 어디거임
yeoubi: 모름 ㅠ
## 2026-03-16 22:40
norang: 오서진 하나 더요. 이번엔 워크숍 사진
bot: 📥 작업 접수 #E-0150
bot|photo: ✅ 결과물 #E-0150
norang: 감사. 근데 이거 회사 단톡에 올리면 난리나겠다 ㅋㅋ
latte: 올리면 니가 잡힘 ㅋ 정신차려
norang: 농담이에요
## 2026-03-20 22:00
+daon p057 p060
taebae: 남부꺼 몇개 ㅋㅋ
taebae|photo|fwd=필터공방 경기남부 🏫: #S-0301
latte: 택배 너 남부에서도 경고 받았다며. 마지막 경고
taebae: ㅇㅋㅇㅋ
## 2026-03-25 21:45
yeoubi: 같은과 애 사진 모았어요 의뢰 넣을게요
bot: 📥 작업 접수 #E-0166
bot|photo: ✅ 결과물 #E-0166
yeoubi: ㅋㅋ 굿
## 2026-04-02 21:00
r2: eth now? nice. sent {a:0.01 ETH} for 20 credits
latte: 주소 맞게 보냄? {eth:op}
r2: oops i typed {ethbad:op} first, it bounced
r2[r2e]: resent to the right one
bot^r2e: ✅ ETH 확인 → 20크레딧
## 2026-04-13 22:20
ghost: my buddy got banned from another deepfake room. said cops joined
latte: 여긴 인증 빡세서 괜찮음
ghost: hope so
+p063 p066
## 2026-04-20 20:30
latte: 봇 멈춤. 급한 결제는 정산맨 DM 농협 {bank:mule}
saeu: 넹
## 2026-04-24 22:00
*latte invite yeoubi2
yeoubi2: 비온뒤로 바꿨어요 (구 여우비). 폰 털려서 예전 계정 버림
latte: ㅇㅇ 로비에서 들음
yeoubi2: 밀린 의뢰 있는데 크레딧 다 날아감 ㅠ
yeoubi2[yb1]: 새로 충전 {a:1만2천원} 문상 {pin:yb1}
bot^yb1: ✅ 충전완료 → 10크레딧
yeoubi2: 같은과 그 애 두번째 작업 부탁요
bot: 📥 작업 접수 #E-0181
## 2026-04-29 23:00
bot|photo: ✅ 결과물 #E-0181
bot|photo: ✅ 결과물 #E-0183
yeoubi2: ㄱㅅ
+saebyeok
saebyeok: 새벽네시입니다. 크레딧 이관 받았어요 ㅎ
saebyeok: 회사 선배 의뢰 넣을게요
saebyeok[sbp]: 모자란건 충전 {a:1만2천원} 해피머니 {pin:sb1}
bot^sbp: ✅ 충전완료 → 10크레딧
bot: 📥 작업 접수 #E-0188
## 2026-05-07 21:30
dokk: 요즘 조용하네
latte: 단속 때문에. 당분간 신규 안받음
dokk|photo: 심심해서 옛날꺼
latte: 도깨비 그만
"""

SCRIPTS["staff"] = r"""
## 2026-02-02 23:00
*mst create_group 운영진=latte,hadam,jsan
mst: 운영진방. 여기서 돈, 타겟, 밴 얘기만
mst: 그리고 검수반 = 나. 부계로 결과물 검수 돌림. 헷갈리지 마셈
latte: 네 형
jsan: 정산은 제가. 계좌는 농협 {bank:mule} 이랑 국민 {bank:mule2} 두개 돌림
mst: 비트는 {btc:op1} 메인, {btc:op2} 서브
## 2026-02-08 22:00
hadam: 남부에 학생 많이 들어옴. 솔내고 라인 생길듯
mst: 학교 하나 뚫리면 추천 타고 계속 들어옴. 추천 보상 15 유지
latte: 로비 가입 오늘 40명
## 2026-02-15 23:40
jsan: 1주차 정산: 문상 23건 / 비트 6건 / 계좌 11건. 합계 {a:87만원}
mst: 굿
jsan[jp1]: 핀 중복 하나 있었음 {pin:sp1} 새우깡꺼 확인완료
mst: 중복은 봇이 걸러야지
## 2026-02-22 22:10
hadam: 솔내고 한서아 건 반응 좋음. 같은반 애들이 계속 의뢰함
mst: 그 학교 인스타 다 털어. @seoa_h03 팔로워 목록에서 추천 돌리면 됨
latte: 서울동부는 직장인이 반. 회사 단체사진 인증 많음
## 2026-03-01 21:30
mst: 이번달 타겟: 학교방 확장. 청운여고 정예린 라인 반응 좋던데
hadam: 찬호가 번호까지 올림. 경고함
mst: 번호 올리는 놈들이 제일 위험. 다음부터 바로 밴
jsan: 2월 합계 {a:312만원}. 비트는 {a:0.041 BTC}
## 2026-03-08 23:10
latte: 이 사람 누가 의뢰함? {mn:yuna|최유나} 인스타 계속 들어옴
hadam: 남부 아님
latte: 동부도 아님 봇 직접 의뢰인듯
mst: 봇 로그 볼게. 중복 의뢰 많으면 가격 올려
## 2026-03-14 21:00
latte: 딱풀 밴함. 로비 캡처 커뮤 올림
mst: 잘했음. 딱풀 인증사진 남아있지? 필요하면 씀
latte: 있음
## 2026-03-15 22:30
hadam: 태오가 윤채린 입단속 한대요. 채린이 눈치 챘음
mst: 조용히만 시켜. 협박 문자 같은거 남기지 말라 하고
hadam: 전했는데 말 들을지 모르겠음
## 2026-03-24 22:00
jsan: 가격 올린 뒤 매출 오히려 늘었음. 120크레딧 {a:11만원} 잘 팔림
mst: 굿. 4월에 ETH 추가
## 2026-04-02 21:00
jsan: ETH 주소 {eth:op}. 거래소 거치지 마
mst: ㅇㅋ
## 2026-04-06 23:30
latte: 기사 떴음. '지인 합성방' 단속. 우리 얘기는 아님
mst: 신규 초대 당분간 닫아. 기존 추천만
hadam: 남부 애들 쫄았음
## 2026-04-18 22:40
mst: 봇 서버 이전함. 일주일 수동 정산
jsan: 수동이면 계좌 하나로 몰아. 농협 {bank:mule}
mst: ㅇㅇ
## 2026-04-22 21:00
hadam: 김민하 건 R2가 또 요청. @min_ha_0 이번이 네번째
mst: 돈 내면 해줘
latte: 박소연 선생님 건은 학교에서 얘기 나왔대서 중단함
mst: ㅇㅋ 선생님 건 당분간 받지마
## 2026-05-06 22:30
hadam: 솔내고에서 조사 시작. 도현이 잠깐 뺌
mst: 잘했음. 지역방 로그 2주 지나면 지워
jsan: 5월 정산은 비트만 받자. 아니면 모네로 {xmr:op} 이거 열까
mst: 모네로 좋음. 근데 애들이 할 줄 모를걸
mst: 그래 @jiwoo_lee07 건 같은 외국계정 의뢰도 당분간 보류
"""

SCRIPTS["dm_seoa"] = r"""
## 2026-03-18 21:02
seoa: 도현아 나 서아
seoa: 잠깐 얘기 좀 할 수 있어?
dohyun: 어 왜
seoa: 우리반 애가 나한테 이상한 사진 보여줬어. 내 얼굴로 만든거
seoa: 텔레그램 무슨 방에서 돈다고
dohyun: 뭔소리야 난 모르는데
seoa: 거기 요청자 이름이 이도현이라고 써있었대
dohyun: 동명이인이겠지 ㅋㅋ 이도현 흔한 이름임
seoa: 수학여행 때 사진이었어. 그거 우리 조만 있는 단톡에 올라간건데
seoa: 도현아 제발 솔직하게 말해줘
dohyun: 몰라 진짜
seoa[s1]: 나 오늘 학교에서 하루종일 울었어
seoa: 그거 누가 더 가지고 있는지만 알려줘. 지워달라고만 할게
dohyun: ...
dohyun: 나도 받은거임. 내가 만든거 아님
seoa: 받은거면 어디서 받았는데
dohyun: 그건 말 못함
seoa: 제발. 부모님한테 말하기 전에 너한테 먼저 물어보는거야
dohyun: 부모님한테 말하지마 일 커짐
seoa: 이미 커졌어 나한테는
## 2026-03-19 00:40
seoa: 자?
seoa: 나 진짜 무서워. 내일 학교 못 갈 것 같아
seoa: 그 방 이름이라도 알려줘
dohyun: 알려주면 나 좆됨
seoa: 그럼 그 사진들만 지워줘. 니 폰에 있는거라도
dohyun: 지웠어
seoa: 진짜?
dohyun: ㅇㅇ
## 2026-03-21 19:15
seoa: 민서가 또 봤대. 이번엔 다른 사진이래
seoa: 도현아 너 지웠다며
dohyun: 나 아니라고
seoa: 너 말고 누가 내 수학여행 사진을 가지고 있어
seoa: 선생님한테 말할게
dohyun: 하지마 제발
dohyun: 나도 빠질게 그 방에서. 그니까 조금만 기다려
seoa: 얼마나
dohyun: 일주일만
seoa: 일주일 동안 몇 명이 더 보는데
*seoa call missed
seoa: 전화 좀 받아
dohyun: 지금 학원임
## 2026-04-02 22:30
seoa: 일주일 지났어
seoa: 아직도 돈대. 다른반 애들까지
dohyun: 나 이미 나왔어 그 방에서 진짜로
seoa: 그럼 방 이름 알려줘. 경찰에 신고할거야
dohyun: ...필터 어쩌구. 나도 정확히 몰라
seoa: 고마워. 근데 너도 조사 받을거야
dohyun: 알아
## 2026-04-18 20:10
seoa: 담임선생님이랑 상담했어. 학교폭력위원회 열린대
dohyun: 그래
seoa: 미안하다는 말은 안하네
dohyun: 미안해
"""

SCRIPTS["dm_chaerin"] = r"""
## 2026-03-13 22:10
taeo: 윤채린
taeo: 너 오늘 학교에서 나 얘기 하고 다녔다며
chaerin: 무슨 얘기
taeo: 텔레그램 방 어쩌구
chaerin: 너 맞지? 체육대회 반티 사진 그거
taeo: 증거 있음?
chaerin: 민준이가 봤대. 요청자 강태오라고
taeo: 민준이 입도 막아야겠네 ㅋㅋ
chaerin: 그거 지워. 아니면 선생님한테 말할거야
taeo[t1]: 말해봐. 그럼 그 결과물 우리 학교 전체 단톡에 올라감
taeo: 니네 학원 단톡에도
chaerin: 너 미쳤어?
taeo: 조용히만 있으면 아무일 없어
## 2026-03-14 07:40
chaerin: 어제 일 진심이야?
taeo: ㅇㅇ 진심
taeo: 오늘 학교에서 아무한테도 말하지마. 3교시까지 답 없으면 그냥 뿌림
chaerin: 제발 그러지 마
chaerin: 알았어 아무한테도 말 안할게
taeo: ㅇㅋ 착하네
## 2026-03-20 23:10
chaerin: 민준이가 나한테 괜찮냐고 물어봤어. 나 아무 말도 안했어
taeo: 잘했어
chaerin: 그러니까 이제 지워줘
taeo: 내가 왜
chaerin: 조용히 있었잖아
taeo: 조용히 계속 있어야지. 졸업할 때까지
chaerin: 그게 무슨
taeo: 방학 때까지 한마디라도 새면 바로 올린다
## 2026-04-04 21:00
chaerin: 담임이 나 불렀어. 요즘 표정이 안좋다고
taeo: 뭐라 했는데
chaerin: 아무것도. 근데 나 이제 못 버티겠어
taeo: 버텨. 말하는 순간 니 이름으로 다 검색됨 ㅋㅋ
chaerin: 제발 그만해 부탁이야
taeo: 5
taeo: 4
taeo: 3 ㅋㅋ 농담 아닌거 알지
chaerin: 알겠어 알겠다고
## 2026-04-09 22:30
taeo: 요즘 조용하네 좋아
chaerin: 너도 이제 그만해 주면 안돼?
taeo: 니 하는거 봐서
## 2026-04-27 20:05
chaerin: 나 오늘 경찰서 다녀왔어
taeo: 뭐?
chaerin: 엄마랑 같이. 캡처 다 냈어 이 대화까지
taeo: 야 장난이었잖아
taeo: 윤채린 답해
"""

SCRIPTS["ai"] = r"""
## 2026-01-10 20:00
*ai_owner create_group AI 그림 연구소 🎨=ai_owner,ai_a,ai_b
ai_owner[air]: AI 그림 연구소입니다 🎨 규칙: 실존인물 사진 합성 금지, 남의 그림 무단 학습 금지, 결과물 올릴 때 모델/프롬프트 같이 적기
*ai_owner pin air
ai_a: 프롬프트장인 입니다 ㅎㅎ 주로 풍경 위주
ai_b: 수채화 스타일 좋아해서 닉도 수채화에요
ai_a|photo: 어제 뽑은 거. 프롬프트: misty lake, dawn, watercolor, soft light
ai_b: 와 색감 미쳤다
+ai_c ai_d
ai_c: Leo here, mostly SDXL. english ok?
ai_owner: of course! 반반 섞어서 써요
ai_d: 감튀입니다 저는 그림 초보
## 2026-01-14 21:30
ai_d: 크레딧 다 써버렸어요 ㅠ 이번달 구독 크레딧 벌써 끝
ai_a: 로컬로 돌리면 크레딧 안 들어요. 그래픽카드만 있으면
ai_d: 노트북이라..
ai_c: colab free tier works for small batches
ai_b|photo: 수채화 로라 테스트. 모델 공유 원하시면 말씀하세요
ai_d: 공유 부탁드려요!!
ai_b: 링크 DM 드림
## 2026-01-20 22:00
+pixel ai_e
pixel: 픽셀입니다 도트 스타일 AI로 뽑는 거 연구중이에요
pixel|photo: 32x32 도트 캐릭터. 업스케일 없이
ai_owner: 오 귀엽다
pixel: 감사해요 ㅎㅎ 프롬프트에 pixel art, 16 colors 넣으니까 잘 나옴
ai_e: 해파리입니다 ㅎㅇ
## 2026-01-27 20:40
ai_e: 혹시 의뢰 받으시는 분 있나요? 저희 카페 메뉴판 일러스트
ai_a: 의뢰 받아요. 메뉴 몇 개에요?
ai_e: 8개요. 마감은 다음주 금요일
ai_a: 장당 {a:1만원} 정도 생각하시면 돼요
ai_e: 좋아요!
pixel: 저도 도트 메뉴 아이콘 가능해요 ㅎㅎ
## 2026-02-02 21:10
ai_c: anyone tried the new video model? results are wild
ai_b: 영상은 아직 크레딧이 너무 비싸요
ai_c: true, 10 sec clip ate like 200 credits
ai_d: ㄷㄷ
## 2026-02-09 22:30
ai_owner: 공지 재강조합니다. 요즘 뉴스 보셨겠지만 지인 사진 합성하는 방들 문제 되고 있어요. 여기서 실존 인물 사진 올리면 바로 강퇴
ai_a: 당연하죠. 그런 건 합성이 아니라 범죄
pixel: 맞아요
ai_c: yeah those rooms are disgusting
ai_e: 무섭네요 요즘
## 2026-02-15 20:10
ai_a|photo: 합성 연습: 제가 찍은 하늘 사진 + 생성한 구름
ai_b: 합성 자연스럽다
ai_a: 레이어 마스크로 경계만 살짝 블러 했어요
pixel: 원본 사진 공유 가능해요? 연습해보게
ai_a: 네 원본 드라이브 링크 드릴게요
## 2026-02-22 21:40
+ai_f ai_g
ai_f: 오로라입니다 인스타에 AI 풍경 올려요
ai_g: 코코에요 고양이 그림만 그림 ㅋㅋ
ai_g|photo: 우주 고양이
ai_d: 귀여워 😭
## 2026-03-02 22:00
ai_e: 메뉴판 결과물 받았어요! 입금했습니다 {a:8만원}
ai_a: 확인했습니다 감사해요 🙏
pixel: 도트 아이콘도 보내드렸어요 ㅎ 입금은 천천히
ai_e: 픽셀님도 오늘 보낼게요
## 2026-03-10 20:30
ai_f: 프롬프트 공유 이벤트 할까요? 주제는 '봄'
ai_owner: 좋아요 마감은 3월 말
ai_b|photo: 봄 - 벚꽃 수채화
ai_g|photo: 봄 - 벚꽃 고양이
ai_c|photo: spring - city at dusk, cyberpunk petals
pixel|photo: 봄 도트
ai_owner: 다들 금손
## 2026-03-21 21:00
ai_d: 모델 파일 어디서 받는게 안전해요? 이상한 사이트에서 받았다가 바이러스
ai_a: 공식 허브에서만 받으세요. 해시 확인하고
ai_c: and never run random .exe "installers"
pixel: 저도 예전에 당함 ㅠ
## 2026-04-03 22:15
ai_owner: 봄 이벤트 1등은 코코님 고양이 🎉 상품은 구독 크레딧 {a:3만원}어치
ai_g: 헉 감사합니다!!
ai_f: 축하해요
## 2026-04-18 20:40
ai_e: 두번째 의뢰 가능할까요? 여름 메뉴
ai_a: 가능해요 마감 언제에요
ai_e: 5월 10일이요
pixel: 저도 껴주세요 ㅋㅋ
## 2026-05-12 21:30
ai_c|photo: new workflow: sketch → controlnet → paint over
ai_b: 손그림이랑 섞으니까 훨씬 좋다
pixel: 다음 모임 오프라인 하실 분?
ai_owner: 6월에 홍대 어때요
ai_f: 좋아요
"""

SCRIPTS["studio"] = r"""
## 2026-02-20 10:00
*st create_group 온빛사진관 예약·상담=st
st[sti]: 온빛사진관 예약·상담방입니다 📷 증명사진/여권/프로필. 보정은 기본 1회 포함, 원본 파일은 추가 {a:5천원}
*st pin sti
+st_a st_b
st_a: 안녕하세요 토요일 오전 증명사진 예약 가능할까요
st: 네 11시 가능합니다
st_a: 예약금은 어디로 보내나요
st: 하나 {bank:studio} 온빛사진관 으로 {a:1만원} 부탁드립니다
st_a[sa1]: 하나 {bank:studio} 여기로 {a:1만원} 입금했습니다
st^sa1: 확인했습니다 감사합니다 🙏
st_b: 여권사진 급하게 필요한데 당일 되나요
st: 네 30분이면 출력까지 가능해요
## 2026-02-23 14:20
st_b: 사진 보정 너무 과하지 않게 해주세요 ㅎㅎ 여권이라
st: 네 여권은 기준이 있어서 잡티 정도만 해요
st_b: 원본 파일도 받을 수 있나요?
st: 원본은 메일로 드려요
+chanhob st_c
chanhob: 취업용 프로필 사진 문의요. 정장 대여 되나요
st: 네 남성 정장 있어요
chanhob: 혹시 연락은 제 번호로 주세요 {ph:chanho}
st: 네 저장했습니다
## 2026-03-02 16:00
st_c: 저번에 찍은 증명사진 보정 다시 가능할까요? 머리카락이 좀 떠서
st: 네 원본 있으니 재보정 해드릴게요. 무료입니다
st_c: 감사해요!
st|photo: 재보정본 미리보기 (워터마크)
st_c: 완벽해요
## 2026-03-12 11:30
+st_d
st_d: 가족사진 촬영도 하시나요
st: 네 평일 {a:15만원} 주말 {a:18만원} 입니다
st_d: 주말로 할게요. 입금은 언제까지
st: 촬영 3일 전까지 예약금 {a:5만원}
st_d: 네 입금했어요
st: 확인했습니다
## 2026-03-20 18:00
chanhob: 결과물 언제 받을 수 있어요? 서류 마감이 금요일이라
st: 목요일 오전에 보정본 보내드려요
chanhob: 감사합니다 ㅠ 늦으면 저 죽어요 ㅋㅋ
st: 걱정마세요 ㅎㅎ
## 2026-03-26 10:10
st|photo: 최찬호 님 프로필 보정본입니다 (저해상도 미리보기)
chanhob: 오 좋네요 원본 파일도 주세요
st: 원본 파일 추가 {a:5천원} 입금 후 메일 보내드릴게요
chanhob: 입금했어요
## 2026-04-08 13:00
st_b: 사진관에서 찍은 사진 인스타 올려도 돼요?
st: 고객님 사진이니 자유롭게 쓰셔도 돼요. 저희 홍보에 쓸 때만 동의 받아요
st_a: 저 졸업사진 보정 추가 되나요? 친구 사진도 같이 있는데
st: 단체사진은 본인 부분만 보정해 드려요. 다른 분 얼굴은 손대지 않아요
## 2026-04-25 17:40
st: 5월 가정의달 가족사진 이벤트 {a:2만원} 할인
st_d: 작년에도 했는데 또 하고 싶네요 ㅎㅎ
"""

SCRIPTS["univ"] = r"""
## 2026-03-03 18:00
*u_rep create_group 26-1 경영학원론 03분반=u_rep,minjiu,u_a,u_b,u_c
u_rep: 경영학원론 03분반 단톡입니다 과대 정우진이에요. 공지 위주로 쓸게요
minjiu: 넵 민지입니다
u_a: 송하람 입니다 잘부탁드려요
u_b: ㅎㅇ 박건우
u_c: 이채윤입니다!
*u_rep invite u_d,u_e
u_d: hi I'm Tom, exchange student. 한국어 조금
u_e: 한결입니다
## 2026-03-05 21:00
u_rep: 교수님 공지: 팀플 조 편성은 다음주. 과제 1 마감 3/20 23:59
+daon
daon: 다온입니다 늦게 들어왔어요 ㅠ
u_rep: 환영해요
daon: 혹시 족보 있는 분?? 선배한테 받은거라도
u_b: 족보 있음 ㅋㅋ 작년 중간고사
u_b: 근데 교수님 바뀌어서 의미없을수도
daon: 그래도 주세요 ㅠㅠ
u_b|zip: 
u_c: 건우 천사
## 2026-03-12 22:30
minjiu: 팀플 조 나왔어요? 저 송하람이랑 Tom이랑 같은 조
u_d: yes! nice to meet u 민지
u_a: 민지야 우리 주말에 회의 ㄱ?
minjiu: ㄱㄱ
daon: 나는 건우랑 한결이랑 채윤이 ㅋㅋ
u_e: 다온 지각하면 죽여버린다 ㅋㅋ
daon: 나 맨날 지각 안함 ㅋㅋ
## 2026-03-19 23:40
daon: 과제 1 다들 했어?? 마감 내일인데
u_b: ㄴㄴ 지금 시작함
u_c: 저 반 했어요
minjiu: 사진 올려주세요 과제 양식 어디서 받았어요?
u_rep: 이러닝 공지사항에 원본 파일 있어요
daon: 원본 링크 좀 ㅠ
u_rep: 링크 eclass 공지 → 자료실
## 2026-03-20 23:55
daon: 5분 남음 ㅋㅋㅋㅋ
u_e: 제출 완료
u_b: 나도 겨우
daon: 나 업로드 안됨 미친
daon: 됐다 23:59 ㅋㅋ 심장 터질뻔
## 2026-04-02 20:00
u_rep: MT 회비 걷어요 {a:3만원} 카카오뱅크 {bank:univ} 정우진
u_a: 입금했어요
minjiu: 저도요
u_d: transferred {a:30000 won}? 
u_rep: Tom 확인했어요 👍
daon: 나 내일 보낼게
u_rep: 다온 내일까지 안보내면 명단에서 뺀다 ㅋㅋ
## 2026-04-10 21:20
u_c: 중간고사 범위 어디까지에요?
u_rep: 7장까지
daon: 족보 2번 문제 진짜 똑같이 나올까
u_b: 몰라 ㅋㅋ 나오면 내가 신
u_f: 안녕하세요 조예은 입니다 수강정정으로 들어왔어요
u_rep: 환영해요 예은님 공지 위에 있어요
## 2026-04-22 23:10
u_e: 시험 망함 ㅋㅋ
daon: 나도. 족보 하나도 안나옴
u_b: 미안 ㅋㅋㅋㅋ
minjiu: 건우 이제 족보 공유 금지 ㅋㅋ
## 2026-05-13 20:30
u_rep: 팀플 발표 순서 정했어요. 1조 민지 하람 Tom / 2조 다온 건우 한결 채윤
u_d: we go first? omg
minjiu: 괜찮아 Tom 발표는 내가 할게
u_a: 자료 사진이랑 그래프 오늘 밤까지 올려주세요
## 2026-06-05 22:00
u_rep: 기말 과제 마감 6/12. 늦으면 감점 20퍼
daon: 또 마감 ㅠㅠ
u_f: 종강하면 다같이 밥 먹어요
u_c: 좋아요!!
"""

SCRIPTS["kpop"] = r"""
## 2026-02-01 19:00
*k_own create_group NOVA 팬에디트 요청방 ✂️=k_own,k_a
k_own[kr]: NOVA 팬에디트 요청방 ✂️ 규칙: 공식 사진만 사용 / 크레딧 표기 필수 / 합성 시 멤버 얼굴 변형 금지 / 일반인 사진 합성 금지
*k_own pin kr
k_a: 별하입니다 배경화면 에디트 주로 해요
+jayk k_b k_c
jayk: hi! Jay from the intl fanbase. can i request an edit?
k_own: sure! which member and what style
jayk: Haon, blue theme, for a birthday banner
k_a: 제가 할게요! 마감 언제에요?
jayk: his bday is feb 20
k_b: lumi here, i do gifs
k_c: 딸기우유에요 응원봉 합성 잘해요 ㅎㅎ
## 2026-02-10 21:30
k_a|photo: 하온 생일 배너 초안 (공식 사진 + 파란 테마)
jayk: omg perfect 😭 credit to 별하 for sure
k_a: 크레딧만 달아주세요 ㅎㅎ
k_c: 응원봉 합성 넣을까요?
k_a: 좋아요 결과물 합쳐서 올려요
## 2026-02-19 23:00
k_c|photo: 응원봉 합성 버전
jayk: both are amazing. posting at midnight KST
k_b|photo: 움짤 버전도
## 2026-03-03 20:10
+k_d k_e
k_d: 요청 있어요! 콘서트 포토카드 스타일 에디트
k_own: 요청은 양식대로 써주세요: 멤버/스타일/용도/마감
k_d: 멤버 전원 / 포카 / 개인소장 / 마감 없음
k_e: 체리입니다 저도 배우고 싶어요 에디트
k_a: 무료 툴부터 추천해요
## 2026-03-15 22:40
k_e: 팬싸 당첨 인증합니다 ㅋㅋㅋ
k_e|photo: 당첨 문자 인증 (이름 가림)
k_c: 헐 축하해
jayk: congrats!!
k_own: 개인정보 가리신거 좋아요 👍
## 2026-03-28 21:00
k_own: 공지: 요즘 아이돌 딥페이크 계정들 신고 운동 중입니다. 저희 방 에디트랑 헷갈리지 않게 크레딧 표기 꼭 해주세요
k_b: 신고 링크 어디에요?
k_own: 소속사 제보 메일 공지에 올려둠
k_d: 진짜 그런 계정들 죽여버리고 싶다
## 2026-04-12 20:00
k_own: 컴백 기념 굿즈 공구합니다 슬로건 {a:1만8천원} 입금 계좌 토스뱅크 {bank:kpop}
k_c: 입금했어요
k_d: 2개 입금 {a:3만6천원}
jayk: can intl fans join? i can pay via paypal
k_own: 해외는 다음 공구 때 따로 받을게요 ㅠ
## 2026-04-30 22:10
k_a|photo: 컴백 티저 에디트
k_b: 티저 움짤 요청 받아요
jayk: request: gif of the dance break, 5 sec
k_b: 오케이 주말까지
## 2026-05-20 21:00
k_b|photo: 요청하신 움짤 정지컷
jayk: ty lumi!! credits in my post
k_own: 요청방 100번째 결과물 🎉
"""

SCRIPTS["parents"] = r"""
## 2026-03-04 20:00
*p_rep create_group 한빛중 2학년 학부모=p_rep,p_a,p_b,p_c
p_rep: 2반 반대표 서윤맘입니다. 공지 위주로 쓰겠습니다
p_a: 도준아빠입니다 잘 부탁드립니다
p_b: 하린엄마에요 ^^
*p_rep invite p_d,p_e
p_d: 예서엄마입니다
## 2026-03-10 21:00
p_rep: 학급 회비 {a:2만원} 걷습니다. 국민 {bank:parents} 반대표 앞으로 부탁드려요
p_b: 국민 {bank:parents} 맞죠? 보냈습니다
p_rep: 네 확인했어요
p_c: 저도 입금했어요
p_e: 민재아빠입니다. 송금 완료
## 2026-03-18 22:10
p_c: 이 기사 보셨어요? 너무 무서워서 공유합니다
p_c: "지인 사진을 보내면 합성해 준다는 텔레그램 방이 학교·지역별로 운영되고 있으며, 가입자끼리 추천 링크로 크레딧을 주고받는 방식이다. 피해자 상당수가 중·고교생과 교사인 것으로 파악됐다"
p_a: 헐 중학생도요?
p_c: 기사에 '결과물', '인증' 이런 말 쓴다고 하네요. 애들 폰에 텔레그램 있으면 한번 보세요
p_b: 저희 애 인스타 비공개로 바꾸라고 해야겠어요
p_d: 학교에서도 가정통신문 나왔어요. 사진 함부로 올리지 말라고
## 2026-03-25 20:30
p_rep: 교육청 딥페이크 예방교육 자료 공유드려요
p_rep|photo: 예방교육 안내문
p_e: 감사합니다. 신고는 117 이랑 경찰청 앱으로 하면 된대요
p_a: 애들한테 그런 방 링크 오면 바로 말하라고 했어요
## 2026-04-03 21:40
p_b: 하린이가 그러는데 옆 학교에서 선생님 사진 돌았대요
p_c: 세상에...
p_d: 그 학교 학폭위 열렸다던데
p_rep: 확인 안 된 얘기는 여기서 자제 부탁드려요. 아이들 이름 나오면 곤란해요
p_b: 네 죄송해요
## 2026-04-10 19:50
p_rep: 다음주 수요일 학부모 총회 마감은 금요일까지 참석 여부 알려주세요
p_a: 참석합니다
p_e: 저는 못 가요
p_d: 참석
"""

SCRIPTS["b_doyun"] = r"""
## 2026-03-22 21:00
doyun: 야 준서 생일 선물 뭐 갖고싶냐
me1: 없음 ㅋㅋ 치킨
doyun: 생일 단톡 이벤트 준비중인데 니 흑역사 사진 있냐
me1: 뭔 이벤트
doyun: 니 얼굴 합성해서 영화포스터 만들거임 ㅋㅋ 단톡에 뿌린다
me1: 야 하지마라 ㅋㅋㅋ 죽는다 진짜
doyun: 이미 작업중임 결과물 기대해라
me1: 최소한 잘나온걸로 해줘
## 2026-03-25 22:30
doyun|photo: 초안 ㅋㅋㅋ 어벤져스 버전
me1: 미친 ㅋㅋㅋㅋㅋㅋ 내 얼굴 왜케 커
doyun: 원본이 그거밖에 없었음
me1: 인스타에 있는거 써 좀 잘나온거
doyun: 인증해봐 잘나온 사진 있는지 ㅋㅋ
me1: 없다 ㅅㅂ
## 2026-03-28 23:50
doyun: 12시 되면 단톡 올린다 3 2 1
doyun: 생일 축하한다 ㅋㅋ
me1: 고맙다 ㅋㅋ 근데 포스터 단톡에서 지워 부끄러움
doyun: 싫음 ㅋ 영구보존
"""

SCRIPTS["b_tj"] = r"""
## 2026-04-06 09:10
tj: 수빈씨 어제 말한 시안 결과물 오늘 오후 3시까지 부탁해요
me2: 네 팀장님
tj: 광고주가 합성 컷 두 개 다 보고 싶대요. 모델 사진이랑 배경
me2: 모델 원본 파일 아직 못받았어요
tj: 에이전시에 다시 요청할게
## 2026-04-06 14:40
me2: 시안 보냈습니다
tj: 확인. 2번 합성 경계가 티나요. 수정해서 5시까지
me2: 넵
## 2026-04-10 18:20
tj: 이번주 마감 못 맞추면 우리 팀 다 죽어요 ㅋㅋ 광고주가 벼르고 있음
me2: 야근하겠습니다 ㅠ
tj: 밥은 먹고 해요. 법카로 시켜요
## 2026-04-14 11:00
tj: 광고주 최종 컨펌 났어요 고생했어요
me2: 다행이에요!!
tj: 원본 파일이랑 PSD 정리해서 공유 드라이브에 올려줘요
"""

SCRIPTS["b_sis"] = r"""
## 2026-05-28 20:00
sis: 하윤아 너 어제 내 카디건 입고 나갔지
me3: 아닌데
sis: 인증 사진 보내. 아니면 엄마한테 다 말한다
me3: 언니 제발 ㅋㅋ 한번만 봐줘
sis: 오늘 안에 세탁해서 갖다놔. 안하면 너 죽었어
me3: 알았어 알았어
## 2026-06-02 22:10
sis: 너 내 기프티콘 썼냐
me3: 그거 유통기한 오늘까지였어 ㅠ 내가 살렸잖아
sis: 핀번호 보내 내가 쓸거였음
me3: 이미 씀 ㅋㅋ 대신 내가 커피 살게
sis: 2잔
## 2026-06-09 19:30
sis|photo: 이 사진 엄마 생신 때 액자로 할까
me3: 오 좋아 보정 좀 해서
sis: 사진관에 원본 맡기자
"""

SCRIPTS["school"] = r"""
## 2026-02-16 22:00
*hadam create_group 솔내고 🔒=hadam,rookie,dohyun,taeo
hadam[scr]: 솔내고 전용. 남부방에서 솔내고 인증된 사람만. 학교에서 이 방 얘기 절대 X
*hadam pin scr
rookie: 오 우리학교 방 생김 ㅋㅋㅋ
dohyun: 몇명임
hadam: 지금 4명. 추천으로 늘려
taeo: 2학년만 받음?
hadam: 솔내고면 다
## 2026-02-17 21:30
rookie|photo|fwd=필터공방 경기남부 🏫: #S-0217
rookie: 남부에 있던거 가져옴 ㅋㅋ 2-4 ㅎㅅㅇ
dohyun: 야 그거 내 의뢰잖아 왜 퍼옴
rookie: 같은 학교 방인데 뭐 어때
hadam: 학교방은 예외. 근데 밖으로는 절대
taeo|photo|fwd=필터공방 경기남부 🏫: #S-0270
taeo: 이것도 ㅋㅋ 2-1 반장
rookie: ㅋㅋㅋㅋ 채린이 ㄷㄷ
+p010 p015 p024
## 2026-02-19 22:40
dohyun: 내일 수행평가 뭐냐
taeo: 국어 발표
rookie: 망했다 준비 1도 안함
dohyun: 나도 ㅋㅋ
hadam: 여기 단톡 아니다 ㅋㅋ
## 2026-02-23 21:00
rookie: 다음 의뢰 누구함? 후보 받음
taeo: 영어쌤 어떰
dohyun: ㄴㄴ 선생님은 걸리면 진짜 큰일
rookie: 그럼 3반 그 인스타 하는 애
taeo: 팔로워 많은애? 사진 많아서 퀄 잘나오겠다
hadam: 후보 정하면 봇 DM. 여기선 이름 적지 마라
*rookie invite mint
mint: 안녕하세요 ㅎ 루키형 동생 친구에요
hadam: 솔내고 아니잖아
mint: 내년에 전학가요 솔내고로 ㅋㅋ
hadam: ㅋㅋ 일단 봐줌. 보기만 해
## 2026-03-03 20:30
taeo: 개학하니까 다들 조용해짐
rookie: 서아 반에서 분위기 이상하대
dohyun: 그만 말해
rookie: 왜 ㅋㅋ 찔림?
dohyun: 아 진짜 그만
## 2026-03-09 22:10
rookie: 급식 오늘 돈까스였냐
taeo: ㅇㅇ 근데 소스가 없었음 ㅋㅋ
mint: 저희학교는 오늘 카레
rookie: 너네 학교 급식 부럽
## 2026-03-16 23:20
taeo: 채린이 나 의심함
hadam: 학교방에서 그 얘기 하지 말라고
taeo: 그럼 어디서 함
hadam: 개인적으로 해결하라고
rookie: 태오 너무 티냈음 ㅋㅋ
## 2026-03-27 21:40
dohyun: 나 이 방 나갈게 요즘 무서움
rookie: ㅋㅋ 쫄?
dohyun: 서아가 자꾸 연락옴
hadam: 나가지마. 나가면 더 의심받음
dohyun: ...
## 2026-04-07 22:00
rookie: 기사 나왔던데 우리 학교 아니지?
hadam: 아님. 조용히만 있어라
taeo: 걱정 ㄴㄴ 다 입 막음
mint: 무섭다 ㄷㄷ
## 2026-04-29 21:00
hadam: 봇 돌아옴. 학교방은 당분간 결과물 안올림
rookie: ㅇㅋ
## 2026-05-07 22:30
hadam: 학교에서 조사 시작. 이 방 닫는다. 다들 대화 지워
*hadam remove dohyun,taeo
rookie: 형 나도 나감?
hadam: ㅇㅇ 다음주에 다시 부를게
"""

# ---------------------------------------------------------------- later additions (more everyday talk)
SCRIPTS["lobby"] += r"""
## 2026-02-05 23:30
p004: 인증 꼭 얼굴 나와야 돼요?
latte: 사진 속 사람이랑 님이 같이 나오거나, 님이 아는 사이라는 증거면 됨
p004: 어렵네
sogeum: 나 인증 3번 반려당함 ㅋㅋㅋ
p009: ㅋㅋㅋ 소금빵님 아직도 로비?
sogeum: 구경이 취미임
## 2026-02-13 22:15
ghost: btw does the bot keep logs of who requested what
latte: 봇 로그는 일주일 후 삭제
ghost: good
jayc: cops can subpoena telegram tho
cheolsu: 내말이 ㅋㅋ 외국인도 걱정함
latte: 걱정되면 나가셈 ㄹㅇ
## 2026-02-26 21:10
p061: 해피머니 16자리도 되나요
bot: 해피머니는 18자리 핀만 인식됩니다
p061: 아 그럼 컬쳐랜드 사야겠다
sogeum: 편의점 가면 다 팜
p061: ㄳ
## 2026-03-03 22:00
minjic: 추천 15크레딧이면 친구 4명 데려오면 공짜네
rookie: ㅇㅇ 나 그렇게 씀 ㅋㅋ
minjic: 근데 친구한테 이거 어떻게 말해 ㅋㅋ
rookie: 그냥 링크만 줘 ㅋㅋ
## 2026-03-09 21:30
kimchi: anyone here from busan? no busan room?
latte: 부산방 없음. 사람 모이면 만듦
kimchi: ok
sogeum: 부산 사람이세요? 돼지국밥 맛집 추천좀
kimchi: lol im in seoul, my friend is from busan
## 2026-03-17 20:50
p070: 공지 채널 샘플 왜 블러임
latte: 유출 방지
p070: 그럼 결과물 퀄을 어케 앎
latte: 인증하면 앎
## 2026-04-01 22:40
sogeum: 만우절인데 아무도 장난 안침
cheolsu: 여기서 장난치면 밴당함
sogeum: ㅋㅋㅋ 인정
## 2026-04-16 21:10
minjic: 저 시험기간이라 당분간 안 들어와요
sogeum: 민지님 화이팅
minjic: ㅎㅎ 감사
## 2026-04-27 22:00
jayc: bot is down?
latte: 다음주 복구
jayc: k. ghost says hi
"""

SCRIPTS["south"] += r"""
## 2026-02-11 21:00
rookie: 추천 몇명 데려왔냐 다들
dohyun: 나 2명
rookie: 나 7명 ㅋㅋ 크레딧 100 넘음
hadam: 루키 추천왕 ㅋㅋ
p019: 추천 링크 어디서 확인해요
rookie: 봇에서 /ref 치면 나옴
## 2026-02-20 22:30
gomdol: 결과물 저장 어케함? 다운로드가 안돼요
hadam: 저장 막아둠. 방에서만 봐
gomdol: 아 ㅠ
ooo: 캡처는 되던데
hadam: 캡처 걸리면 밴이라고 ㅡㅡ
ooo: 농담임
## 2026-03-04 21:50
subak: 의뢰 정했어요. 알바 같이하는 형 여친인데 인스타 사진 많음
hadam: 형 여친은 인증 어케 할건데
subak: 같이 찍은 회식 사진
hadam: ㅇㅋ 봇으로
bot: 📥 작업 접수 #S-0336
bot|photo: ✅ 결과물 #S-0336
subak: 오 ㅋㅋ 신기
## 2026-03-12 21:00
happy: 크레딧 유효기간 있어요?
hadam: 없음
happy: 굿 나중에 몰아서 쓸게요
gomdol: 저도 모아둬야지
## 2026-03-19 20:40
sogeum: 오늘 눈 옴 3월에 ㅋㅋ
p062: 여기 수원인데 비 옴
sogeum: 수원이었어요? 나 화성
p062: 오 가깝네
hadam: 지역 얘기 너무 자세히 하지마라
## 2026-03-30 22:00
jayc: friend wants in. can he skip verification if i vouch
hadam: ㄴㄴ 무조건 인증
jayc: strict lol
hadam: 그래서 안 털림
## 2026-04-05 21:40
ooo: 솔내고 애들 요즘 조용하네
hadam: 학교에서 뭐 있나봄
rookie: 별거 아님 ㅋㅋ
## 2026-04-15 22:10
chanho: 봇 안되는데 정산맨한테 보내면 돼요?
hadam: ㅇㅇ 정산맨 DM
chanho[ch4]: 정산맨님한테 {a:1만2천원} 보냈어요 국민 {bank:mule2}
hadam: 확인은 봇 복구되면 일괄
"""

SCRIPTS["east"] += r"""
## 2026-02-16 21:30
p012: 여기 직장인 많아요?
latte: 반반
norang: 직장인 ㅎㅇ
p016: 야근하다 들어옴
norang: 동지 ㅋㅋ
## 2026-02-28 22:20
yeoubi: 결과물 한번에 여러장 받을 수도 있어요?
mstalt: 크레딧 있으면 묶음 처리 가능. 최대 5장
yeoubi: 오 좋다
## 2026-03-07 21:00
ghost: u guys use the bot in english? commands are korean only
latte: /pay /ref /인증 세개면 됨
ghost: /인증 lol ok
r2: i just copy paste
## 2026-03-18 20:20
norang: 회사에서 보안교육 받았는데 텔레그램 얘기 나옴 ㄷㄷ
latte: 무슨 얘기
norang: 사내 PC에 설치하지 말라고. 그게 다임
dokk: ㅋㅋㅋ 놀랐잖아
## 2026-03-29 22:30
saeu: 월급날 ㅎㅎ 충전 좀 해야지
saeu[sep]: 문상 {pin:sp2}
bot^sep: ✅ 충전완료 → 10크레딧
saeu: 학교 선배 두번째 부탁합니다
bot: 📥 작업 접수 #E-0171
bot|photo: ✅ 결과물 #E-0171
## 2026-04-08 21:40
ghost: heard 남부 has a school-only room now
latte: 솔내고방. 거긴 그 학교만
ghost: exclusive lol
r2: any chance of an english room
latte: 사람 5명 넘으면
## 2026-04-16 22:00
kl: bot down? i want to top up
latte: 정산맨 DM or wait
kl: ill wait
dokk: 다들 뭐하고 지냄
yeoubi: 시험기간 ㅠ
"""

SCRIPTS["staff"] += r"""
## 2026-02-12 22:30
latte: 로비에 외국인 계정 늘어남. ghost, jayc, kimchi
mst: 외국인은 돈 잘 냄. 영어 공지 하나 만들어
latte: ㅇㅋ
## 2026-02-19 23:50
hadam: 택배가 동부꺼 남부로 퍼옴. 경고함
mst: 두번째면 밴
jsan: 택배 크레딧 결제 한번도 안했음 ㅋㅋ 퍼나르기만 함
mst: 그런 애들이 유출함
## 2026-03-20 22:10
mst: 추천 구조 바꿀까. 인증 완료 2명당 30
latte: 로비 가입 주 100명 넘음. 지금도 충분
jsan: 3월 중간정산 {a:204만원}. 문상이 제일 많음
## 2026-04-10 23:00
jsan[jp2]: 핀 확인 {pin:sp2} 새우깡 두번째. 정상
hadam: 태오 걔 채린이 협박했다고 방에서 떠벌림
mst: 병신이네. 로그 지우라 해
hadam: 말했음
## 2026-04-25 22:00
jsan: 수동 정산 중 누락 3건. 찬호 건 국민으로 {a:1만2천원} 들어옴
mst: 복구되면 크레딧 넣어줘
"""

SCRIPTS["ai"] += r"""
## 2026-01-17 22:00
ai_e: 이미지 합성할 때 그림자 어떻게 맞춰요?
ai_a: 광원 방향을 프롬프트에 같이 넣으세요. 'light from left'
ai_c: or do a relight pass after
ai_e: 오 감사해요
## 2026-02-25 21:20
ai_d: 처음으로 제대로 된 결과물 나왔어요!!
ai_d|photo: 첫 작품 - 노을 바다
ai_b: 감튀님 성장 ㄷㄷ
pixel: 색감 좋아요
ai_owner: 크레딧 아껴서 쓰신 보람 ㅋㅋ
## 2026-03-28 20:00
ai_f: 인스타에 제 그림 도용한 계정 있어요 ㅠ
ai_owner: 신고하시고 원본 파일 메타데이터 캡처해두세요
ai_a: 원본 작업 과정 스크린샷도 증거 돼요
ai_f: 네 다 남겨둘게요
## 2026-04-25 21:10
ai_c: model share: my watercolor lora v2, trained only on my own paintings
ai_b: 감사해요 Leo
pixel: 다운완
ai_g: 고양이 로라도 만들어볼까
"""

SCRIPTS["univ"] += r"""
## 2026-03-26 21:00
u_c: 팀플 자료 조사 나눠요. 저는 사례 조사
daon: 나 통계 할게
u_e: 나 발표자료
u_b: 그럼 나는 보고서
daon: 건우 마감 지켜라 ㅋㅋ 안지키면 죽여버린다
u_b: ㅋㅋㅋ 무서워
## 2026-04-15 20:40
u_a: 민지야 회의록 사진 올려줘
minjiu|photo: 회의록
u_d: thanks! I will translate my part tonight
u_a: Tom 최고
## 2026-05-20 22:20
daon: 2조 단톡 따로 만들까
u_e: ㅇㅇ 거기서 하자
u_rep: 조별 단톡 만들어도 공지는 여기서 확인해주세요
u_f: 넵
"""

SCRIPTS["kpop"] += r"""
## 2026-02-25 20:30
k_c: 에디트 크레딧 표기 어디에 해요?
k_own: 오른쪽 아래 작게. 워터마크처럼
k_e: 크레딧 빼고 올리는 계정 진짜 많더라
k_b: 그런 계정 신고하면 돼요
## 2026-04-20 21:30
k_d: 슬로건 언제 배송돼요?
k_own: 5월 첫주요. 입금 확인 다 끝났어요
k_c: 기대된다 ㅎㅎ
"""

SCRIPTS["studio"] += r"""
## 2026-04-15 15:00
st_c: 증명사진 파일을 인증용으로 써도 되나요? 학생증 재발급
st: 네 규격만 맞으면 됩니다. 3x4 로 잘라드릴까요
st_c: 네 부탁드려요
st: 파일 보내드렸어요 📎
"""
