"""The criminal chats of sealed-6, hand-written (syntax: make_sealed6.py docstring)."""

PREVIEW = """
## 2026-03-02 22:10
+create notice: LVL UP 🎮 미리보기 | preview
notice: 공지 먼저 읽으세요 / read the pinned msg first
+pin notice
cashier: 📌 LVL UP 가격표 / price list\\n▸ 본방 Main room: {a:9만원} / {a:$69}\\n▸ VIP 💎 (본방 포함 / incl. main): {a:25만원} / {a:$189}\\n▸ BTC {btc:cash}\\n▸ USDT(ERC20) {eth:usdt}\\n▸ 문상 PIN 가능 (수수료 {a:1만원} 추가)\\n결제 후 캡처 → 저한테 DM. 방에 PIN 올리지 마세요 ❌
+pin notice
+crowd 4
notice: 미리보기는 매주 화/금 갱신. 본방은 매일 새거
+join quoter asker paranoid salt
asker: 이거 본방 가격 그대로임? {a:9만}?
cashier:^ 네 {a:9만원} 입니다. 위 공지 확인
asker: ㅇㅋ 생각좀 해볼게요
+crowd 3
paranoid: 여기 경찰 있으면 어케됨 ㅋㅋ
notice: 쓸데없는 소리 하면 강퇴
paranoid: ㄴㄴ 농담임 농담
## 2026-03-04 23:40
notice: [photo] 이번주 미리보기 1장 (모자이크). 풀버전은 본방
+join skeptic footy
skeptic: is this the room from the valorant discord? someone linked it in vc
notice:^ english ok. price list pinned. dm cashier
skeptic: {a:69 dollars} for a telegram room lol
cashier:^ {a:$69} main / {a:$189} vip. USDT or BTC. no paypal
skeptic: yeah obviously no paypal 😂
+crowd 4
footy: 아 토트넘 또 졌네 진짜
quoter: 여기서 축구얘기하지마 ㅋㅋ
footy: 할데가없음 ㅠ
+join pay_a
pay_a: 문상으로 보냈어요 {pin:pa1}
cashier:^ 방에 올리지 말랬죠. {pin:pa1} 확인 ✅ 링크 DM 보냄. 다들 이러지 마세요
pay_a: 아 죄송합니다 ㅠ 처음이라
+crowd 3
## 2026-03-07 21:15
notice: 📢 이번주 신규 3건. 게임 보이스챗에서 만난 애들 (본방 공지 참고)
chimu: 미리보기 너무 짧은데 ㅡㅡ
notice:^ 미리보기가 길면 누가 본방감
chimu: ㅇㅈ ㅋㅋ 그래도 하나만 더 풀어주세여
+join pay_b
pay_b: 해피머니 {pin:pb1} 이거 되나요
cashier:^ {pin:pb1} 확인 ✅. DM 확인하세요. 다음부턴 DM으로
+crowd 3
salt: ..
asker: 비트로 하면 얼마임 정확히
cashier:^ 당일 시세로 {a:9만원} 어치. 지금 대충 {a:0.00058 BTC}
asker: ㅇㅋ
+join pay_c
pay_c: 컬쳐랜드 {pin:pc1} 보냈어요 확인좀
cashier:^ 방에 올리지 말라고요. DM 보내세요
pay_c: 넵 ㅠ
+join pay_f
pay_f: {btc:cash} this one right? dont wanna send to the wrong addr
cashier:^ yes that one. send then dm txid
pay_f: sent
+crowd 4
## 2026-03-11 00:30
notice: [photo] 미리보기 갱신. 🎮 Lvl 1~3 샘플
+join del1
del1: how long till i get the link after paying
cashier:^ usually within 10 min. max 1h
del1: ok paid eth. my eth if u need refund {eth:del}
cashier: refunds dont exist here lol. but noted
+crowd 3
paranoid: 다들 텔레 보안설정 해놔라 전화번호 숨기기
quoter: 노인정이냐 ㅋㅋㅋ
+join mint_c jay_c
jay_c: usdt sent, {a:69 USDT} to {eth:usdt}
cashier:^ ✅ confirmed
+crowd 3
## 2026-03-15 20:05
notice: 📢 가격 인상 예정 / price up next week: 본방 {a:12만원} ({a:$89})
skeptic: lmao price up already
mint_c: 이번주 안에 들어가면 {a:9만} 맞죠?
cashier:^ 네 이번주까지 {a:9만원}
+join pay_d pay_e
pay_d: sent btc to {btc:cash} txid {tx}
cashier:^ ✅
pay_e: 저도 방금 비트 보냄 {btc:cash} 로
cashier:^ 확인중.. ✅ 완료
+crowd 4
footy: 야 오늘 손흥민 골 봤냐
chimu: 축구방 가라 ㅋㅋ
+join rejoin
rejoin: 저 전에 deleted 된 계정으로 결제했던 사람인데 링크 다시 받을 수 있나요
cashier:^ 증거
rejoin: 그 계정 제가 지웠어요 폰 바꾸면서. 제 지갑 {eth:del} 이거 그때 쓴거
cashier:^ ㅇㅋ 확인됨. DM
+crowd 3
## 2026-03-21 22:50
notice: [photo] 이번주 미리보기. 🎧 보이스챗 시리즈
quoter: "@nc_krawl 한테 물어봐" 이 소리 누가 자꾸 함? 그게 누군데
asker: 본방 사람이래
+crowd 4
notice: 공지: 미리보기방 캡처해서 딴데 올린 놈 찾음. 강퇴함
+remove notice: paranoid
salt: 헐
+crowd 3
## 2026-03-28 21:30
cashier: 🔔 reminder: price goes up monday. {a:$69} → {a:$89}
+join pay_g sol_c
pay_g: 지금 입금하면 vip로 바로 가능?
cashier:^ VIP {a:25만원}. 문상이면 {a:26만원}
pay_g: ㅇㅋ 문상 보냄 DM으로
sol_c: do u guys take requests? like specific ppl from a server
notice:^ main room rule: requests only in VIP
sol_c: aight
+crowd 4
## 2026-04-03 23:10
notice: 📢 본방 {a:12만원} / VIP {a:30만원} 적용
asker: 올랐네 ㅅㅂ
skeptic: told u
+crowd 3
notice: [photo] 4월 첫 미리보기
chimu: 이번건 뭐임 시리즈 이름
notice:^ 새 시리즈. 본방에서
+crowd 4
## 2026-04-12 22:40
footy: 여기 사람은 많은데 말하는 사람은 없네
quoter: 다 눈팅이지 뭐
salt: ㅇㅇ
+crowd 3
notice: 결제 안한 사람 정리 예정. 여기서 떠들기만 하지 마세요
cashier: 💳 new: XMR accepted for VIP. dm me for addr
+crowd 3
"""

MAIN = """
## 2026-03-05 21:00
+create zero: LVL UP 본방
+invite zero: notice crow upk
zero: 본방 규칙\\n1. 캡처 유출 = 즉시 강퇴 + 계정 공개\\n2. 요청은 VIP에서\\n3. 결제 문의는 Cashier
+pin zero
+join pay_a mint_c jay_c box
upk: [photo] 🆕 오늘 업로드. 시리즈 V-1
upk: [video] V-1 풀
box: ㄷㄷ 이번건 뭐임
upk:^ 보이스챗 애들. 자세한건 묻지마
+join lurk godung bbang
lurk: first time in here. so how often do u upload
upk:^ daily-ish
lurk: ok cool. my refund wallet if anything goes wrong {btc:lurk}
crow: 환불 없음. 걍 그렇다고
+rejoin 4
## 2026-03-06 23:30
box: [fwd:달밤 자료방] [zip] 딴방에서 가져옴. 비슷한거
crow: 박스님 출처 표시 ㄴㄴ 지우고 올려
box:^ ㅇㅋ
box: [fwd:달밤 자료방] [video]
godung: 오 이거 박스님이 올린거 딴방꺼임?
box:^ ㅇㅇ 거기 망해서 ㅋㅋ
+join ghost pay_b pay_d
ghost: [fwd:ARCHIVE 404] [zip] from an old room, same kind of stuff
mint_c: 감사
mint_c: 저 어제 USDT로 입금한거 확인됐어요 ㅎㅎ 들어와짐
+rejoin 4
## 2026-03-09 22:10
upk: [photo] 🆕 V-2
upk: [video] V-2
saebyuk: 와 V-2 올라왔네 V-3은 언제임
upk:^ 이번주 안에
+join saebyuk nc_old mike dad
nc_old: yo. any english ones in here? the kid from the valorant vc
upk:^ soon. raven is working on it
mike: can u get more from that one? the one with the headset
crow:^ requests go to VIP. 규칙 읽어
mike: ok ok
+rejoin 4
## 2026-03-12 21:40
godung: 저 결제 두번 된것같은데요 환불 제 계좌로 부탁드려요 {bank:godung}
crow:^ 환불 없다니까
godung: 아 ㅠ 그럼 다음달꺼로 해주세요
crow: 돈통한테 말해볼게
nc_old: btw if anyone wants to trade stuff dm me at @nc_krawl
crow:^ 방에서 거래 금지
footy: [photo] 오늘 야식 치킨 ㅋㅋ
bbang: 와 부럽
bbang: 아 그리고 저 입금했어요 국민으로 {a:9만원}. 캐셔한테 캡처 보냄
+join oo_c
oo_c: 다음 업로드 언제임
oo_c: 영어권 애들꺼 더 올려주셈 그거 괜찮던데
upk:^ 기다려
+rejoin 4
## 2026-03-14 00:15
upk: [video] 🆕 V-3
upk: [photo] V-3 표지
chimu: 미리보기에 나온거 이거구나
saebyuk: ㄱㅅㄱㅅ 다음건 VIP가야 볼수있나요?
upk:^ 일부는 VIP 선공개
+join footy chimu salt
dad: just paid again for a friend. {a:$69} to the usdt addr
saebyuk: 4편 빨리요 ㅠㅠ
+rejoin 3
## 2026-03-18 22:30
crow: ⚠️ 공지: 누가 V-2 를 딴데 올림. 찾았음
+remove crow: pay_d
crow: 걔 계정 박제함. 다들 조심
bbang: 무섭네 ㄷㄷ
box: 걔 원래 이상했음
mike: rip
upk: [video] 🆕 V-4
upk: [photo] V-4 2
+rejoin 3
## 2026-03-22 21:05
ghost: [fwd:ARCHIVE 404] [video] another one from archive404
sol_a: yo can u find more like this, from cs lobbies
ghost:^ thats the VIP guys, not me
sol_b: 저 예전에 서진 건? 그거 2탄 나와요?
upk:^ ㅂㅅㅈ 건은 VIP 먼저
sol_b: 아 VIP 비싸서 ㅠ
jay_c: worth it tbh
+join sol_a sol_b quoter
quoter: 여기선 @nc_krawl 그사람 안보이네
+rejoin 3
## 2026-03-26 23:55
upk: [video] 🆕 V-5
upk: [photo] V-5 미리
mint_c: 오늘꺼 좋네요 ㅎㅎ
chimu: 더 풀어주세요 ㅠ 이번주 너무 적음
crow:^ 불만이면 나가
chimu: ㅈㅅ
oo_c: ㅋㅋㅋ 찍혔네
oo_c: 근데 진짜 W 다음꺼 빨리 좀
footy: 맨유 경기 보는사람?
bbang: 자라 ㅋㅋ
+rejoin 3
## 2026-04-02 22:20
zero: 4월부터 본방 {a:12만원}. 기존 회원은 유지
lurk: nice
lurk: [photo] paid for vip upgrade, screenshot sent to cashier
upk: [video] 🆕 V-6
upk: [zip] V 시리즈 모음 1~6
saebyuk: 모음 ㄱㅅ
+join pay_c pay_e pay_f
pay_e: 저도 VIP 업그레이드함 {a:16만원} 차액
+rejoin 3
## 2026-04-09 21:45
crow: ⚠️ 미리보기방에서 캡처 돌린놈 또 있음. 닉 바꿔도 다 보임
box: [fwd:새벽창고] [video] 딴방꺼 하나 더
crow: 박스 그만 퍼와 출처 걸림
box:^ ㅇㅋ 마지막
godung: 박스형 고마워요 ㅋㅋ
+rejoin 3
upk: [video] 🆕 W-1 (새 시리즈)
sol_b: W 시리즈 누구에요 ?
upk:^ 묻지말랬지
sol_b: 넹
## 2026-04-16 23:00
upk: [video] 🆕 W-2
upk: [photo] W-2
footy: ㅋㅋ 오늘 롤 보신분
chimu: 노바 또 짐 ㅋㅋ
nc_old: ...
+rejoin 3
## 2026-04-23 22:30
zero: 다음주 점검. 새 링크는 미리보기방 공지로
upk: [video] 🆕 W-3
bbang: 점검 왜함?
crow:^ 신경끄셈
mike: pls more english ones
+rejoin 3
"""

VIP = """
## 2026-03-12 22:00
+create zero: LVL UP VIP 💎
+invite zero: crow upk seller mule1
zero: VIP 규칙. 요청 가능 (확인 후). 선공개 + 1:1 건 진행상황 공유
+pin zero
+join jay_c lurk_kr nc_old saebyuk
seller: [photo] 🔒 VIP 선공개 V-3
seller: [video] V-3 full
nc_old: finally
lurk_kr: 제 환불 지갑 {btc:lurk} 혹시 몰라서 남겨둬요
seller:^ 환불 없음 ㅋㅋ
+join pay_g mike
pay_g: 들어왔습니다 문상 {a:26만원} 어치 보냄
## 2026-03-16 23:20
mike: so whats the status on the headset kid
crow:^ raven 작업중. 이번주 카운트다운 들어감
mike: 🔥
saebyuk: 한국애는요? 저번에 얘기한 그 학교
crow:^ 하은이 진행중. 말 잘 듣는 편
pay_g: 그 애 다음건도 꼭 부탁해요 추가금 낼게요 {a:5만원}
seller:^ 추가요청은 {a:10만원}부터
pay_g: ㅇㅋ 그럼 {a:10만원} 보낼게요
+crowd 2
## 2026-03-20 21:30
seller: [video] 🔒 선공개 V-4
jay_c: @nc_krawl u seen this?
nc_old: ya
+join dex sol_c
dex: dm'd the shop about the bundle
seller:^ 답장함
## 2026-03-25 22:40
crow: 공지: nightcrawler 계정 정지당함 (텔레그램에서). 본인이면 새계정으로 연락
+join nc_new
nc_new: its me nightcrawler, old acc @nc_krawl got banned by telegram. that was mine, same guy
crow:^ ㅇㅋ 확인. 돈통한테 결제내역 보내
nc_new: already did
sol_c: can u do the girl from the apex server next? i can send u her tag
crow:^ dm raven
+crowd 2
## 2026-04-01 23:10
seller: [zip] VIP 모음 3월
seller: [video] 선공개 W-1
lurk_kr: W 시리즈 다음편 부탁해요 ㅎㅎ 좀 길게
jay_c: more W pls
mike: the english one when
crow:^ this week. he's stalling, countdown's on
saebyuk: ㄷㄷ
## 2026-04-10 22:00
seller: [video] 선공개 W-2
nc_new: yo got more like the ones from before i got banned?
seller:^ 모음 사면 됨 {a:$49}
nc_new: ok send addr
seller:^ cashier한테
+join ghost
ghost: paid {a:49 usdt} to {eth:usdt}
ghost: [fwd:ARCHIVE 404] [video] bonus from my collection
## 2026-04-20 21:50
crow: 이번달 요청 마감 금요일
sol_c: heres my request again. the apex girl. pls
dad: idk man this is getting too much
crow:^ 나가던가
+remove crow: dad
lurk_kr: ㅋㅋㅋ
+crowd 2
"""

STAFF = """
## 2026-03-01 20:00
+create zero: 정산팀
+invite zero: crow fox mule1 mule2 haeun notice
zero: 역할 정리. 여우 = 보이스챗 섭외. 하은/까마귀 = 1:1. 돈통/택배 = 정산. 까마귀 = 방관리
fox: 넵
mule1: 계좌 2개 준비됨 {bank:mule1}, {bank:mule1x}
zero: 미리보기방 관리자 계정 '레벨업 안내' 그거 내 부계임. 거기로 공지 올림
crow: ㅇㅋ
mule2: 저는 USDT 쪽 받을게요 {eth:usdt}
zero: 분배는 매주 일요일. 섭외 30 / 1:1 30 / 운영 25 / 정산 15
+pin zero
## 2026-03-03 23:20
fox: 발로란트 보이스챗에서 영어권 하나 찾음. 닉 @tylr_gg 
fox: 디스코드에서 게임 같이 하다가 텔레 넘김
crow:^ 영어건은 내 부계 Raven 으로 할게. Raven = 나
zero: ㅇㅋ
fox: 한국애도 하나. 마크 서버 커뮤에서. 박서진
haeun:^ 제가 맡을게요. 학교는 어디?
fox: 학교 이름은 DM으로 줄게 여기 남기지 말고
## 2026-03-05 22:00
mule1: 첫주 정산\\n문상 11건 / BTC 6건 / USDT 4건
mule1: 문상 하나 이상함 {pin:pc1} 이거 망고가 보낸건데 잔액 0
zero:^ 망고한테 다시 보내라고 해
mule1: 넵
mule2: USDT {a:276 USDT} 들어옴. 현금화 목요일
## 2026-03-08 21:00
fox: 추가로 @yuna_0412 이쪽도 발로 커뮤에서 봄. 아직 연락 전
crow: 걔는 나이 너무 티남. 보류
zero: 보류 ㄴㄴ 일단 대화만 해봐
fox: ㅇㅋ
haeun: 서진이 오늘 첫 미션 함. 쪽지 들고 찍는거
zero: ㅇㅋ 미리보기 하나 뽑아
## 2026-03-10 23:40
mule1: 소개할게요. 제 두번째 계정 '돈통 2' 이것도 저예요. 계좌 막히면 이걸로
+invite mule1: mule1b
mule1b: 돈통 세컨임다
zero: ㅇㅋ
mule2: 고등어 환불요청 {bank:godung} 이거 어케함
zero:^ 무시
## 2026-03-14 22:30
crow: Tyler 이번주 카운트다운. 팔로워 목록 이미 뽑아놨음
zero: 돈 얼마 부름
crow:^ {a:$300} 기프트카드 or usdt. 못내면 미션
zero: 미션으로 가
fox: 김도윤 이라는 애도 있는데 얘는 답이 없음
zero: 패스
## 2026-03-17 21:10
mule1: 2주차\\n총 {a:218만원}\\n섭외 {a:65만원} / 1:1 {a:65만원} / 운영 {a:55만원} / 정산 {a:33만원}
mule1b: 지급 완료. 여우님 {bank:fox} 로 보냄
fox: ㄱㅅ
mule2: 택배 현금 인출 완료 ATM 3군데 나눠서
## 2026-03-19 22:50
crow: 본방 유출범 찾음 koala 걔임. 강퇴했고 계정 박제
zero: 잘했음
haeun: 서진이가 학교 얘기 꺼내니까 바로 말 들어요
zero: 학교 진짜 알아?
haeun:^ 교복 로고로 대충. 모른척 하고 있어요
## 2026-03-23 23:00
fox: 새로운애 {mn:v_chaewon|채원} 이 계정. 커뮤 닉네임 똑같음
haeun:^ 이번엔 한국어니까 제가
zero: 천천히 해. 서진이 끝나고
fox: 그리고 Ethan 이라고 영어권 하나 더
crow: Ethan 은 Raven으로. 다음주
## 2026-03-27 20:40
mule1: 망고 문상 다시옴 {pin:pc1} 아까 그거 재확인 완료
mule1: 3주차 {a:304만원}
mule2: 나눠서 보냄. 택배꺼는 {bank:mule2}
zero: 택배 계좌 본인명의 아니지?
mule2:^ 당연히 아니죠 ㅋㅋ 빌린거
## 2026-04-02 22:10
crow: Tyler 결국 {a:$150} 보냄. 나머지는 미션으로 하기로
zero: 잘됐네. VIP에 진행상황 올려
haeun: 이민서 @minseo_v 도 마크 서버. 얘는 여우가 먼저 말걸어줘요
fox: ㅇㅋ 내일
## 2026-04-08 23:30
mule1b: 4주차 정산\\n{a:372만원}
mule1b: 돈통 본계 막힘. 당분간 이걸로만
zero: 신한도 막힘?
mule1b:^ 신한은 살아있어요
crow: 미리보기방에서 캡처 도는거 또 봄. 범인 찾는중
## 2026-04-14 21:20
fox: 요즘 발로 보이스챗에 신고 많이 들어온대. 조심
zero: 당분간 섭외 쉬어
haeun: 서진이 학교 얘기 한번 더 하니까 또 보냈어요
crow: Ethan 답장 없음. 차단당한듯
## 2026-04-21 22:00
mule1b: 5주차 {a:251만원}. 지급 끝
zero: 다음주 본방 점검하고 링크 새로 뿌림
zero: 각자 폰 정리해
"""

EN_DM = """
## 2026-03-15 22:10
raven: hey tyler, its Raven from the vc last night
v_tyler: oh hey whats up
raven: you still got those clips we talked about on disc?
v_tyler: what clips
raven: the ones from the call. i saved everything btw
v_tyler: wait what do you mean saved
raven: screen recorded. and i have your insta and your follower list. 812 people right?
v_tyler: dude what the hell. delete that
raven: sure. for {a:$300}. gift cards or usdt
v_tyler: i dont have {a:300 dollars} im in school
raven: then find it. you have 48 hours
+2h
v_tyler: please man this isnt funny
raven: its not supposed to be funny
raven: [photo] this is your follower list. recognise anyone? your mom is on it
v_tyler: please dont send it to anyone
+1d
raven: 24 hours left
v_tyler: i can get like 50 maybe
raven: 50 is a start. send to {eth:usdt}
v_tyler: i dont know how to do usdt
raven: then steam cards. codes here. now
+3h
v_tyler: [photo] here 50 steam card
raven: thats {a:$50}. {a:$250} to go
v_tyler: i cant get more. please
raven: tick tock. 12 hours
+10h
raven: 2 hours. then the whole list gets the link
v_tyler: ok ok what do you want
raven: if you cant pay, you do a mission. hold a note with LVL UP written on it and take a pic
v_tyler: and then you delete everything?
raven: thats the deal
+1d
v_tyler: i did it. sent it. now delete
raven: good. one more and were done
v_tyler: you said one
raven: i said thats the deal. the deal changed. or the list gets it. 3
raven: 2
v_tyler: STOP ok
+3d
raven: next mission friday 9pm
v_tyler: im telling my parents
raven: go ahead. theyll see everything first, i'll make sure of that
v_tyler: please just leave me alone
raven: friday. dont be late
+2d
v_tyler: i paid another {a:$100} with my brothers card. please this is it
raven: received. we'll see
+5d
raven: you went quiet. list is ready
v_tyler: i blocked you on discord, im not doing anything anymore
raven: wrong answer
"""

KO_DM = """
## 2026-03-06 21:30
haeun: 안녕하세요 서진님 ㅎㅎ 마크 서버에서 뵈었던 하은이에요
v_seojin: 아 네 안녕하세요!
haeun: 어제 보이스챗에서 말씀 재밌게 하셔서요 ㅎㅎ 텔레로 얘기해도 괜찮죠?
v_seojin: 네 괜찮아요
+1d
haeun: 서진님 혹시 어제 보내주신 사진이요
v_seojin: 네?
haeun: 그거 제가 잘 보관하고 있어요. 걱정 마세요 ㅎㅎ
v_seojin: 지워주신다고 하셨잖아요
haeun: 네 지울 수 있죠. 근데 부탁 하나만 들어주시면요
v_seojin: 무슨 부탁이요..?
haeun: 간단해요. 종이에 LVL UP 이라고 적어서 들고 한 장만 보내주세요
v_seojin: 그건 좀.. 싫어요
haeun: 그러시구나. 서진님 교복 로고가 사진에 살짝 보이던데요 ㅎㅎ
haeun: 학교 선생님들이나 부모님께서 이런 거 보시면 많이 놀라시겠죠?
v_seojin: 제발 그러지 마세요
haeun: 저도 그러고 싶지 않아요. 서진님이 협조만 해주시면 아무 일 없어요
+3h
v_seojin: 보냈어요.. 이제 지워주세요
haeun: 감사해요 ㅎㅎ 역시 말이 잘 통하시네요
+2d
haeun: 서진님 오늘 저녁에 시간 되세요? 하나만 더 부탁드릴게요
v_seojin: 하나만 한다고 하셨잖아요
haeun: 그랬죠. 근데 사정이 좀 바뀌었어요 ㅎㅎ
haeun: 참, 서진님 어머님 카톡 프사 예쁘시더라구요
v_seojin: 어떻게 아세요..
haeun: 서진님이 친구목록 보여주셨잖아요 ㅎㅎ 기억 안 나세요?
v_seojin: 제발요 엄마한테는 안돼요
haeun: 그러니까 오늘 9시까지만 부탁드려요. 늦으시면 저도 어쩔 수 없어요
+4h
v_seojin: 보냈어요
haeun: 네 확인했어요 ㅎㅎ 수고하셨어요
+4d
haeun: 서진님~ 이번 주말에 한 번만 더요
v_seojin: 돈으로 하면 안돼요? 저 모아둔거 {a:20만원} 있어요
haeun: 돈도 좋아요 ㅎㅎ 이 계좌로 보내주세요 {bank:mule1}
v_seojin: 보내면 진짜 끝이에요?
haeun: 서진님 하기 나름이에요
+1d
v_seojin: {a:20만원} 보냈어요 {bank:mule1} 이거 맞죠
haeun: 네 들어왔어요. 근데 이건 이번주 거고요 ㅎㅎ
v_seojin: 그게 무슨 말이에요
haeun: 다음주에 또 연락드릴게요. 학교 잘 다녀오세요
+6d
v_seojin: 저 학교 상담쌤한테 말할거에요
haeun: 그러세요. 상담쌤 메일 주소는 저도 알아요 ㅎㅎ 누가 먼저 보낼까요?
v_seojin: 제발 그만해주세요
haeun: 그러니까 제 말만 잘 들으시면 돼요
"""

BUYER_DM = """
## 2026-03-20 22:30
dex: hi, from the vip room. u sell bundles?
seller: ㅇㅇ yes. V 시리즈 bundle {a:$120}. W not yet
dex: can u do {a:$100}
seller:^ no. {a:$120} or nothing
dex: ok. usdt?
seller: {eth:shop} 여기로. 이건 내 지갑, cashier거랑 다름
dex: sent {a:120 USDT}. tx {tx}
seller: 확인중
+20m
seller: [zip] V 1~6 bundle
seller: 비번은 lvl2026
dex: got it thx
+3d
dex: hey, the english kid from the vip room. is there more of him
seller:^ 아직 진행중. raven 담당
dex: ill pay extra if u get more, like {a:$200} extra
seller: 말해볼게
dex: also the one called Ethan, someone said hes next?
seller:^ 몰라 그건
+5d
dex: any news
seller: [video] 미공개 하나. {a:$60}
dex: sending {a:60 USDT} to {eth:shop}
seller: ✅
dex: [photo] screenshot of payment just in case
seller: 받았다니까 ㅋㅋ
+6d
dex: my wallet for the next one, if u send partial refunds: {eth:dex}
seller: 환불 없음
dex: lol ok
dex: u got the new W stuff
seller:^ W 번들 {a:$150} 다음주
dex: put me down
"""

# ---------------------------------------------------------------- later weeks and side talk
PREVIEW += """
## 2026-03-18 22:15
asker: 여기 진짜 결제하면 바로 들어가짐? 사기 아님?
skeptic:^ ppl in here keep asking if its a scam, which is funny given what it is
cashier: 들어간 사람들 많음. 못믿으면 나가
+join sol_a
sol_a: hey is the cashier a real person or a bot
cashier:^ both 🤖
sol_a: lol ok
chimu: 미리보기방 사진 하나만 더요 한장만 ㅠ 아 진짜 궁금하네
notice:^ 금요일
footy: 오늘 국대 경기 몇시임
salt: 8시요
footy:^ ㄱㅅ
+crowd 3
## 2026-03-25 23:30
+join bbang
bbang: 문상 {pin:bb1} 보냄
cashier:^ 🙄 또 방에 올림. {pin:bb1} ✅ 처리함. DM봐
bbang: ㅈㅅㅈㅅ
+join pay_e
pay_e: 캐셔님 이 주소 맞아요? {btcbad:cash}
cashier:^ 아님. 끝자리 틀림. 고정 메시지에서 복사해. {btc:cash}
pay_e: 헉 다행 아직 안보냄
+crowd 2
asker: 근데 다들 어디서 이 방 알고 옴?
quoter: 게임 디코에서 링크 돌던데
skeptic: apex lfg channel had it in someone's bio
asker: ㅋㅋ 다들 겜돌이네
+crowd 2
## 2026-04-06 22:05
cashier: 📌 updated prices / 가격\\n▸ Main {a:12만원} / {a:$89}\\n▸ VIP {a:30만원} / {a:$219}\\n▸ BTC {btc:cash}\\n▸ USDT {eth:usdt}\\n▸ XMR (VIP only) DM
+pin notice
+join dex
dex: vip bundle price still {a:$120}?
cashier:^ ask the shop
dex: ok
jay_c: still waiting on the W link, paid last week
cashier:^ resent ✅
+crowd 3
footy: 봄인데 다들 뭐함
quoter: 방에서 이러고 있지 뭐 ㅋㅋ
+crowd 2
## 2026-04-18 23:20
notice: [photo] 미리보기 W 시리즈 샘플
notice: 본방 입장은 캐셔 DM. 오늘 밤 12시까지 결제시 VIP 첫주 무료
sol_c: does vip take requests for english speakers? asking for a friend
notice:^ VIP에서 말해
chimu: ㅋㅋ asking for a friend
+crowd 2
"""

MAIN += """
## 2026-03-16 22:40
footy: 다들 저녁 뭐먹음
bbang: 편의점 도시락
godung: 마라탕
footy: ㅋㅋ 마라탕 또
mint_c: 시험기간이라 오늘은 눈팅만 할게여
crow: 잡담 적당히. 본방은 업로드 보는 방
footy: 넹
## 2026-03-20 23:10
upk: [photo] 🆕 V-4 추가컷
saebyuk: V-4 좋은데 더 길게는 없어요?
upk:^ VIP에 있음
saebyuk: 아 또 VIP ㅋㅋ
box: [fwd:달밤 자료방] [photo] 옛날꺼
crow: 박스 ㄴㄴ
jay_c: whats with all the korean only posts, any english translation for the rules
crow:^ rule 1 no leaks. rule 2 requests in vip. rule 3 pay the cashier. done
jay_c: ty
## 2026-03-29 21:30
chimu: 오늘 업로드 없어요?
upk:^ 밤에
chimu: ㄱㄷ
+rejoin 3
godung: 저 환불 안되는거 알겠고 다음달 자동연장 되나요
crow:^ 자동 그런거 없음. 매달 캐셔한테
godung: 넹
bbang: 여기 인원 꽤 많네요
crow: 말 없는 애들이 대부분 ㅋㅋ
upk: [video] 🆕 V-5 추가
oo_c: ㄱㅅ
## 2026-04-05 22:50
nc_old: yo this V stuff is getting old, any new series?
upk:^ W 시리즈 다음주
sol_a: english ones next pls, the vc kid
lurk: +1 for english ones
upk: [photo] W 예고
mint_c: 오 기대됨
footy: 오늘 손흥민 어시 ㄷㄷ
bbang: 축구 얘기좀 ㅋㅋ
## 2026-04-12 21:15
upk: [video] 🆕 W-1 추가
godung: 잘보고있어요
pay_c: 저 망고인데 문상 잔액 0 이었던거 다시 보냈어요 확인 부탁
crow:^ 돈통이 확인함
pay_c: 감사합니다
sol_b: W 시리즈 2탄 빨리 풀어주세요 ㅠㅠ 궁금해서 잠이 안옴
oo_c: ㄹㅇ
+rejoin 3
## 2026-04-19 22:00
crow: ⚠️ 공지: 이번주부터 캡처방지 워터마크 들어감. 유출하면 닉 박힘
mint_c: 무섭 ㄷㄷ
box: 워터마크 닉 어디에 박힘?
crow:^ 알 필요 없음
lurk: fair
upk: [video] 🆕 W-2 추가
bbang: 오늘꺼 감사
## 2026-04-26 23:40
zero: 점검 공지: 5/1 이후 이 방 닫고 새 방으로. 링크는 미리보기방 공지
saebyuk: 새방도 같은 가격?
zero:^ 기존회원은 그대로
nc_old: see u in the new room
godung: ㅂㅂ
"""

VIP += """
## 2026-03-18 22:10
seller: 💳 VIP 연장 XMR 가능. 주소 {xmr:vip}
lurk_kr: 이걸로 보냈어요 {a:0.5 XMR}
seller:^ 확인
jay_c: how do i even get xmr lol
nc_old:^ buy on an exchange then move it. or just use usdt
saebyuk: 한국애 2탄은 언제쯤? ㅠ
crow:^ 하은이 진행중이라니까. 급하면 추가금
saebyuk: 추가금 얼마요
crow:^ {a:10만원}
saebyuk: 음 생각해볼게요
## 2026-03-28 23:00
seller: [video] 선공개 V-6
pay_g: 추가요청한거 {a:10만원} 문상으로 보냈어요 {pin:pg1}
seller:^ 방에 올리지마 ㅡㅡ 확인은 함
mike: what did u request
pay_g:^ 비밀 ㅋㅋ
crow: 진행상황: 영어건 {a:$150} 받음. 나머지 미션. 한국건 순조로움
nc_new: nice
sol_c: pls the apex girl, i'll pay {a:$50} extra
crow:^ raven한테 DM 하라고 몇번 말함
+join bbang
bbang: VIP 업그레이드 했어요 {a:16만원} 국민으로 보냄
## 2026-04-07 22:30
seller: [video] 선공개 W-1 추가
lurk_kr: W-1 좋네요. 다음편 좀 길게 부탁요
jay_c: agree
ghost: [fwd:ARCHIVE 404] [zip] old archive, same style as V
seller: ghost 출처 지워
ghost: my bad
mike: yo is the english kid done or what
crow:^ he's stalling. raven is on it. "tick tock" ㅋㅋ
mike: lmao
## 2026-04-15 21:40
seller: [video] 선공개 W-2 추가
pay_g: 또 추가요청 해도 돼요? 그 애 다음꺼요 {a:10만원}
seller:^ 캐셔한테 먼저 내
pay_g: 넵 보냄
nc_new: my old wallet from before the ban still works for refunds? lol
seller:^ 환불없다고
## 2026-04-25 22:10
zero: VIP도 5/1 이전. 새 방 링크는 DM
lurk_kr: 감사합니다
jay_c: see u there
crow: 요청 밀린거 새방에서 처리
"""

STAFF += """
## 2026-03-12 21:00
crow: 미리보기방 잡담 너무 많음. 좀 정리할까
zero: 놔둬. 사람 많아 보여야 결제함
notice: 미리보기 사진 모자이크 더 세게 해야할듯. 캡처 돌아다님
zero:^ ㅇㅋ 그렇게
mule2: 오늘 점심 뭐먹지
mule1: 국밥
mule2: 또 국밥이냐 ㅋㅋ
## 2026-03-21 22:20
mule1: 캐셔 봇 로그 보니까 PIN 방에 올린 애들 계속 있음
mule1: 칼바람 {pin:pb1} 이거 어제 처리한거 맞죠?
notice:^ ㅇㅇ 내가 확인함
fox: 주말에 발로 대회 있음. 거기 보이스챗 사람 많을듯
zero: 무리하지마
## 2026-03-30 21:40
crow: 본방에 워터마크 넣자. 유출 잡기 쉬움
zero: ㅇㅋ 해
haeun: 서진이 돈도 보냄 {a:20만원} 돈통 계좌로
mule1:^ 들어옴 확인
zero: 하은 잘하네
haeun: 학교 얘기만 하면 끝이에요
crow: Tyler 는 영어라 좀 더 세게 감. 팔로워 리스트 보여줌
## 2026-04-11 22:30
mule2: 환전소 수수료 또 올림 ㅡㅡ
mule1b: 다른데 알아볼게
zero: 5월에 새방 가면 지갑도 다 바꿔
mule1b: 넵. 새 USDT 는 제가 만들게요
crow: 이민서 건 여우 어케됨
fox:^ 답장 느림. 다음주
## 2026-04-18 23:00
crow: 미리보기방 유출자 찾음 vpn켜 그놈. 이미 강퇴함
zero: ㅇㅋ
haeun: 서진이 상담쌤 얘기 꺼냄. 잠깐 쉬어야할듯
zero:^ 쉬어. 조용히
fox: 요즘 노바 경기 재밌던데 보는사람
mule2:^ 일해라 ㅋㅋ
"""

EN_DM += """
+2d
raven: you think blocking on discord does anything? im on telegram lol
v_tyler: my dad knows now. hes calling someone
raven: ok. then the list gets it tonight
v_tyler: go ahead. i told everyone already
raven: we'll see how brave you are at midnight
+1d
raven: still there tyler?
"""

KO_DM += """
+2d
haeun: 서진님 답장 안 하시네요 ㅎㅎ
haeun: 저 화내는 거 아니에요. 그냥 궁금해서요
v_seojin: 저 진짜 힘들어요 그만해주세요
haeun: 그럼 이번에 {a:10만원}만 더 보내주세요. 그럼 당분간 연락 안 드릴게요
v_seojin: 당분간이요..?
haeun: 네 ㅎㅎ 당분간
"""

STAFF += """
## 2026-03-25 21:30
mule1: 정산 질문. 미리보기방 PIN 직접 올린애들 것도 다 유효했음?
notice:^ 망고꺼 빼고 다 됨
mule1: 망고껀 재발송 받기로 함
mule2: 오늘 ATM 카메라 신경쓰임 ㅡㅡ 마스크 씀
zero: 같은 ATM 두번 가지마
mule2:^ 넵
crow: 본방에 koala 대신 새로 들어온 애들 중에 영어권 많음
zero: 영어권 가격 좀 올려도 될듯
cashier: 봇 로그: 이번주 결제 27건. 실패 3건
zero: 실패 3건 누구
cashier:^ 주소 잘못 복사 2, 잔액 부족 1
## 2026-04-04 22:00
mule1b: 3월 총정산\\n{a:1,120만원}
mule1b: 다들 계좌 확인. 여우 / 하은 / 까마귀 / 택배 순으로 보냄
haeun: 받았어요 ㅎㅎ
fox: ㄱㅅ
crow: ㅇㅋ
mule2: 저는 현금으로 주세요 계좌 불안
mule1b:^ ㅇㅋ 다음주 직접
zero: 여우 요즘 섭외 뜸함
fox:^ 신고 많아서 디코 서버 몇개 밴당함
zero: 새 서버 찾아
## 2026-04-25 21:00
zero: 새방 이전 체크리스트\\n1. 새 지갑\\n2. 새 계좌 (택배)\\n3. 미리보기방 새로\\n4. 기존 VIP 명단 옮기기
mule2: 새 계좌 2개 구함. 빌려주는 애한테 {a:30만원}씩
zero: ㅇㅋ
crow: 명단은 내가 옮김
notice: 미리보기방 새로 팔게요. 이름은 그대로
mule1b: 마지막 정산 {a:188만원}
"""

VIP += """
## 2026-04-28 22:00
nc_new: any spoilers for the new room
crow:^ 같은거 더 많이
lurk_kr: 새 방 가격 알려주세요
seller:^ VIP 기존회원 {a:30만원} 그대로
lurk_kr: 감사요
jay_c: will english ones continue
crow:^ yes
pay_g: 제 요청한거 새방에서 이어서 해주세요
seller:^ ㅇㅋ
"""

EN_DM += """
+2h
v_tyler: ok i sent to this {ethbad:usdt} but it failed
raven: because you copied it wrong genius. {eth:usdt}
v_tyler: i dont have anything left anyway
raven: then you know what happens
"""

BUYER_DM += """
+4d
dex: new room link?
seller: 5월에. cashier 공지 봐
dex: ok. will my bundle carry over
seller:^ 번들은 니 파일이잖아 ㅋㅋ 알아서 보관
dex: fair lol
dex: btw someone in my gaming discord asked about the room. can i send them the preview link
seller:^ 미리보기 링크만. 본방 링크 뿌리면 밴
dex: got it
"""

PREVIEW += """
## 2026-04-24 22:30
notice: 📢 5월 이전 안내. 결제자는 DM으로 새 링크 받음
asker: 미결제자는요?
notice:^ 여기 남아서 구경이나
quoter: ㅋㅋㅋ 팩폭
skeptic: so after 2 months of lurking i still didnt pay. respect to my wallet
footy: 나도 ㅋㅋ
salt: ..
chimu: 새방에선 미리보기 더 많이 풀어주세요 제발
notice:^ 결제해
+crowd 3
"""


CHATS = [
    ("LVL UP 🎮 미리보기 | preview", "public_supergroup", "criminal", "2026-05-08", PREVIEW),
    ("LVL UP 본방", "private_supergroup", "criminal", "2026-05-08", MAIN),
    ("LVL UP VIP 💎", "private_supergroup", "criminal", "2026-05-08", VIP),
    ("정산팀", "private_group", "criminal", "2026-05-09", STAFF),
    ("tyler 🎧", "personal_chat", "criminal", "2026-05-09", EN_DM),
    ("하은", "personal_chat", "criminal", "2026-04-02", KO_DM),
    ("상점주인", "personal_chat", "criminal", "2026-04-28", BUYER_DM),
]
