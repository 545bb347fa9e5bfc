"""Hand-written scripts of the criminal chats (syntax: make_dev3.py docstring).  Every line is written
once; no line is drawn from a bank.  Intent only through euphemism and logistics."""

STAFF = r"""
## 2025-09-01 22:04
+create boss: 작업실
boss: 여기로 옮김. 예전방은 오늘 밤에 지운다
scr1: ㅇㅋ 옮김 확인
scr4: 넵 확인
boss: 규칙 다시 말함. 이 방에서 실명 쓰지 말고 돈얘기는 정산이한테만
coll1: 네 형님
boss: 그리고 각자 폰 두개씩 쓰는거 잊지마라
scr1: 앱 새로 받은 사람들 링크 여기 올려도 되나
boss:^ 안됨 링크는 개인톡으로
scr4: 요즘 앱에 인증 막힌데 많던데 대체 어디서 물어와요
scr1:^ 나 요즘 ㅇㅇ팅 위주로 함 거기 아직 괜찮음
boss: 이번주 목표 다섯 건
scr4: ㄷㄷ 다섯이요
boss:^ 못하면 다음주 분배 없음 ㅋ
## 2025-09-03 23:41
scr1: 한놈 물었다 회사원 30대
scr1: 영상통화까지 감 녹화 떴고 연락처 목록도 따옴
boss: 수고. 연락처 몇개
scr1:^ 삼백 조금 넘음 회사 사람들 이름 다 있음 ㅋㅋ
boss: 회사 이름 확인하고 시작해
scr1: 넵 낼 아침에 첫 메시지 보냄
coll1: 첫 요구는 얼마로?
boss:^ {a:300만원} 부르고 {a:100만원} 밑으로는 안받는다
coll1: ㅇㅋ 계좌 국민으로 줄게요
## 2025-09-06 14:20
scr4: 점심 뭐먹음
scr1: 편의점 도시락 ㅠ
coll1: 전 짬뽕
scr4: 부럽네 난 라면
boss: 밥얘기 그만하고 어제 건 어떻게 됐냐
scr4: 아 어제 그 대학생 차단당했어요
boss:^ 차단 당하기 전에 목록 땄어?
scr4: 아뇨.. 앱 설치 전에 눈치챔
boss: 그럼 버려 시간낭비
## 2025-09-09 21:10
+invite boss: scr2
scr2: 저 오늘부터 합류한 지유입니다
boss: 어 환영. 케이한테 대충 들었지
scr2:^ 네 대본 받았어요 여자 프로필로 하는거 맞죠
scr4: ㅇㅇ 사진은 내가 보내준 폴더에서 돌려써
scr2: 말투는 존댓말로 갈게요 그게 더 잘 먹히더라구요
boss: 알아서 해 결과만 가져와
scr2: 넵 알겠어요
## 2025-09-14 01:12
scr1: @jh_0817 이거 오늘 처리해야됨 어제부터 답장 없음
boss: 목록은 있고?
scr1:^ 있음 학교 동기들까지
boss: 그럼 오늘 밤 12시 기준으로 하나 보내봐 맛보기로
scr1: ㅇㅋ 한명한테만 보낸다 하고 겁줄게
coll1: 보내면 바로 입금 올라나
scr1:^ 보통 그러면 옴 ㅋㅋ
## 2025-09-16 20:30
coll1: {pin:pA} 확인완료 불닭 입장처리 해줘요
sales:^ ㅇㅋ 초대함
coll1: 이번주 문상만 일곱건임 현금화 수수료 좀 나감
boss: 문상 말고 계좌로 유도해 수수료 아깝다
coll1:^ 판매방 애들이 계좌는 무섭대요 ㅋㅋ
boss: 그럼 테더로
## 2025-09-20 23:02
scr1: 어제 그 회사원 최민혁이 드디어 답장옴
scr1: @minhyuk_c 이놈. 돈 없다고 징징대는중
boss: 얼마 된대
scr1:^ 당장은 {a:50만원}이래
boss: 받고 나머지는 월말까지로 잡아
scr1: 넵 카운트다운 들어감
coll1: 계좌는 농협쪽으로 줘 국민은 한도 찼음
scr1:^ 농협으로 줄게
## 2025-09-22 10:15
coll1: 최민혁 {a:50만원} 들어옴 농협
boss: 굿
scr1: 나머지 {a:150만원} 남음 ㅋㅋ 울면서 대출알아본대
scr4: ㅋㅋㅋ 불쌍하네
boss: 불쌍한 얘기 하지마
## 2025-09-25 22:48
sales: 형님 회사원 건 녹화본 판매방에 올려도 돼요?
boss:^ 돈 다 받기 전엔 안됨. 다 받고 나서 2탄으로 묶어
sales: 넵 그럼 지난달 거부터 1탄으로 올릴게요
boss: 얼굴 나오는거 말고 목소리 건만 먼저
sales:^ 알겠습니다
scr4: 오늘 비온다는데 다들 우산 챙겨요
scr1: 엄마냐 ㅋㅋ
## 2025-09-29 00:35
scr1: 나 닉 하린에서 루나로 바꿈 이제 하린 안씀
scr1: 하린은 너무 흔해서 다른방에서 자꾸 겹침
boss: ㅇㅋ 상관없음
scr4: 루나 ㅋㅋ 갑자기 귀엽네
## 2025-10-01 21:33
scr2: 대학생 하나 잡았어요. 이윤서. 연락처는 과 단톡이랑 동아리
scr2: @ys_lee_03 이게 인스타 아이디구요
boss: 학교 어디
scr2:^ 지방 국립대요 과 사람들 명단 확보했어요
boss: 학교에 뿌린다는 걸로 가
scr2: 네 근데 저는 돌려서 말할게요. 직접 말하면 신고하더라구요
boss:^ 상관없음 결과만
coll1: 계좌 줄 때 이름 말하지마 지난번에 실수한거 있음
## 2025-10-04 19:02
boss: 판매방에는 내 부계 관리실로 들어가 있음
boss: 관리실 = 나. 거기서 공지 쓰는것도 나니까 따로 묻지마
sales:^ 아 그게 형님이었구나 ㅋㅋ 어쩐지 말투가
scr4: 관리실 계정 그거 나도 누군지 궁금했음
## 2025-10-06 23:57
scr2: 윤서 첫 입금 {a:30만원} 들어왔다고 합니다
coll1:^ 확인. 토스로 들어왔고 바로 뺌
scr2: 자정 넘으면 2차 문자 보내겠다고 했어요 아직 안보냄
boss: 보내지 말고 겁만 줘 보내면 끝이야
scr2:^ 넵 안 보낼게요 보낸다고만 할게요
## 2025-10-09 02:20
scr2: 윤서가 경찰 얘기 꺼냈어요
boss: 무시. 차단하고 한달 뒤에 다른 번호로
scr4: 경찰 얘기 나오면 보통 끝남
scr2:^ 알겠어요 아쉽네요
## 2025-10-12 20:44
sales: 판매방 신규 열두명 들어옴 입장료 정상
coll1: 그중 두명 문상 오류남
coll1: {pin:pC} 이건 확인됐고 하나는 재발급 요청함
sales:^ ㅇㅋ 무명님 처리
## 2025-10-14 13:05
coll1: 저 계정 정지 먹을 것 같아요 신고 들어온듯
boss: 그럼 새로 파고 여기 다시 와
coll1:^ 넵 일단 계좌는 농협 그대로
## 2025-10-16 09:41
+invite boss: coll2
coll2: 본계 터져서 부계로 왔음. 정산 맞음
boss: 확인. 이제부터 정산2로 부른다
coll2:^ 계좌 그대로 농협 {bank:mule2} 씁니다
scr1: 어서오고 ㅋㅋ 정산2
scr4: 목소리 들으니 맞네 ㅋㅋ (아 톡이지)
## 2025-10-18 22:12
scr2: 영어권 건은 제 세컨 계정 Mia로 돌릴게요
scr2: 헷갈리지 마세요 Mia 나에요
+invite scr2: mia
mia: this is my backup acc. same person as 지유
boss:^ ㅇㅋ 영어 되는거 좋네
mia: got one in Canada. Daniel. uni student
## 2025-10-21 00:30
mia: daniel paid {a:200 dollars} so far
coll2:^ 받은 거 BTC로 왔음 {btc:coll} 여기 확인
boss: 환율 계산해서 나머지 받아
mia: he keeps begging lol. I gave him till friday
## 2025-10-24 21:00
scr4: 정성민 이번주 안에 끝낼게요
scr4: @seongmin_0x 회사 단톡 명단 떴음
boss:^ 회사 어디
scr4: 중견기업 영업팀 ㅋㅋ 팀장한테 먼저 보낸다고 했음
boss: 보내진 마 보낸다고만
scr4: 김태현은 학교 쪽 리스트 확보함 근데 돈이 없대요
boss:^ 학생이면 손대지마 문제 커짐
scr4: ... 네
## 2025-10-27 18:18
coll2: {pin:pI} 확인완료 ㅇㅇ님 입장 처리 부탁
sales:^ 처리함
coll2: 이번달 합계 정리해서 내일 보고드림
boss: ㅇㅋ 숫자만
## 2025-10-30 23:10
scr1: 나 요즘 자꾸 피곤함 ㅠㅠ 다들 잠은 자냐
scr2: 저는 낮에 자요
scr4: 난 못잠 ㅋㅋ
boss: 잡담 적당히
mia: lol
## 2025-11-03 21:45
sales: 판매방에서 윤서 건 2탄 언제 나오냐고 난리임
boss:^ 그건 올리지마. 경찰 간 건이라 위험함
sales: 넵 대신 옛날 거 재탕할게요
## 2025-11-08 15:40
scr1: 민혁이 나머지 다 보냄 끝
coll2: 최민혁 건 합계 {a:300만원} 확인
boss: 수고 {m:scr1|루나} 정리해서 보고 한번 올려
scr1:^ 오늘 치킨먹는다 ㅋㅋ
## 2025-11-12 22:30
boss: 다음주부터 방 또 옮긴다. 여기 기록 남지 않게
scr4: 넵 링크 기다릴게요
scr2: 알겠습니다 그럼 여기는 안 들어올게요
coll2:^ 새방 링크 개인으로 주세요
boss: 이 방 캡쳐 돌아다니면 나한테 죽는다 (농담아님)
"""

RESALE = r"""
## 2025-09-08 23:30
+create bossalt: 새벽 자료실
bossalt: 공지) 입장 확인된 분만 남습니다. 확인 안되면 24시간 후 정리
+pin bossalt
+invite bossalt: sales coll1
sales: 상점 오픈합니다. 1탄 목록은 내일 올림
+join up1 owl1 vA vB
owl1: 들어왔습니다 ㅎㅇ 입장료 방금 문상으로 냈어요 {pin:owl1}
vB: 여기가 거기 맞나요
sales:^ 맞음
+join pA pB j01 j02 vC pH
pA: 입장료 얼마에요
sales:^ 기본 {a:5만원} 문상 가능
pA: 문상 보냄 {pin:pA}
coll1:^ 확인중
+join j03 j04 ghost1 vE
## 2025-09-09 22:15
sales: 1탄 목록. 목소리건 6개, 통화건 3개
sales:[zip] 1탄 묶음
up1: 오 빠르네
vA: 잘 받았습니다 ㅎ
pB: 계좌 말고 코인 되나요?
coll1:^ USDT(ERC20) {eth:coll} 이쪽으로 {a:40 USDT}
pB: {eth:coll} 방금 보냄
coll1:^ 들어옴 ㅇㅋ
+join j05 j06 pC sA
sA: 새거 언제 올라와요?
sales:^ 주말
## 2025-09-11 01:40
owl1: 궁금한거 있으면 DM은 @night_owl_kr 로 주세요 여기 알림 꺼둠
ghost1: any english speakers here
ghost1: dm me at @ghostk_main if ur selling separately
sales:^ no separate sale. here only
ghost1: ok np. sent {a:0.0025 BTC} to {btc:coll_old} for vip
ghost1: more english ones pls, ill pay extra
+join j07 vD
vD: ㅎㅇ
## 2025-09-13 20:05
bossalt: 공지) 외부 유출 적발시 바로 강퇴. 캡쳐 방지 설정 켰음
+pin bossalt
up1: 다른방에서 가져온거 공유함 화질 구림
up1:[video] 
up1:[video] 이건 통화건
sB: 이런거 더 없어요?
up1:^ 찾아볼게요 ㅋㅋ
sC: 택배왕님 최고 목소리건 말고 통화건으로 더 풀어주세요
vE: 여기 사람 꽤 많네
+join j08 j09 pD sD pE vF
## 2025-09-16 19:50
pC: 문상 어디로 보내요
sales:^ 여기 그냥 올리면 정산이 확인함
pC: {pin:pC}
coll1:^ 확인 잠시만요
pC: 입장 됐나요?
coll1: 네 처리됨
pD: 전 계좌로 할게요
coll1:^ 국민 {bank:mule1} 예금주 확인하지 말고 그냥 보내요
pD: {a:5만원} 보냄 ㄱㄴㄷ 이름으로
+join j10 sB sC
## 2025-09-19 23:20
sD: 1탄 말고 그 다음거 언제 풀어요
sales:^ 2탄은 VIP만
sD: VIP 얼마
sales: {a:15만원} 아니면 {a:0.0025 BTC}
pE: VIP 할게요 BTC로
coll1:^ {btc:coll_old} 여기로
pE: {a:0.0025 BTC} 보냄
pE:[photo] 전송 캡쳐
coll1: 확인 ㅇㅋ
vF: 다들 돈 많네
+join j11 j12 pF vK sE
## 2025-09-22 21:10
vC: 오늘 축구 본 사람?
vK: 봤음 ㅋㅋ 전반전 망함
vC:^ 후반에 두골 넣을 줄 누가 알았냐
vB: 여기서 축구얘기 ㅋㅋ
sE: 잡담 말고 새거나 올려주세요
pF: vip in. paid with btc to {btc:pF}.. wait wrong one lol thats mine
coll1:^ 본인 지갑 올리지 마세요 ㅋㅋ 제 주소로 보내야됨 {btc:coll_old}
pF: sent now. {a:0.0025 BTC}
+join j13 sG vG pG
## 2025-09-25 00:15
sG: 얼굴 나온 거 있음 추가금 낼게요
sales:^ 그런건 없다고 했잖아요 규칙 읽어요
sG: 아 넵..
owl1: 지난번 거 2탄 풀어주세요 궁금해 죽겠네
owl1: 환불은 없죠? 혹시 몰라서 제 카뱅 {bank:refund_owl}
sales:^ 환불 없음 ㅋ
+join j14 j15 vH
## 2025-09-28 22:30
pG: 입장료 계좌 알려주세요
coll1:^ 농협 {bank:mule2}
pG: 농협 {bank:mule2} 이거 맞죠 보냈습니다 {a:5만원}
coll1: 확인 ㅇㅋ 농협 들어옴
pH: 저도 같은 계좌로 {a:5만원} 넣었어요 달빛입니다
coll1:^ 달빛님도 확인 완료
vH: 구경만 해도 되나요
bossalt:^ 입장료 낸 사람만 남음
vH: 아 그럼 조용히 있을게요 ㅋㅋ
+join j16 j17 pI vI sF
## 2025-10-02 21:40
sales: 신규 통화건 3개 올라감
sales:[video] 
sales:[video] 
sF: 다음 건은 회사원 건이죠? 빨리 부탁드립니다
sales:^ 그건 정리 중
sF: 기다림
sA: 2탄 언제요 ㅠ
up1: 저도 보태드릴게요 이번 건 다른데서 구함
up1:[zip] 모음
up1:[fwd 자료창고 알림] 자료창고 10월 정리본 배포 끝. 다음 정리는 월말
+join j18 j19 del1 pJ
## 2025-10-05 20:20
del1: 입장료 이더로 {a:0.02 ETH} 보냈어요
del1: 환불 필요하면 제 이더 지갑 {eth:del} 로 주세요
del1: dm은 @yellowcab77
sales:^ 환불 없다고요 ㅋㅋ 다들 왜 이럼
pJ: 회사원 건 풀버전 부탁드립니다. 돈은 더 낼게요
pJ: 계좌로 {a:10만원} 추가 보냈어요
coll1:^ 확인했는데 풀버전은 아직임
pJ: 그럼 돈 돌려주시던가 ㅋㅋ 우리 {bank:refund_pj} 제 계좌
+join j20 j21 fry vJ
## 2025-10-08 23:05
fry: 문상으로 입장합니다 {pin:fry}
fry: 문상 오류나면 제 번호 {phone:fry} 로 문자주세요
coll1:^ 번호 여기 쓰지 마세요 위험함
fry: 앗 네
vD: ㅋㅋㅋ 번호를 왜 올림
sB: 윤서 건 들어오면 바로 올려주세요 ㅇㅇㅅ 걔
sales:^ 실명 쓰지 말라고
sB: 아 ㅈㅅ
+join j22 j23 owl2
## 2025-10-11 22:00
vE: 근데 여기 안전한거 맞음? 요즘 기사 많던데
vJ: 안전한 데가 어딨음
vE:^ 그렇긴 하네
vK: 난 구경만 하다 나감 ㅋㅋ
+join j24
pI: 문상 올립니다 {pin:pI}
## 2025-10-15 21:30
vE: @night_owl_kr 요즘 안 보이네 그분 나갔나
vB:^ 정지당했다던데
owl2: 예전 @night_owl_kr 쓰던 사람임 계정 날아가서 새로 팜
owl2: 입장료 다시 내야 돼요? 예전에 냈는데
bossalt:^ 다시 내세요
owl2: 문상 {pin:owl2}
coll1: 오늘 이후로 정산은 다른 계정이 합니다
+join j25 j26 taxi
## 2025-10-17 20:10
+invite bossalt: coll2
coll2: 정산 담당 새 계정입니다. 입금 문의는 이쪽
taxi: 저 노란택시요 예전 yellowcab 계정 지움
taxi: 입장료 다시 {a:0.02 ETH} 보냈고요
vB: 혹시 yellowcab님?
taxi:^ ㅇㅇ 그 계정 지움 ㅋㅋ
taxi: 제 지갑 {eth:del} 로 포인트 환불 가능한가요
coll2:^ 환불 없습니다
sC: 다들 환불 타령이네 ㅋㅋ
+join j27 ghost2
## 2025-10-19 00:40
ghost2: old acc got nuked, its me ghost. @ghostk_main was mine
ghost2: is the english one out yet
sales:^ not yet
ghost2: pls hurry
pE: 다음 VIP 갱신은 얼마?
coll2:^ 동일 {a:15만원}
pB: 저번이랑 같은 주소 맞죠 {eth:coll}
coll2:^ 네
pE: {ethbad:coll} 여기 맞죠?
coll2:^ 끝자리 틀림 위에 주소 복사해서 쓰세요
pE: {eth:coll} 저도 여기로 보냄 {a:0.03 ETH}
## 2025-10-23 21:55
sales: 공지 다음 업데이트는 다음주
sE: 맨날 다음주 ㅋㅋ
sG: 새거 좀 빨리요 입장료 낸 보람이 없음
vG: 요즘 좀 뜸하네요
pJ: 김부장입니다 VIP 연장 {a:15만원} 보냈어요
coll2:^ 확인. 김부장님 연장 처리
+join j28 j29 j30
## 2025-10-28 22:20
+invite bossalt: mia
sF: english guy case uploaded?
mia: not for sale. ask again and ur out
sF:^ ok sorry
vF: 새로 오신분 누구?
bossalt: 공지) 영어 질문은 Mia 담당
+pin bossalt
## 2025-11-04 23:00
sales: 1탄 재업합니다 예전 거 못 받은 분들 받아가세요
sales:[zip] 재업
sA: 재탕이네 ㅋㅋ 그래도 감사
sB: 윤서 건은요?
sales:^ 없다고요. 다시 물으면 강퇴
sD: 신규 건 언제쯤 나와요 대충이라도
pD: 통화건 신규 좀 더 부탁해요 ㅎㅎ 기다리다 목빠짐
sales:^ 이번달 안에
## 2025-11-10 21:15
pG: 회비 갱신 농협 {bank:mule2} {a:5만원} 넣음
coll2:^ 확인했습니다
vA: 이번달 지나면 저는 나갈게요 ㅋㅋ 볼게 없어서
vG: 전 남아 있을게요
+remove bossalt: vK
bossalt: 유출 의심 한명 정리함
"""

DM_A = r"""
## 2025-09-19 23:50
scr1: 민혁씨 안녕 ㅎㅎ 어제 영상통화 재밌었어
vic1: 아 네 하린씨 ㅎㅎ
scr1: 근데 그거 다 녹화됐어 ㅋㅋ
vic1:^ 네? 무슨 말이에요
scr1: 너 폰에 깔았던 앱 기억나지? 연락처 다 나한테 있어
scr1:[photo] 
scr1: 이거 니 회사 사람들 목록 맞지? 팀장님 이름도 있네
vic1: 장난이죠?
scr1:^ 장난 아님. 내일 오전 열시까지 {a:300만원}
vic1: 제발 그러지 마세요 그런 돈 없어요
scr1: 없으면 구해 회사 단톡에 올라가는거 보고싶어?
## 2025-09-20 08:10
vic1: 밤새 한숨도 못잤어요
vic1: 진짜 지금 당장은 {a:50만원}이 전부에요
scr1: 그럼 일단 그거 보내고 나머진 월말
scr1: 농협 {bank:mule2} 여기로
vic1:^ 이름이 다른데요
scr1: 신경꺼 보내기나 해
## 2025-09-20 10:02
scr1: 열시 지났다
vic1: 지금 보내요 기다려주세요
vic1:[photo] 이체 확인증
scr1: 확인 ㅇㅋ 나머지 {a:250만원}
vic1: 다 보냈는데 또요? 지워준다면서요
scr1:^ 지워준다는 말 한적 없는데 ㅋㅋ
## 2025-09-21 22:30
scr1: 월말까지 9일 남았다
vic1: 대출 알아보는 중이에요
scr1: 알아보는 중 말고 결과로 말해
vic1:^ 제가 잘못했어요 한번만 봐주세요
scr1: 잘못한건 없어 운이 없었을 뿐 ㅋㅋ
scr1: 하나 보내줄까? 너네 팀장한테
vic1: 아니요!! 보내지 마세요 제발
## 2025-09-23 00:10
+call vic1: missed
scr1: 전화하지마 통화 안해
vic1: 죄송해요 답장이 없어서
scr1: 돈 생기면 톡해
vic1: 부모님한테 빌릴 수 있을 것 같아요 일주일만요
scr1:^ 일주일 ㅇㅋ. 대신 하루 늦으면 한명씩 보낸다
vic1: 알겠어요
## 2025-09-26 21:40
vic1: {a:100만원} 보냈어요 확인해주세요
scr1: 확인. 이제 {a:150만원}
vic1: 이게 끝이 있긴 한가요
scr1:^ 다 보내면 끝이지 약속함
vic1: 약속 지켜주세요
## 2025-09-30 23:55
scr1: 5분 남음
vic1: 은행 점검 시간이라 내일 아침에 바로 보낼게요
scr1: 핑계 ㄴㄴ
vic1:^ 진짜에요 앱 캡쳐 보낼게요
vic1:[photo] 
scr1: 아침 9시 1분이라도 넘으면 알지?
vic1: 네 알겠어요..
"""

DM_B = r"""
## 2025-10-04 21:10
scr2: 윤서님 안녕하세요 ^^ 어제 통화 즐거웠어요
vic2: 네 안녕하세요!
scr2: 다름이 아니라 부탁드릴 게 있어서요
scr2: 어제 통화 내용이 저한테 저장되어 있어요
vic2:^ 저장이요..? 무슨 뜻이에요?
scr2: 윤서님 과 단톡방 명단하고 동아리 명단도 가지고 있습니다
scr2:[photo] 
scr2: 이분들께 공유되는 일은 없었으면 좋겠어요. 저도 그러고 싶지 않구요
vic2: 이거 협박이에요?
scr2:^ 아니요 부탁이에요 ^^ 내일 저녁 8시까지 {a:150만원} 부탁드릴게요
vic2: 저 학생이라 그런 돈 없어요
scr2: 그럼 가능한 만큼만 먼저 보내주셔도 돼요. 나머지는 천천히 이야기해요
## 2025-10-05 19:30
vic2: 알바비 받은 거 {a:30만원} 있어요
scr2: 감사합니다 토스 {bank:d_fee2}
vic2:[photo] 보냈어요
scr2:^ 확인했어요 ^^ 남은 건 {a:120만원}입니다
vic2: 이제 지워주시는 거죠
scr2: 남은 금액 정리되면 바로 지워드릴게요. 약속드려요
## 2025-10-06 23:40
scr2: 윤서님 오늘 자정까지인거 기억하시죠?
vic2: 아직 못구했어요 조금만 시간 주세요
scr2:^ 저도 기다려 드리고 싶은데 위에서 재촉이 심해서요 ㅠㅠ
scr2: 동아리 회장님한테 먼저 연락드려야 할 것 같아요
vic2: 그러지 마세요 제발요
scr2: 그럼 20분 안에 답 주세요
vic2: 친구한테 빌려볼게요
## 2025-10-07 00:05
scr2: 20분 지났습니다
vic2: 친구가 내일 준대요 진짜에요
scr2:^ 이번 한번만 믿어볼게요. 정오까지에요
## 2025-10-08 12:30
vic2: 돈 못구했어요
vic2: 그리고 부모님께 말씀드렸어요
scr2: 그러시면 곤란한데요 ^^;
scr2: 과 단톡방에 올라가도 괜찮으세요?
vic2:^ 경찰서 가서 상담 받았어요. 이 대화 다 저장했어요
scr2: 네 알겠습니다. 좋은 하루 보내세요 ^^
vic2: 더 이상 연락하지 마세요
"""

DM_C = r"""
## 2025-10-19 22:40
mia: hey daniel, thanks for the call last night
vic3: hey! yeah it was fun haha
mia: so about that. the whole call is saved on my side
vic3:^ wait what do you mean saved
mia: I also have your contact list. your classmates, your mom, your prof
mia:[photo] 
mia: recognize these names?
vic3: please dont do this. how did you get that
mia:^ the app you installed. anyway. {a:800 dollars} by tomorrow 6pm or I start sending
vic3: I dont have {a:800 dollars} im a student
mia: then find it. bitcoin only
mia: {btc:coll}
## 2025-10-20 17:30
vic3: is it this one {btcbad:coll}
mia:^ no. copy paste it properly
vic3: i can do {a:200 dollars} now. thats all i have
mia: send it. then we talk about the rest
vic3: sent. please check
mia:^ got it. {a:600 dollars} left. friday
vic3: i swear i cant. my rent is due
mia: not my problem. tick tock
## 2025-10-23 23:59
mia: its friday. 1 hour
vic3: please. i will pay {a:100 dollars} more next week
mia:^ 50 minutes
vic3: i talked to campus security. they said to stop replying
mia: ur choice. first one goes to your mom
vic3: do what you want. i reported your account
mia: lol ok
"""


# ---------------------------------------------------------------- second pass: more sessions (dates interleave with
# the ones above; the generator orders everything by time)
RESALE_MORE = r"""
## 2025-09-10 23:55
pK: 입장했습니다 규칙 읽었어요
pK: 입장료는 계좌로 보냈고요 {a:5만원} 국민 쪽으로
coll1:^ 확인됨
vL: 저는 아직 입금 안 했어요 구경만 하다가 결정할게요
bossalt:^ 구경은 하루만 가능
vL: 넹
## 2025-09-14 22:40
sH: 혹시.. 그런 쪽도 취급하시나 해서요 말하기 좀 그렇네
sales:^ 무슨 쪽
sH: 통화 중에 이름 나오는 거요 ㅎㅎ 그런 게 더 재밌던데
sales: 그런건 VIP
vM: 다들 무슨 얘기 하는지 하나도 모르겠음 ㅋㅋ
vN: 모르는게 나을듯
## 2025-09-17 01:20
vO: 비 오는데 다들 뭐해요
vC: 야식 먹는중 ㅋㅋ 라면
vO:^ 라면 앞에 장사없지
vB: 새벽 1시에 라면이라니 부럽다
sI: 그럼 라면 먹으면서 볼 새거 좀 주세요 ㅋㅋ
sales:^ 주말이라고 했음
## 2025-09-21 20:30
pL: 문상 두장 나눠서 냅니다 {pin:pL1} 그리고 {pin:pL2}
coll1:^ 두장 다 확인 ㅇㅋ
pL: 감사합니다 1탄 목록 어디서 봐요?
up1:^ 고정된 공지 밑에 있음
vP: 여기 예전에 다른 방이던 그 사람들 맞죠?
vB:^ 몰라요 ㅋㅋ 그런거 묻지 맙시다
## 2025-09-24 22:05
sJ: 부탁 하나만. 지난주 올린 통화건 뒷부분도 있으면 풀어주세요
sJ: 앞부분만 있어서 답답함
sales:^ 뒷부분은 2탄
sJ: 2탄 가격은
sales: 위에 썼잖아요 VIP
vQ: 'VIP 얼마에요' 이 질문 하루에 열번은 나오는듯 ㅋㅋ
vN:^ 공지 좀 읽자 ㅋㅋ
## 2025-09-30 23:30
pM: VIP 갱신합니다 비트로 {a:0.0025 BTC}
pM: {btc:coll_old} 로 보냈어요 tx는 개인톡으로 드릴게요
coll1:^ 비트 들어온거 확인 완료
pM: 감사
vR: 오늘 월말이라 다들 돈 들어왔나봐 ㅋㅋ
vE: 월급 루팡들
## 2025-10-03 21:00
up1: 추석이라 조용하네
vA: 다들 고향 갔나봐요
vG: 전 출근 ㅠㅠ
up1: 출근하는 사람을 위해 하나 올림
up1:[video] 
sK: 감사합니다! 이런거 계속 부탁해요 다음엔 더 긴걸로
vR:^ 택배왕님은 어디서 이렇게 구해오심
up1: 비밀 ㅋㅋ
## 2025-10-06 23:10
sI: 요즘 새로 잡힌 건 없어요? 대학생 건 같은거
sales:^ 그런 얘기 여기서 하지마
sI: 아 네.. 그냥 새거 있으면 올려달라는 뜻이었어요
pN: 입장료 토스로도 돼요?
coll1:^ 토스는 안 받음 국민이나 문상
pN: 문상으로 할게요 {pin:pN}
coll1: 문상 확인 소금빵님 입장
## 2025-10-13 22:50
vM: 요즘 기사 보니까 이런 방 단속 한다던데
vL: 저 입금 안 했으니까 괜찮겠죠? ㅋㅋ
vQ:^ 그건 모르지
vP: 저는 그냥 나갈까 고민중
bossalt: 불안하면 나가세요 붙잡지 않음
vP: 아니 뭐 그렇다는거죠
## 2025-10-20 21:40
sK: 택배왕님 다른방 자료 또 없나요 부탁드립니다 🙏
up1:^ 다음주에 좀 모이면 올릴게요
sH: 저도 기다립니다 통화건 위주로요
pK: 다음달 입장료 그대로죠? 미리 보낼게요 {a:5만원}
coll2:^ 네 그대로 국민 {bank:mule1}
pK: 국민 {bank:mule1} 로 보냈어요
coll2: 국민 입금 확인 하루살이님
## 2025-10-26 20:15
vO: 야구 보시는 분 가을야구 누가 올라갈까요
vC: 이번엔 진짜 모르겠다
vK: 우리팀은 이미 끝났어요 ㅠ
vO:^ 위로 드립니다 ㅋㅋ
sJ: 스포츠방 가세요들 ㅋㅋ 새거 얘기나 합시다
## 2025-11-01 22:25
pL: 이번달 VIP 갱신 문상 {pin:pL3}
coll2:^ 확인완료
pM: 저도 VIP 연장 {a:0.0025 BTC} {btc:coll}
coll2: 이번달부터 새 주소 맞음 확인했어요
vR: 여기 관리 하나는 칼같네
## 2025-11-07 23:40
vN: 요즘 왜 이렇게 조용함
sK: 새거 없어서 그렇죠 ㅋㅋ 빨리 좀 풀어주세요
sales:^ 준비중
vQ: 준비중 3주째 ㅋㅋ
vL: 저 결국 입금 안 하고 나갑니다 ㅂㅂ
"""

STAFF_MORE = r"""
## 2025-09-04 09:30
scr1: 회사원한테 첫 메시지 보냄. 읽씹중
boss: 출근시간이라 그래 점심때 다시
scr4: 어제 새로 뚫은 앱 하나 공유함 가입 인증 없음
scr1:^ 오 좋다 이름 개인톡으로
## 2025-09-11 22:15
scr4: 나 어제 대본 바꿔봤는데 잘 먹힘
scr4: "지금 답 안하면 팀장님한테 먼저 보낸다" 이거 한줄이면 바로 답옴 ㅋㅋ
boss: 좋네 다들 그걸로 통일
scr2: 저는 그 말 직접은 못하겠어요 ㅋㅋ 돌려서 할게요
scr1:^ 지유는 존댓말 장인이니까
## 2025-09-18 19:05
coll1: 인출 알바 하나 구했어요 현금으로 빼주는 애
boss: 얼굴 본 적 있냐
coll1:^ 없음 텔레로만
boss: 그럼 됐어. 수수료 얼마
coll1: 건당 {a:10만원}
boss: 비싸다 {a:7만원}으로 깎아
## 2025-09-27 23:30
scr4: 이사 준비하느라 며칠 좀 느릴 것 같아요
boss: 어디로 가는데
scr4:^ 그건 비밀 ㅋㅋ 폰은 그대로
scr1: 이사 ㅊㅋ 집들이는 없지?
scr4: 당연히 없지 ㅋㅋ
## 2025-10-10 21:20
boss: 이번달 목표 반도 못했다. 케이 너 요즘 뭐하냐
scr4:^ 한놈 있는데 답이 느려요. 박준영이라고 학원강사
boss: 목록은
scr4: 학원 원생 부모 단톡 목록 있음
boss: 그거면 충분하다 오늘부터 카운트다운
scr4: 넵 근데 저 협박 문자 진짜로 보낸 적은 한번도 없음 보낸다고만 함
boss:^ 그게 맞는거야
## 2025-10-19 23:45
scr4: 박준영 {a:80만원} 보냈대요 우리 계좌로
coll2:^ 확인. 우리은행 쪽 들어옴
scr4: 오 이제 부계 정산 적응했네 ㅋㅋ
coll2: 예전 폰 아직 갖고있어서 헷갈림
## 2025-11-01 20:00
sales: 이번달 판매방 수익 정리함. 문상이 절반
boss: 문상 현금화 어디서 하냐
coll2:^ 업자 두군데 돌림
boss: 한군데로 몰지마 꼬리 잡힌다
mia: sorry late. daniel blocked me
boss:^ 버려 다음
## 2025-11-15 23:59
boss: 마지막 공지. 새 방 링크 각자 받았지
scr1: 받음
mia: got it
coll2: 네 링크 받았어요
sales: 받았습니다 판매방도 옮길까요
boss:^ 판매방은 그대로 둬. 관리실로 내가 볼게
"""

DM_D = r"""
## 2025-10-11 22:30
scr4: 박준영 선생님 맞으시죠
vic4: 누구세요?
scr4: 지난주 영상통화 기억하시죠. 그거 녹화본 있음
scr4: 선생님 학원 학부모 단톡 명단도 있고요
vic4:^ 장난치지 마세요
scr4:[photo] 
scr4: 이 명단 맞죠? 원장님 번호도 있네
vic4: 원하는게 뭐에요
scr4: 모레 밤 10시까지 {a:200만원}
vic4: 그 돈 없어요 진짜로
scr4:^ 없으면 학부모님들이 먼저 보게 될 거임
## 2025-10-12 20:10
vic4: 어제 잠 한숨도 못잤어요
vic4: 제가 할수있는 건 {a:80만원}이 최대에요
scr4: 일단 그거 보내 계좌는 우리 {bank:seller_scr4}
vic4:^ 보내면 정말 지워주시는 거죠
scr4: 나머지까지 다 받으면
## 2025-10-13 21:50
scr4: 10분 남았어요 선생님
vic4: 이체 한도 때문에 나눠서 보내고 있어요
vic4:[photo] 
scr4:^ 확인 나머지 {a:120만원} 주말까지
vic4: 주말까지는 안될것 같아요 ㅠㅠ 월급날이 25일이에요
scr4: 그럼 25일 밤 12시. 1분이라도 늦으면 원장님부터
## 2025-10-25 23:58
scr4: 2분
vic4: 보냈어요 {a:60만원} 이게 진짜 다에요
scr4:^ 모자란데
vic4: 제발 이걸로 끝내주세요 더는 없어요
scr4: 생각해볼게
## 2025-10-28 12:40
vic4: 답이 없으셔서요.. 끝난건가요
vic4: 변호사 상담 받았어요. 대화 다 보관하고 있어요
"""


DM_C_MORE = r"""
## 2025-10-21 21:15
vic3: can we talk like normal people for a sec
mia: talk
vic3: if i pay everything how do i know you delete it
mia:^ you dont. but if you dont pay you know what happens
vic3: thats not fair
mia: fair lol. 3 days left. your mom's number ends in 4417 right?
vic3: leave my mom out of this
mia:^ then pay
## 2025-10-22 13:40
vic3: i sold my bike. {a:150 dollars}
mia: send it. same address
vic3: sent. that leaves {a:450 dollars}
mia:^ correct. see how easy that was
vic3: nothing about this is easy
mia: friday 11pm your time. dont make me count again
"""

DM_B_MORE = r"""
## 2025-10-05 23:20
scr2: 윤서님 혹시 주무세요? ^^
vic2: 아니요 잠이 안와요
scr2: 이해해요. 그래도 너무 걱정 마세요. 약속만 지켜주시면 아무 일도 없어요
vic2:^ 제가 뭘 잘못했는지 모르겠어요
scr2: 잘못하신 건 없어요 ^^ 그냥 운이 조금 안 좋으셨던 거예요
vic2: 그 말이 더 무서워요
## 2025-10-07 11:50
scr2: 정오까지 10분 남았어요 윤서님
vic2: 친구가 아직 답이 없어요
scr2:^ 동아리 명단 중에 회장님 성함이 맨 위에 있더라구요 ^^
vic2: 알겠어요 지금 다시 전화해볼게요
scr2: 네 기다릴게요. 저는 정말 이런 거 좋아하지 않아요
"""

STAFF_EN = r"""
## 2025-10-22 22:05
mia: quick q. if the guy says he'll go to police do we stop
boss: 경찰 얘기 나오면 차단. 지유한테 들었지
mia:^ yes she told me. just checking for english ones
scr1: 영어로 협박하는거 신기하다 ㅋㅋ 번역기 씀?
mia: no lol I lived abroad
scr4: 부럽다 난 영어 하나도 못함
coll2: 비트 시세 오늘 떨어졌음 참고
boss:^ 받은 건 바로 바꿔
"""


CHATS = [
    {"name": "작업실", "type": "private_group", "label": "criminal", "export": "2025-11-18", "script": STAFF + STAFF_MORE + STAFF_EN,
     "create_members": ["scr1", "scr4", "coll1", "sales"]},
    {"name": "새벽 자료실", "type": "private_supergroup", "label": "criminal", "export": "2025-11-18", "script": RESALE + RESALE_MORE},
    {"name": "최민혁", "type": "personal_chat", "label": "criminal", "export": "2025-10-02", "script": DM_A,
     "names": {"scr1": "하린"}},
    {"name": "지유", "type": "personal_chat", "label": "criminal", "export": "2025-10-10", "script": DM_B + DM_B_MORE},
    {"name": "Daniel", "type": "personal_chat", "label": "criminal", "export": "2025-11-18", "script": DM_C + DM_C_MORE},
    {"name": "Kei", "type": "personal_chat", "label": "criminal", "export": "2025-10-29", "script": DM_D,
     "names": {"scr4": "Kei"}},
]
