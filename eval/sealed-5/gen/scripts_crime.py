"""Criminal rooms of sealed-5: hand-written lines (format: lines.play)."""
from lines import ACC, E, play

CHANNEL = r"""
== 2026-09-01 22:10
c1=chan: 🍯 꿀단지 샘플방 오픈\n여기는 맛보기만 올라오는 곳임. 본방은 따로 있음\n규칙 읽고 들어와라
chan: 1. 캡처 금지 2. 외부 유출시 영구밴 3. 징징 금지
!pin c1 <yeoul
~ 1400
chan[photo]: 오늘 샘플. 얼굴은 가렸음 원본은 아카이브에
chan: 반응 좋으면 더 푼다
~ 1500
chan: 지인 작업 접수는 접수처 그룹으로 → t.me/+kkuldanji_desk
chan: 접수할때 사진 3장 이상 + 어디 사람인지(학교/회사) 같이 적어야 빨리 됨
~ 2800
chan[photo]: 신상 업뎃 #B-04
chan[photo]: #B-05 이건 회사 언니 작업본 일부
~ 3000
chan: 아카이브 월 구독 {$5만원} / 3개월 {$13만원}\n결제수단: 계좌, 문상, 코인(BTC/ETH)\n문의는 접수처에서 먹선한테
~ 4000
chan: 어제 구독자 40명 넘음 ㄳ
chan[video]: 예고편
~ 3000
chan: ⚠️ 접수처에 본인 얼굴 올리는 사람 있던데 그런거 안받음. 지인 거만
~ 2900
chan[photo]: 클라우드 털린 거 한 세트 들어옴. 아카이브에 풀림
chan: 샘플은 여기까지
~ 4300
chan: 공지) 접수처 링크 바뀜 t.me/+kkul_desk2\n예전 링크 들어오는 놈들 다 정리함
~ 3000
chan: 9월 구독자 중 재결제 안 한 분들 내일 강퇴 예정
chan: 입금자명 닉네임으로 해라 제발. 실명으로 보내놓고 왜 확인 안되냐고 하지 말고
~ 3500
chan[photo]: #C-01 대학생 작업 샘플
chan[photo]: #C-02
chan: C 시리즈는 10월 아카이브 전용
~ 5000
chan: 10월 가격 조정\n월 구독 {$6만원} (문상은 {$7만원})\n이더는 시세대로
chan: 이미 결제한 분들은 그대로 유지
~ 4000
chan: 여러분 덕분에 1000명 돌파 ㅋㅋ 근데 반은 눈팅이겠지
~ 2500
chan[photo]: 클라우드 세트 #D-01 미리보기
chan[photo]: #D-02
chan[photo]: #D-03
chan: 전체본은 아카이브. 궁금하면 결제하고 들어와
~ 6000
chan: 요즘 신고 들어온다고 함. 링크 함부로 퍼가지 마셈
chan: 백업 채널은 아카이브 안에서만 알려줌
~ 3500
chan: 11월 결제 받습니다. 계좌 바뀌었으니 아카이브 공지 확인
~ 2000
chan[photo]: 이번주 샘플
chan: 무료는 이번이 마지막일수도
~ 3000
chan: 공지방 잠깐 멈춤. 다음 소식은 아카이브에서
"""

GROUP = r"""
== 2026-09-02 21:30
!create <yeoul 꿀단지 접수처
g1=yeoul: 여기서 접수 받음. 사진 + 정보 같이 올리고 뭐 원하는지 적으면 됨\n작업자가 보고 가능하면 답 줌
yeoul: 상대 얼굴 잘 나온 걸로 3장 이상. 단체사진은 ㄴㄴ
!pin g1 <yeoul
+kkami<yeoul
+podo<yeoul
+mukseon<yeoul
kkami: 안녕하세요~ 여기 관리 같이 봅니다
+mint
+kk
+samdasu
+j00
+j01
mint: 오 여기구나
mint: 접수 아무나 돼요?
kkami>: ㅇㅇ 규칙만 지키면
kk: 생각보다 사람 많네
samdasu: 여기 경찰 들어와있는거 아님? ㅋㅋ
kk>: 들어와있으면 너부터 잡혀감
samdasu: ㅡㅡ
+j02
+j03
+bamsae
~ 90
mint[photo]: 과 동기. 한결대 간호학과 21학번이고
mint[photo]: 인스타는 @soyeon_kwon
mint: 이니셜로 ㄱㅅㅇ이라고 하면 과에서 다 알아요
podo>: 사진이 좀 작은데 원본 없음?
mint>: 인스타에서 딴거라 이게 최대에요 ㅠ
podo: ㅇㅋ 일단 해봄 3~4일
bamsae: 간호학과면 실습 다니는 애 아님? ㅋㅋ
mint>: ㅇㅇ 요즘 병원실습
kk: 와 실명 까는 건 좀 ㄷㄷ
mint: 실명은 안 깠는데요?? 이니셜임
kk>: 학교 학과 학번에 인스타까지 올렸으면 그게 실명이지 ㅋㅋㅋ
+j04
+nugu
nugu: 여기 뭐하는 방이에요? 링크 타고 왔는데
kkami>: 공지 읽으셈
nugu: 넹
== 2026-09-04 22:40
+j05
+j06
+najam
najam: 회사 사람도 됨?
yeoul>: 됨
najam: 같은팀 {mn:daeun|정다은} 이라고 있는데 진짜 개짜증나게 함
najam[photo]: 회식때 찍은거
najam: 텔레는 안 하는듯 연락처만 있음
podo>2: 회식사진은 조명 별로라 작업 티남 다른거 더 있으면 주셈
najam: 주말에 더 구해볼게요
+j07
+toto
toto: ㅎㅇㅎㅇ
bamsae: 오늘 날씨 미쳤네 9월인데 왜이리 더움
toto>: 에어컨 아직 틀고 잠 ㅋㅋ
+lemon
lemon: 이름만 알아도 가능해요? 사진은 없고
podo>: 사진 없으면 뭘 작업함 ㅋㅋ
lemon: 아니 도채린이라고 그 유튜브 하는 애 있는데 사진은 거기서 따면 되지않나
yeoul>: 공인 가까운 애는 안 받음. 귀찮아짐
lemon: 구독자 3천명인데 무슨 공인이에요
yeoul>: 안 받는다고
lemon: ㅇㅋ..
== 2026-09-06 23:05
+j08
+j09
+j10
+sikgu
+pooh
pooh: 전여친도 되나요
kkami>: 지인이면 다 됨
pooh: @haeun_0412 이거 계정이고 사진은 지금 올릴게요
pooh[photo]: 
pooh[photo]: 
pooh: 헤어진지 반년 됐는데 아직도 저 욕하고 다닌다길래
sikgu>: 복수극 ㄷㄷ
pooh>: 복수 아니고 그냥 정의구현임
kk>: 'ㅈㅇ구현' ㅋㅋㅋㅋ 오늘의 명언
pooh: 꼽주지마셈
podo>5: 사진 괜찮음 이거 빨리 됨
== 2026-09-08 21:20
+ramen
+j11
+j12
ramen: 작업 기간 보통 얼마나 걸려요
podo>: 사람마다 다름 밀려있으면 일주일
ramen: 돈 더 내면 빨리 돼요?
ramen[photo]: 일단 접수할게요 학원 같이 다니는 애
ramen: 사진 더 있음 말해주세요
yeoul>: 급행 {$2만원} 추가
ramen: 오케이 생각해볼게요
+daltokki
daltokki: 안녕하세여 채나은 이라고 동아리 후배인데 접수 가능한가요
daltokki[photo]: 
daltokki[photo]: 
daltokki: 인스타 비공계라 사진 이게 다에요
podo>: ㅇㅋ 접수
daltokki: 감사합니당 ㅎㅎ
samdasu: 다들 너무 대놓고 올리는거 아님? 나중에 다 털림
daltokki>: 그럼 님은 왜 여기 있음
samdasu>: 구경
+j13
+j14
+gwang
gwang: 여기 방장이 여울님?
kkami>: ㅇㅇ
== 2026-09-11 20:10
yeoul: 공지) 작업물은 전부 아카이브로만 나감. 여기서 달라고 징징대지 마셈
yeoul: 아카이브 결제는 먹선한테. DM은 이 계정 말고 @yeoul_desk 로 주세요 (제 거)
mukseon: 결제 문의는 저한테 주시면 됩니다~
+j15
+j16
+heugu
heugu: 아카이브 얼마에요
mukseon>: 월 {$5만원}입니다 공지 참고해주세요
heugu: 비싸네
kk>: 치킨 두마리 값이면 싼거지 ㅋㅋ
heugu>: 그 돈이면 치킨을 먹지
+jjinbbang
jjinbbang: 특정인 요청은 어디로 함?
yeoul>: 갠톡
jjinbbang: 넵
+squid
+j17
+j18
squid: 어제 올린 B-05 뭐임 회사 언니라는거
kk>: 아카이브 가면 나옴 ㅋㅋ 영업 오지네
== 2026-09-14 22:50
mint: 혹시 ㄱㅅㅇ 건 어떻게 됐어요?
podo>: 됐음 아카이브 9월2주차에 올라감
mint: 헐 감사요
mint: 근데 저 아카이브 결제 안 했는데 ㅠ
podo>: 그럼 결제하셈 ㅋㅋ
bamsae: 요청자한테는 공짜로 주는게 상도덕 아님?
yeoul>: 그런 상도덕 없음
+j19
+j20
+haneul
haneul: 근데 권소연 이름 검색하면 나오는 그 사람 맞음? 같은 과라던데
mint>: 쉿 여기서 실명 ㄴㄴ
haneul>: ㅈㅅㅈㅅ
haneul*: 아무튼 간호학과 소문 벌써 돌던데
samdasu>: 그러니까 조심하라고
+jeolmi
jeolmi: 오늘 처음인데 분위기 좋네여
jeolmi: 다들 몇살임
nugu>: 그런거 묻는거 아님
jeolmi>: 아 넹
== 2026-09-17 23:40
ramen: 저 계정 곧 정지될거같아서 미리 말함\n부계 @ramen_go2 로 옮길게요
kk: 신고 먹음? ㅋㅋ
ramen>: 스팸신고 몇번 먹음
kk: @ramen_go 이 양반 벌써 세번째 계정인데
ramen>: 세번째 아니고 두번째임 ㅡㅡ
+j21
+j22
+oo_c
oo_c: ㅇㅇ
oo_c: 닉 대충 지었음
toto>: 성의 ㅋㅋ
+phoneguy
phoneguy: 직장 선배 작업 가능한가요. 사진 여러장 있어요
podo>: ㅇㅇ 올리셈
phoneguy[photo]: 
phoneguy[photo]: 
phoneguy[photo]: 
phoneguy: 혹시 급하면 제 번호 {PHONE_F} 문자 주세요 텔레 잘 안 봐서
kkami>: 번호 올리지 마요 여기 공개방임
phoneguy>: 아 지울게요
phoneguy: 지움?? 안 지워지네 관리자님이 지워주세요
kkami>: 귀찮 ㅋㅋ 그냥 둠
== 2026-09-20 21:15
+ramen2
ramen2: 라면먹고갈래 입니다 본계 정지먹어서 이걸로 옴
toto>: 살아돌아왔네
ramen2: 작업 접수한거 그대로 진행되는거죠?
podo>: ㅇㅇ
+j23
+j24
+j25
+ppang
ppang: 여기 들어오면 샘플 더 볼수있음?
kk>: 샘플은 채널 ㅋㅋ 여긴 접수처
ppang: 아하
lemon: 도채린 건 진짜 안돼요? 돈 더 드릴게
yeoul>: 안 된다고 몇번 말함
lemon: 그럼 제가 사진 직접 구해오면요
yeoul>: 그럼 생각해봄
kk: '돈 더 드릴게' ㅋㅋㅋ 이 방 단골멘트
== 2026-09-24 22:00
najam[photo]: 다은이 사진 더 구했음 주말 등산사진
najam: 이번엔 밝게 나옴
podo>: 이건 됨
najam: 언제쯤?
podo>: 다음주
najam: ㄱㅅ
sikgu: 등산까지 따라감? ㄷㄷ
najam>: 회사 워크샵임
+j26
+j27
gwang: 요즘 추석 끝나고 사람 너무 많이 들어옴
bamsae>: 링크 퍼진듯
samdasu: 이러다 기사 나오는거 아님
bamsae>: 기사 나오면 그때 나가면 됨 ㅋㅋ
samdasu>: 그때 나가면 늦음 바보야
== 2026-09-29 23:30
jjinbbang: 갠톡 보냈는데 답이 없네요 @yeoul_desk 맞죠
samdasu: @yeoul_desk 이거 누구 계정임? 여울님?
yeoul>2: 맞음 확인할게
+j28
+j29
+j30
+j31
== 2026-10-03 21:00
kkami: 공지) 개인정보(주소, 전화번호) 함부로 쓰지 마셈. 작업 받을 때 이름 학교 정도만
kkami: 방금 누가 집주소 올렸길래 지움
gwang>: 누구임 ㅋㅋ
kkami>: 말 안함
daltokki: 채나은 건 진행 어떻게 돼요
podo>: 됐음 아카이브
daltokki: 오 빠르다
daltokki: 근데 걔 친구가 눈치챘는지 저한테 자꾸 연락옴 ㅋㅋ
kk>: 누가 찌름?
daltokki>: 몰라 과에 소문난듯
yeoul: 그런 거 여기서 떠들지 말고
daltokki: 넵
+j32
+j33
== 2026-10-08 22:30
pooh: 전여친 건 몇 개 더 돼요?
podo>: 전여친 누구요 한두명이 아님 ㅋㅋ
pooh>: 아 9월에 접수한 전여친 @haeun_0412
podo>: 아 그거 3개 더 가능
pooh: 콜 결제는 먹선님께?
mukseon>: 네 아카이브 결제랑 별도로 작업비 {$3만원} 입니다
pooh: 넵 내일
+j34
+j35
toto: 다들 주말에 뭐함
bamsae>: 롤
toto>: 티어?
bamsae>: 말 안함 ㅋㅋ
haneul: 실버 냄새
bamsae>: 골드거든
+j36
== 2026-10-15 21:45
mint: 소연이 건 과 단톡에 누가 돌렸다던데 진짜임?
podo>: 아카이브 밖으로 돈건 내가 한거 아님
mint: 아 ㄷㄷ 누가 퍼감
yeoul: 밖으로 퍼간 놈 찾으면 영구밴
samdasu: 거봐 털린다니까
kk>: 사이다 안 마시고 삼다수만 마셔서 그럼 ㅋㅋ
samdasu>: 뭔소리야
+j37
+j38
+j39
ramen2: 저 급행 건 결제함 확인 부탁
mukseon>: 확인했습니다 ㄳㄳ
== 2026-10-22 23:00
+j40
+j41
+j42
gwang: 요새 작업 퀄 떨어진듯
podo>: 그럼 님이 하던가
gwang>: ㅋㅋ 농담임
nugu: 작업자 몇명임?
podo>: 비밀
jeolmi: 채널 알림 꺼놨더니 샘플 다 놓침 ㅋㅋ
kkami>: 알림 켜세요
+j43
+j44
== 2026-11-02 22:20
kkami: 공지) 신고 들어와서 링크 교체함. 새 링크 아카이브에서만 공유
kkami: 여기 조용히 있던 분들 정리 들어갑니다
-j05<kkami
-j06<kkami
-j09<kkami
-j12<kkami
-j16<kkami
ppang: 헉 나는 살아남음
kk>: 다음 차례 ㅋㅋ
+j45
+j46
+j47
+j48
+j49
phoneguy: 직장 선배 건 진행 중인가요
podo>: 이번주 안
phoneguy: ㄱㅅ합니다
== 2026-11-09 21:10
yeoul: 당분간 접수 안 받음. 밀린 거 먼저 처리
lemon: 헐 저 사진 구해왔는데
yeoul>: 다음 달에
lemon>: ㅠㅠ
daltokki: 누가 제 계정 신고한듯 ㅋㅋ 인증 떴음
kk>: 그 친구가 한거 아님?
daltokki>: 아마도 ㅋㅋ 근데 별로 안 무서움
samdasu: 나 이 방 나감 진짜 무서움
kk>: 말만 하고 안 나가는거 ㅇㅈ?
samdasu>: ㅇㅈ
== 2026-11-14 23:30
gwang: 여울님 요즘 안 보이네
kkami>: 바쁨
toto: 접수 닫았으면 이 방 왜 유지함
kkami>: 공지용
bamsae: 다른 방 생기면 알려주세요
kkami>: 알아서 찾아오셈 ㅋㅋ
haneul: 아 그리고 누가 기자한테 제보했다던데 진짜임?
samdasu>: 봐 내가 뭐랬음
kk>: "나 이 방 나감 진짜 무서움" - 삼다수, 11월 9일
samdasu>: 나갈거라고 ㅡㅡ
-samdasu<kkami
kk: ㅋㅋㅋㅋ 소원 성취
"""

ARCHIVE = r"""
== 2026-09-05 23:00
!create <yeoul 꿀단지 아카이브
+kkami<yeoul
+mukseon<yeoul
a1=yeoul: 아카이브 규칙\n1) 월 구독. 매달 5일까지 재결제 안 하면 자동 강퇴\n2) 저장/캡처 걸리면 환불 없이 밴\n3) 결제 확인은 먹선이 함
!pin a1 <yeoul
mukseon: 결제 계좌 우리 {MULE1} (예금주 다름 신경쓰지 마세요)\n문상은 컬쳐랜드/해피머니 핀번호 여기 말고 저한테 갠톡\n코인은 BTC {OPBTC} / ETH {OPETH}
!pin a1 <mukseon
~ 600
+heugu<mukseon
heugu: 우리 {MULE1} 으로 {$5만원} 보냈어요 입금자명 흑우
mukseon>: 확인완료 환영합니다
heugu: ㄳ
kkami[zip]: 9월 1주차 모음
kkami[photo]: 미리보기
kkami: 압축 비번은 공지 참고
+squid<mukseon
squid: 저도 우리 {MULE1} 입금함 {$50,000원}
mukseon>: 네 확인이요
squid: 혹시 잘못 보냈을때 환불은 카뱅 {SQUID_BANK} 로 부탁
mukseon>: 환불은 원래 안 해드리는데 일단 알겠습니다
~ 900
+najam<mukseon
najam: 결제했어요 ETH로
najam: {$0.02 ETH} 보냈음 tx 확인해주세요
mukseon>: 몇 ETH요? 금액 정확히
najam>: {$0.021 ETH} 네요 수수료 빼고
mukseon>: 확인 ㅇㅋ
~ 30
najam: 근데 다은이 건 언제 올라와요
kkami>: 작업 끝나면 알려줌
== 2026-09-10 22:10
+munsang<mukseon
munsang: 문상으로 했어요 컬쳐랜드 {PIN1} 이랑 {PIN2}
mukseon>: 갠톡으로 달라니까요 ㅋㅋ 일단 확인함
munsang>: 아 죄송 ㅠ
kkami[photo]: #B-04 원본 일부
kkami[photo]: 
kkami[zip]: B 시리즈 01~06
munsang: 와 빠르네
+jay<mukseon
jay: BTC sent to {OPBTC}
mukseon>: 금액?
jay>: {$0.0006 BTC}
mukseon>: 살짝 모자란데 다음에 채워주세요 이번은 넘어감
jay: thx
~ 1500
+chal<mukseon
chal: 저도 {OPBTC} 로 보냄 {$0.0007 BTC}
mukseon>: 확인됐어요
chal: 환불 주소는 제 지갑 {CHAL_BTC}
mukseon>: 환불 없다니까 다들 왜 이럼 ㅋㅋ
~ 900
+dawn<mukseon
dawn: 비트 보냈습니다
dawn: 혹시 문제 생기면 제 지갑 {DAWN_BTC} 로 돌려주세요
mukseon>: 넹 확인
== 2026-09-15 23:20
kkami: 9월 2주차 업로드
kkami[zip]: 
kkami[photo]: ㄱㅅㅇ 간호 미리보기
kkami: 접수처 요청분 들어가 있음
heugu: ㅋㅋ 이게 그 간호학과
squid>: 소문 났다던데
kkami>: 여기서 그런 얘기 ㄴㄴ
+ghost<mukseon
ghost: 이더 보냄 {OPETH}
ghost: 환불은 내 지갑 {REFUND_ETH}
mukseon>: 확인 ㅇㅋ
+minjun_c<mukseon
minjun_c: 토스로 보내도 돼요? 우리은행 계좌로
mukseon>: 상관없음
minjun_c: {$5만원} 보냈습니다 민준으로
mukseon>: 확인
~ 800
+jjinbbang<mukseon
jjinbbang: 입금 완료 {$5만원}
mukseon>: 입금자명이 뭐에요
jjinbbang>: 찐빵
mukseon>: 확인됨
== 2026-09-22 22:45
kkami[zip]: 9월 3주차
kkami[photo]: 클라우드 세트 맛보기
jay: 이거 클라우드 어떻게 땀? ㅋㅋ
kkami>: 영업비밀
dawn: 클라우드 건 풀버전 언제
kkami>: 이번주 금요일
munsang: 문상 추가요 {PIN3}
mukseon>: 핀 {PIN3} 확인완료
chal: 금요일 기대
== 2026-09-29 21:30
kkami: 9월 4주차
kkami[zip]: 
kkami[zip]: 
najam: 다은이 거 들어갔나요
kkami>: 2번 파일
najam: 감사 ㅎㅎ
+phoneguy<mukseon
phoneguy: 결제했습니다 {$5만원} 입금자명 ㅂㄷㅎ
mukseon>: 확인
== 2026-10-04 20:00
mukseon: 📢 10월 재결제 안내. 5일까지 안 하시면 정리합니다\n계좌 그대로 우리 {MULE1}\n10월부터 월 {$6만원}
heugu: 우리 {MULE1} {$6만} 보냄
mukseon>: 흑우님 금액은 {$6만원} 맞죠?
heugu>: ㅇㅇ {$6만원}
squid: 재결제 {$60,000원} 완료
mukseon>: ㅇㅋ
jay: BTC again {OPBTC}
jay: {$0.00085 BTC}
mukseon>: 확인
ghost: 이번달도 이더
mukseon>: 확인 ㅇㅋ
== 2026-10-06 12:30
-minjun_c<mukseon
-jjinbbang<mukseon
-munsang<mukseon
mukseon: 재결제 안 한 3명 정리. 다시 들어오고 싶으면 갠톡
+jjinbbang<mukseon
jjinbbang: 늦게 결제했어요 ㅈㅅ {$6만원}
mukseon>: 확인. 다음엔 5일 전에
== 2026-10-09 22:00
kkami: 10월 1주차 업로드 C 시리즈
kkami[zip]: 
kkami[photo]: 
chal: C-01 그 대학생?
kkami>: ㅇㅇ
dawn: 퀄 좋네요
+ramen2<mukseon
ramen2: 입금했어요 {$6만원} + 급행비 {$2만원}
mukseon>: 둘 합쳐서 {$8만원} 확인
~ 1500
jay: 주소 이거 맞죠 {OPBTC_BAD}
mukseon>: 아니 끝에 오타남 공지 거 복사해요
jay>: 아 ㅈㅅ
== 2026-10-17 23:10
kkami[zip]: 10월 2주차
najam: 여기 사람들 다 회사원임? ㅋㅋ
heugu>: 난 학생
squid>: 백수
dawn: 주식 다 물려서 여기서 힐링중
chal>: 힐링 ㅋㅋㅋ
yeoul: 잡담은 접수처에서 하라고
== 2026-10-26 00:40
ghost: 이 계정 곧 지울거임
kkami>: ㅇㅋ
== 2026-10-30 21:50
kkami[zip]: 10월 4주차 + 클라우드 세트 D
+ghost2<mukseon
ghost2: 아까 계정 날라가서 새로 팜 전에 이더로 결제하던 사람임
ghost2: 내 지갑 {REFUND_ETH} 이거 보면 알거임
mukseon>: ㅇㅇ 확인 그대로 유지
== 2026-11-03 20:30
mukseon: 📢 11월 결제 계좌 변경\n토스뱅크 {MULE3}\n이전 계좌로 보내지 마세요 (정지됨)
heugu: 헐 저 이미 우리로 보냈는데
mukseon>: 언제요
heugu>: 어제 밤
mukseon>: 그건 들어옴 ㄱㅊ
squid: 토스뱅크 {MULE3} 으로 {$6만원}
mukseon>: 확인
chal: 이번엔 이더로 {OPETH}
chal: {$0.02 ETH}
mukseon>: 확인
dawn: 비트 또 보냄
mukseon>: ㅇㅋ
ghost2: 이더 완료
mukseon>: 확인
jay: 이번달은 패스할게요 돈이 없음
mukseon>: ㅇㅋ 6일날 정리됨
== 2026-11-06 13:00
-jay<mukseon
-ramen2<mukseon
-phoneguy<mukseon
mukseon: 11월 미결제 정리 완료
~ 600
kkami[zip]: 11월 1주차
yeoul: 당분간 업로드 느려짐. 신고 때문에 조심중
dawn: 백업방 있나요
yeoul>: 있음 나중에 개별로 알려줌
== 2026-11-15 22:20
chal: 백업방 링크 언제 줘요
yeoul>: 결제자만 DM
heugu: 11월 것도 결제했는데 업로드가 없네요
kkami>: 담주
squid: 계좌 또 바뀌는 거 아니죠
mukseon>: 당분간은 토스뱅크 그대로
ghost2: 이더 가격 떨어졌는데 {$0.02 ETH}로 계속 받아요?
mukseon>: 12월에 다시 공지함
"""

STAFF = r"""
== 2026-09-03 20:00
!create <yeoul 운영
+mukseon<yeoul
+podo<yeoul
+kkami<yeoul
yeoul: 역할 정리\n나: 총괄, 클라우드 건\n먹선: 결제 확인, 강퇴\n포도: 작업\n까미: 업로드랑 접수처 관리
mukseon: ㅇㅋ
podo: 작업비는 건당?
yeoul>: 건당 만원 + 아카이브 수익 20%
podo>: 콜
kkami: 채널 샘플은 누가 올림
yeoul>: 내가 올림
== 2026-09-07 01:10
yeoul: 클라우드 하나 뚫음. 윤서진이라고 직장인
mukseon: 어케 뚫음?
yeoul>: 비번 재사용 ㅋㅋ 다른 사이트 유출된거랑 같음
kkami: 그거 아카이브용임 아님 따로?
yeoul>: 둘 다. 본인한테 먼저 연락해봄 돈 나오면 좋고
podo: 흠 그건 좀 위험하지 않나
yeoul>: 안 위험함 내가 알아서 함
== 2026-09-09 23:40
mukseon: 9월 결제자 현재 11명
yeoul: 생각보다 적네
kkami: 접수처는 60명 넘음 대부분 눈팅
yeoul>: 눈팅은 때 되면 정리
podo: 작업 밀림 ㄱㅅㅇ 건 먼저 함
kkami: 인스타 @soyeon_kwon 계정 비공계로 바뀜 ㅋㅋ 눈치챈듯
yeoul>: 상관없음 사진 이미 있음
== 2026-09-13 21:00
yeoul: 서진 아직 버팀. 반말로 좀 세게 했는데
mukseon: 얼마 부름
yeoul>: {$300만원}
mukseon: 세다 ㅋㅋ
yeoul: 회사 이름까지 알고 있다니까 떨긴 떰
podo: 회사 어딘데
yeoul>: 그건 몰라도 됨
== 2026-09-18 22:30
kkami: 라면먹고갈래 그 사람 계정 바꾼대요 @ramen_go2
mukseon>: 결제 이력은 이어줘야되나
yeoul>: 이어줘
podo: 도채린 건 계속 요청 들어옴
yeoul>: 걔 유튜버라 안 함. 관심 끌면 안 됨
== 2026-09-21 02:00
yeoul: 서진 {$50만원} 입금함. 나머지 주말까지 받기로
mukseon: 어느 계좌로?
yeoul>: 케뱅 {MULE2}
mukseon: 그 계좌 아직 살아있음?
yeoul>: 이번주까지는
== 2026-09-26 23:15
yeoul: 서진 나머지 안 보냄. 경찰 갔을수도
kkami: 그럼 아카이브에 클라우드 세트 풀어요?
yeoul>: 일단 대기
mukseon: 경찰 갔으면 계좌 다 끊어야됨
yeoul>: 알아
== 2026-10-01 22:00
podo: 채나은 건 끝남
podo: 근데 달토끼 그 사람이 너무 떠벌림
kkami: 접수처에서 한번 경고함
yeoul: 한번 더 그러면 강퇴
== 2026-10-05 20:00
mukseon: 10월 재결제 12명 미결제 3
yeoul: 미결제는 내일 정리
mukseon>: ㅇㅋ
kkami: 내 알바 하나 더 들일까 업로드 힘듦
yeoul>: 아직은 ㄴㄴ
== 2026-10-12 23:30
yeoul: 찐빵이 갠톡으로 박예린 요청함. 세화여대 미디어학과래
podo: 사진 있음?
yeoul>: 보낸다 함. 선입금 받음
mukseon: 얼마 받았어요
yeoul>: 특정인이라 {$15만원}
podo: 콜 그럼 내가 함
== 2026-10-20 21:10
kkami: 윤서진 세트 D로 풀었어요
yeoul>: ㅇㅋ
mukseon: 케뱅 계좌 정지먹음
yeoul>: 토스뱅크로 바꿔 {MULE3}
mukseon>: 11월부터 공지 바꿀게요
== 2026-10-28 00:20
podo: 요즘 신고 엄청 들어오나봄
kkami: 접수처 링크 두번 털림
yeoul: 채널 일단 멈추고 아카이브만 굴림
yeoul: 연락은 다 @yeoul_desk 로 모아. 이 계정 곧 정리함
mukseon: ㅇㅋ
== 2026-11-04 22:00
+desk<yeoul
desk: 예전에 @yeoul_desk 쓰던 사람임. 아이디는 바꿨고 본계는 곧 정리함 이제 이걸로
mukseon: ㅋㅋ 여울님 맞죠?
desk>: ㅇㅇ
podo: 닉 문의 ㅋㅋ 센스
desk: 11월 정리하고 12월에 새로 팜
kkami: 그럼 접수처는?
desk>: 닫아
== 2026-11-12 23:50
mukseon: 11월 결제 9명
desk: 적당히 하고 빠지자
podo: 작업 남은거 3개
desk>: 그거까지만
"""

DM_SEOJIN = r"""
== 2026-09-08 23:12
yeoul: 윤서진 맞지
yeoul: 아이클라우드 비번 바꿔도 소용없어 이미 다 받아놨음
seojin: 누구세요?
yeoul>: 알 필요 없고
yeoul[photo]: 이거 네 사진첩 맞지
seojin: 이거 어떻게 가지고 있어요
seojin: 장난치지 마세요 신고할게요
yeoul>: 신고해 ㅋㅋ 그 전에 회사 사람들이 먼저 볼 거임
yeoul: 너 다니는 회사 인사팀 메일 주소도 있어
seojin: 제발 그러지 마세요
yeoul: 조용히 끝내고 싶으면 {$300만원}
seojin>: 그런 돈 없어요
yeoul>: 구해
yeoul: 48시간 준다
== 2026-09-09 21:40
seojin: 지금 가진 게 진짜 없어요 학자금도 갚고 있어요
yeoul: 그건 네 사정이고
yeoul: 24시간 남음
seojin: 조금만 기다려 주시면 안 될까요
yeoul>: 얼마 되는데
seojin>: {$50만원}이요 당장은
yeoul: 장난하냐
~ 30
yeoul: 일단 {$50만원} 보내고 나머지 일주일
yeoul: 케이뱅크 {MULE2}
seojin: 보내면 정말 지워주시는 거죠?
yeoul>: 약속은 지킴
== 2026-09-11 10:20
seojin: 보냈어요 {$50만원}
yeoul>: 확인
yeoul: 남은 거 {$250만원} 토요일까지
seojin: 그건 정말 불가능해요
yeoul: 너 집 주소도 알아. 부모님 댁도
seojin: 제발요
== 2026-09-13 22:00
yeoul: 오늘 토요일인데
seojin: ...
yeoul: 답 안하네
yeoul: 12시간
== 2026-09-14 10:05
yeoul: 6시간
yeoul: 3
seojin: 경찰에 상담했어요 더 연락하지 마세요
== 2026-09-14 13:30
yeoul: 서진씨 제가 좀 심하게 말했네요
yeoul: 경찰 가셔도 달라지는 건 없어요. 저 해외 서버라 못 잡습니다
yeoul: 대신 {$100만원}만 보내주시면 여기서 정리할게요 진심입니다
yeoul: 이번 주 금요일 자정까지만 기다리겠습니다
seojin>: 보내도 또 달라고 하실 거잖아요
yeoul>: 아니요 이번이 마지막입니다. 약속드립니다
== 2026-09-19 23:59
yeoul: 자정입니다
yeoul: 답 없으시면 사진 공개하겠습니다
~ 60
yeoul: 마지막 기회드려요
"""

DM_YUJIN = r"""
== 2026-10-02 19:40
yujin: 달토끼 님 맞으세요?
yujin: 채나은 친구인데요
daltokki: 누구세요 모르는데
yujin>: 나은이 사진 이상한 방에 올린 거 당신이잖아요
daltokki: 무슨 소리세요 ㅋㅋ
yujin: 동아리 사람들이 캡처 보여줬어요. 닉네임 똑같던데
daltokki: 닉네임 같은 사람이 한둘인가
yujin: 지금 당장 내리라고 해요. 안 그러면 신고해요
daltokki>: 신고 ㄱㄱ 해봐요 ㅋㅋ
yujin: 진짜 할 거예요. 이미 학교 상담센터에도 얘기했어요
~ 20
daltokki: 김유진 맞지? 경영학과 22학번
yujin: 어떻게 알아요
daltokki>: 나은이 인스타 맞팔에 너 있더라
daltokki: 너도 올려줄까? 사진 많던데
yujin: 협박하는 거예요?
daltokki>: 아니 물어본 거
daltokki: 조용히 있으면 아무 일 없음
== 2026-10-05 22:10
yujin: 나은이 지금 학교도 못 나가요
daltokki: 그래서 나한테 어쩌라고
yujin: 내리라고요
daltokki: 내가 올린 거 아니라니까 ㅋㅋ
yujin: 그럼 왜 제 학번까지 아는데요
daltokki>: 다 보이는 거잖아
daltokki: 계속 이러면 너 사진도 접수함
yujin: 캡처했어요 이거
daltokki: 하셈 ㅋㅋ 어차피 못 잡음
== 2026-10-09 01:00
daltokki: 신고했냐?
daltokki: 내 계정 인증 뜸
yujin: 했어요
daltokki: 너 후회한다
daltokki: 너 알바하는 카페도 알아
yujin: 더 연락하지 마세요
"""

DM_JJIN = r"""
== 2026-10-10 22:30
jjinbbang: 안녕하세요 접수처 찐빵입니다
jjinbbang: 특정인 요청 가능한가요 아카이브엔 없는 사람
yeoul: 누군데
jjinbbang: 박예린이요 세화여대 미디어학과 23학번
jjinbbang: 알바하던 곳 같이 일했어요
yeoul>: 사진 있음?
jjinbbang: 네 몇장
jjinbbang[photo]: 
jjinbbang[photo]: 
yeoul: 이건 따로라 비쌈 {$15만원} 선입금
jjinbbang: 헐 좀 깎아주세요 {$10만원} 어때요
yeoul>: ㄴㄴ 싫으면 말고
jjinbbang: ㅠ 알겠어요 어디로요
yeoul: 문상도 받음. 아니면 케뱅 {MULE2}
== 2026-10-11 14:00
jjinbbang: 문상 나눠서 보낼게요\n{PIN4}\n{PIN5}\n{PIN6}
yeoul: 3장이면 {$15만원} 안됨
jjinbbang: 하나 더요 {PIN7}
yeoul: 잔액 확인하고 알려줌
~ 40
yeoul: 확인 됨
jjinbbang: 언제쯤 돼요?
yeoul>: 2주
jjinbbang: 혹시 얼굴 티 안 나게 해주실 수 있어요? 아는 사람 많아서
yeoul>: 그건 작업자한테 말할게
== 2026-10-25 23:00
jjinbbang: 예린 건 어떻게 됐어요
yeoul: 다음주
jjinbbang: 벌써 2주 지났는데요 ㅠ
yeoul>: 밀림. 재촉하면 더 늦어짐
jjinbbang: 넹..
== 2026-11-01 21:00
yeoul[zip]: 
yeoul: 비번은 네 닉
jjinbbang: 감사합니다!!
jjinbbang: 혹시 이거 아카이브에는 안 올라가죠?
yeoul>: 안 올림 ㅇㅇ
jjinbbang: 👍
"""


def chats():
    out = []
    for name, ctype, date, sparse, script, admin in [
        ("🍯 꿀단지 샘플방", "public_channel", "2026-11-20", False, CHANNEL, None),
        ("꿀단지 접수처", "public_supergroup", "2026-11-20", False, GROUP, "여울"),
        ("꿀단지 아카이브 🔒", "private_supergroup", "2026-11-20", False, ARCHIVE, "먹선"),
        ("운영", "private_group", "2026-11-21", True, STAFF, None),
        ("서진", "personal_chat", "2026-11-21", True, DM_SEOJIN, None),
        ("달토끼", "personal_chat", "2026-10-12", True, DM_YUJIN, None),
        ("찐빵", "personal_chat", "2026-11-21", True, DM_JJIN, None),
    ]:
        cid = ACC["chan"].id if ctype.endswith("channel") else None
        out.append(play(E.Chat(name, ctype, "criminal", date, cid=cid, sparse=sparse), script, admin))
    return out
