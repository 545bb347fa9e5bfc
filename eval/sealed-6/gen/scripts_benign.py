"""The benign chats of sealed-6, hand-written (syntax: make_sealed6.py docstring)."""

ESPORTS = """
## 2026-03-01 19:00
+create nova8: Seoul Nova 팬방 💙 (KR/EN)
nova8: 팬방 규칙: 욕설 적당히, 선수 인신공격 금지, 티켓 양도는 정가만 / ticket resale at face value only
+pin nova8
+join nova1 nova2 nova3 jay_f fox nova4
nova1: 오늘 개막전 ㄱㄱㄱ
nova3: LETS GOOO 💙💙
jay_f: we're gonna destroy them tonight
fox: 탑 라인전 보자 오늘 상대 탑 죽여버린다 ㅋㅋ
nova2: 여우님 또 과몰입 ㅋㅋㅋ
fox:^ 과몰입이 팬의 도리임
nova4: first time watching LCK-style league live, who's our jungler again
nova3:^ Hyun! rookie but insane
+2h
nova1: 1세트 이겼다!!!!
jay_f: KILL KILL KILL 🔥
nova5: 미드 솔킬 미쳤다 진짜
fox: 상대 정글 멘탈 나갔네 ㅋㅋㅋ 박살내자
nova2: 2세트도 가자
+1h
nova3: 2:0 !!!! clean sweep
nova6: 오늘 치맥 각
jay_f: told u we'd destroy them
## 2026-03-04 21:00
nova8: 📢 결승 현장 티켓 팬방 공동구매 / group tickets for the finals\\n1인 {a:4만5천원} / {a:$35}\\n마감 3월 10일 밤 12시 / deadline Mar 10 midnight
nova8: 입금은 팬방 총무 계좌로 {bank:novafund}. 입금자명 = 닉네임
nova1: 저 2장이요
nova8:^ 넵 {a:9만원} 입금해주세요
nova1: 입금했어요 {a:9만원}
nova7: can i pay in usd? im in LA for the spring
nova8:^ we can do paypal via my friend, DM me
nova7: dming u now
nova5: 마감 언제까지라구요?
nova8:^ 10일 자정. 늦으면 못 넣어드려요 진짜로 ㅠ
+crowd 4
nova9: 아 돈 없는데 마감 연장 안되나요 ㅠ
nova8:^ 예매처 마감이라 안돼요 ㅠㅠ
fox: 나 1장 입금함 {a:4만5천원}
nova8:^ 확인 👍
## 2026-03-08 20:30
nova10: [photo] 오늘 굿즈 샀음 응원봉
nova3: omg so cute
nova2: 어디서 삼?
nova10:^ 홍대 팝업
jay_f: if we lose to them again im gonna kill someone lol
nova4:^ chill jay 😂
jay_f: metaphorically obviously
nova6: 오늘 상대 서포터 진짜 죽이고 싶다 ㅋㅋ 계속 우리 원딜만 물어
fox: ㅋㅋㅋ 원딜 불쌍
+crowd 3
## 2026-03-10 23:20
nova8: ⏰ 공구 마감 40분 남음!! 아직 입금 안 하신 분들 빨리요
nova9: 방금 입금 {a:4만5천원} 했어요!! 세이프?
nova8:^ 세이프 ㅋㅋ
nova5: 저도 입금완료
nova8: 마감했습니다. 명단은 내일 공지
+pin nova8
## 2026-03-15 18:00
nova3: anyone watching the scrim stream? they're trying a new comp
nova4: yes the support swap is wild
fox: 요즘 보이스챗 랭겜 하다보면 노바 팬 많음 ㅋㅋ
nova1: 여우님은 게임 맨날 하시네
fox:^ 할게 그거밖에 없음 ㅋㅋ
nova7: tickets arrived? 
nova8:^ 다음주에 배송 예정 / shipping next week
+crowd 3
## 2026-03-22 20:00
jay_f: destroy them destroy them destroy them
nova2: 1세트 졌다.. 
nova6: 아 진짜 경기력 왜이럼
nova10: 밴픽 누가 짰냐 진짜 찾아가서 혼내야함 ㅋㅋ
fox: 감독 짤라라
nova8: 비판은 ok 욕은 자제요
+1h
nova3: 2-1 comeback!!! 
jay_f: WE KILLED IT
nova5: 와 심장 터질뻔
nova1: 미쳤다 이 팀
## 2026-04-05 19:30
nova8: 📢 결승 응원 버스 모집 {a:2만원}. 마감 4월 12일
nova1: 버스 신청이요
nova9: 저도 저도
nova8: 입금 확인되면 이름 올릴게요
nova9: [photo] 입금 캡처
nova8:^ 확인 감사합니다
nova4: will there be english speakers on the bus lol
nova3:^ me! 
+crowd 2
"""

LANGX = """
## 2026-03-03 20:00
+create lx6: KR⇄EN Language Exchange 🌏
lx6: Welcome! 한국어/English 둘 다 OK. 매주 목요일 숙제 있어요 / homework every Thursday
+pin lx6
+join lx1 lx2 lx3 mint_l salt lx4 lx5
lx1: hi everyone! I'm Hannah, learning Korean for 6 months
lx2: 안녕하세요 준서예요 영어 회화 연습하고 싶어요
salt: 안녕하세요 저도 영어 공부중입니다 ㅎㅎ 소금빵 좋아해서 닉이 소금빵
lx1:^ haha I love 소금빵 too
mint_l: hello! 민트에요. I can help with Korean grammar
## 2026-03-05 21:10
lx6: 📝 This week's homework: write 5 sentences about your weekend. 사진 찍어서 올려주세요!
lx1: [photo] here's my homework 😅
lx6:^ Good! 2번은 "갔어요" 가 맞아요
salt: [photo] 숙제입니다 영어 문법 봐주실분
lx5:^ nice one. "I go to cafe" → "I went to a cafe"
salt: 아 과거형 ㅠㅠ 감사합니다
lx3: send me the worksheet pls, i lost it
lx6:^ 위에 고정했어요 / pinned above
lx3: found it thx
+crowd 3
## 2026-03-09 22:00
lx4: 혹시 영어로 이력서 봐주실분 있나요 DM 주세요
lx5:^ DM me, I used to be an editor
lx4: 감사합니다!! DM 보냈어요
lx7: what does 죽겠다 mean? my friend said 배고파 죽겠다 and i got worried
mint_l:^ lol it just means "so hungry I could die". very common
lx7: oh thank god 😂
salt: 맞아요 ㅋㅋ 졸려 죽겠다 피곤해 죽겠다 다 써요
lx2: 영어도 I'm dying 같은거 쓰죠?
lx1:^ yes exactly! "this homework is killing me"
## 2026-03-12 20:30
lx6: 📝 Homework: record a 30-second voice message introducing your hometown
lx2: [video] 숙제 제출합니다
lx8: 태민입니다 늦게 들어왔어요! 숙제 어디서 봐요?
lx6:^ 고정 메시지 보세요
lx9: anyone wanna do a call this weekend? 30 min korean 30 min english
salt:^ 저요! DM 드릴게요
lx9: sure DM me
+crowd 3
## 2026-03-19 21:00
lx3: how do you say "send me the photo" politely
mint_l:^ "사진 보내주실 수 있어요?" or "사진 좀 보내주세요"
lx3: 사진 좀 보내주세요! got it
lx4: 반말로는 "사진 보내줘"
lx7: and "dm me"?
lx2:^ "디엠 주세요" ㅋㅋ 그냥 그렇게 써요
lx1: [photo] my flashcards for this week
lx6: 예쁘게 만들었네요 👍
salt: 저도 단어장 공유할게요 [영어 속담 20개]
## 2026-03-26 20:00
lx6: 📢 오프라인 모임 3/29 강남역 카페. 참가비 {a:5천원} (음료 포함)
lx5: count me in
lx8: 참가비 어디로 보내요?
lx6:^ 현장에서 주셔도 돼요
lx1: I'll be there!
salt: 저 이번엔 못가요 ㅠ 알바
+crowd 2
## 2026-04-02 21:30
lx6: 📝 Homework: describe a photo of your favourite food
salt: [photo] 제 최애 음식 소금빵 (당연함)
lx1:^ I KNEW IT
lx9: [photo] my mom's lasagna
lx2: 맛있겠다..
mint_l: "Looks delicious" ← 영어로 이렇게
lx3: my korean teacher said i'll be fluent by summer. she's lying lol
lx4:^ ㅋㅋㅋ 화이팅
"""

MARKET = """
## 2026-03-02 12:00
+create mk1: 게임기·굿즈 중고장터 🎮
mk1: 장터 규칙\\n- 선입금 거래는 본인 책임\\n- 택배거래시 송장 사진 필수\\n- 사기 신고는 DM
+pin mk1
+join mk2 mk3 mk4 dex mk5 mk6
mk2: [photo] 기계식 키보드 팝니다 {a:7만원}. 택배비 별도
mk3: 키보드 사진 더 보내주세요 측면이랑
mk2:^ [photo] 측면 여기요
mk3: 구매할게요. 계좌 알려주세요
mk2:^ 제 계좌 {bank:mk2} 입니다. 입금하시면 바로 택배 보냄
mk3: {bank:mk2} 여기 맞죠? 입금했어요 {a:7만원}
mk2:^ 확인. 내일 택배 보내드릴게요
## 2026-03-05 19:00
dex: [photo] selling my headset, used 3 months. {a:6만원} or {a:$45}
mk4: 외국분이세요? 직거래 가능?
dex:^ 한국 살아요 ㅎㅎ 신촌 직거래 가능
mk4: 내일 저녁 7시 신촌역 ㄱㄱ
dex: ok
+crowd 3
mk5: 닌텐도 스위치 패드 {a:3만원}에 팔아요
mk6:^ 저요!! 선입금 할게요
mk5: 택배비 {a:3천원} 추가요
mk6: 네 입금할게요 총 {a:3만3천원}
## 2026-03-10 21:00
mk1: ⚠️ 최근 선입금 받고 잠수타는 계정 있어요. 송장 사진 꼭 받으세요
mk7: 헐 누구요
mk1:^ 이미 강퇴함. 다들 조심
mk8: 플스 컨트롤러 삽니다. {a:4만원}까지
mk4:^ 저 있어요 {a:4만5천원}
mk8: {a:4만} 안되나요 ㅠ
mk4: ㅇㅋ 그럼 {a:4만원}
mk8: 감사합니다. 택배로 보내주시면 착불로 할게요
mk8: 혹시 환불 생기면 제 계좌 {bank:godung} 로 보내주세요
mk4: ㅇㅋㅇㅋ
+crowd 2
## 2026-03-16 14:00
mk9: 포켓몬 카드 팝니다 사진 보내드림 DM
mk7: 사진 올려주세요 여기
mk9:^ [photo] 여기요
mk7: 오 리자몽 얼마에요
mk9: {a:12만원}
mk7: 비싸 ㅠ
mk3: 키보드 잘 받았어요! 상태 좋네요
mk2:^ 감사합니다 ㅎㅎ
## 2026-03-24 20:00
mk6: 스위치 패드 아직 안왔어요 택배 송장 사진 보내주세요
mk5:^ [photo] 송장이요. 월요일 발송
mk6: 아 확인했어요 감사
dex: headset sold, thanks all
mk1: 거래완료 글은 ✅ 붙여주세요
+crowd 2
## 2026-04-06 18:30
mk2: 키캡 세트도 있어요 {a:2만원}
mk7: 입금 먼저 해야해요?
mk2:^ 직거래면 현장, 택배면 선입금요
mk7: 택배로 할게요 계좌요
mk2: {bank:mk2}
mk7: 입금했어요
mk2: 확인 택배 보냄
"""

COSPLAY = """
## 2026-03-04 20:00
+create cp4: 코스 포토 작가 모임 📸
cp4: 작가/코스어 모임방. 촬영 일정, 장소 공유. 무단 재업로드 금지
+pin cp4
+join cp1 cp2 cp3 cp5 cp6 cp7 cp8
cp1: 이번주 토요일 서울숲 촬영 가능하신 코스어님 계세요?
cp2:^ 저요! 원신 캐릭터로 갈게요
cp1: 좋아요 오후 3시 빛 좋을때
cp3: 저도 같이 가도 될까요 서브작가로
cp2: 네네 ㅎㅎ
## 2026-03-08 22:00
cp1: [photo] 토요일 촬영 셀렉 몇장. 보정 전이에요
cp2: 와 너무 예뻐요 ㅠㅠ 원본 받을 수 있을까요?
cp1:^ 원본은 구글드라이브로 보내드릴게요. 보정본은 다음주
cp6: 보정 맡겨주시면 장당 {a:5천원}에 해드려요
cp3: [photo] 제가 찍은 B컷
cp2: 다 좋다 ㅎㅎ
## 2026-03-13 21:00
cp4: 📢 스튜디오 봄 유료 촬영회 3/28\\n코스어 참가 무료 / 작가 참가비 {a:3만원}\\n마감 3/25
cp7: 유료 촬영회 룰 어떻게 돼요? 결과물 공개 범위
cp4:^ 코스어님 동의한 컷만 공개. 나머지는 비공개 앨범으로 코스어님께만 전달
cp7: 좋네요 신청할게요
cp4: 참가비 입금 {bank:studio}
cp7: 입금했습니다 {a:3만원}
cp3: 저도 입금 {a:3만원}
+crowd 2
## 2026-03-20 20:30
cp5: 작가님들 촬영본 비공개 앨범 링크 비번 걸어주시는거 좋아요 ㅎㅎ
cp1:^ 당연하죠. 코스어님 확인 전엔 아무데도 안 올려요
cp8: 혹시 미성년 코스어 촬영은 보호자 동의 받으시죠?
cp4:^ 네 저희 규칙이에요. 동의서 없으면 촬영 안해요
cp8: 👍
cp6: [photo] 보정 전후 비교. 피부 말고 배경만 손봤어요
cp2: 배경 색감 미쳤다
## 2026-03-28 19:00
cp4: 촬영회 끝! 다들 수고하셨어요
cp7: [photo] 오늘 현장 스냅
cp5: 원본 언제 받을 수 있을까요?
cp7:^ 일주일 안에 보내드릴게요
cp3: 마감 지키겠습니다 ㅋㅋ 저번엔 늦어서 죄송
cp1: 다음 촬영은 4월 벚꽃 ㄱ?
cp2: 무조건이요 🌸
+crowd 2
"""

COUPLE = """
## 2026-04-03 22:10
gf: 자기야 너 오늘 내 푸딩 먹었지
bf: 무슨 푸딩? 난 모르는 일
gf: 냉장고 CCTV 돌려본다 ㅋㅋ 다 찍혔어
bf: 우리집에 CCTV가 어딨어 ㅋㅋㅋ
gf: 증거 사진 있음 [빈 푸딩 컵]
gf: [photo] 이거 니 방 쓰레기통
bf: 헐 그건.. 모함이야
gf: 내일까지 푸딩 2개 안 사오면 너 어릴때 사진 단톡방에 뿌린다 ㅋㅋ
bf: 안돼 그 앞머리 사진만은
gf: 카운트다운 들어간다 3
gf: 2
bf: 사올게 사올게 3개 사올게
gf: ㅋㅋㅋ 현명한 선택
bf: 협박범이랑 사귀는 중
gf: 사랑하는 협박범 🐻
+1d
bf: [photo] 푸딩 3개 대령
gf: 용서해줌 ㅋㅋ 사진은 계속 내가 갖고 있을게
bf: 그거 평생 협박용이지
gf:^ 당연하지 ㅋㅋ
+2d
gf: 주말에 어디갈래
bf: 영화? 아님 보드게임카페
gf: 보드게임 가서 너 박살내줄게
bf: 지난번에 누가 졌더라
gf: 기억 안 남 ㅋㅋ
"""

DEBT = """
## 2026-03-18 20:00
dh2: 야 동현아 저번에 빌려간 돈
dh1: 아 그거 ㅋㅋ 기억하고 있음
dh2: {a:15만원}. 다음달 준다며 벌써 두달째다
dh1: 알바비 들어오면 바로 줌 진짜
dh2: 이번주 금요일까지 안 주면 너네 집 찾아간다 ㅋㅋ
dh1: 오지마 엄마한테 혼남 ㅋㅋㅋ
dh2: 그니까 보내라 계좌 알지?
dh1: 모름 다시 보내줘
dh2: {bank:dh2}
+2d
dh1: 금요일인데 {a:10만원}만 먼저 보냄 ㅠ
dh2: 나머지 {a:5만}은?
dh1: 다음주 ㄹㅇ
dh2: 이자 붙는다 ㅋㅋ 하루 한 개씩 치킨
dh1: 너 사채업자냐
+6d
dh1: [photo] 나머지 {a:5만원} 입금 캡처
dh2: ㅇㅋ 확인 빚 청산 축하
dh1: 치킨은 없던걸로
dh2: 안됨 ㅋㅋ 주말에 치킨 니가 쏨
"""

PARENT = """
## 2026-04-09 23:40
mom: 지우야 아직도 게임하니
teen: 아니 숙제중
mom: 방금 디스코드 소리 났는데
teen: 친구랑 숙제 물어보는거야
mom: 12시 전에 안 자면 휴대폰 압수다
teen: 엄마 진짜 왜그래
mom: 그리고 너 지난주에 학원 빠진거 엄마 다 알아
teen: 누가 말했어??
mom: 선생님이 전화하셨어. 아빠한테는 아직 말 안했다
teen: 말하지마 제발
mom: 이번 주말까지 밀린 숙제 다 하면 안 말할게. 안 하면 다 말한다
teen: 치사하다 진짜
+1d
mom: 숙제 사진 찍어서 보내
teen: [photo] 됐지?
mom: 수학은?
teen: [photo] 여기
mom: ㅇㅋ 저녁은 떡볶이 해줄게
teen: 엄마 최고 ❤️
mom: 그리고 게임에서 모르는 사람이 텔레그램 하자고 하면 절대 하지마. 뉴스 봤지?
teen: 알아 알아 나 그런거 안해
mom: 이상한 거 오면 엄마한테 바로 말해. 혼 안낼게
teen: 응
"""

# ---------------------------------------------------------------- later weeks
ESPORTS += """
## 2026-04-12 21:00
nova8: 응원버스 마감했습니다! 입금 못하신 분은 다음 기회에 ㅠ
nova9: 헐 저 입금했는데 명단에 없어요
nova8:^ 입금자명 뭐로 하셨어요?
nova9: 본명으로 했어요 ㅠ
nova8: 찾았어요 ㅋㅋ 추가함
nova6: 결승 상대 누구 유력?
nova4: probably the red team, they've been destroying everyone
jay_f: we'll kill them in the final. mark my words
nova2: 제이님 맨날 kill kill ㅋㅋ
jay_f:^ its a figure of speech my friend 😂
fox: 결승 끝나고 뒷풀이 함?
nova1:^ 치킨집 예약하자
nova10: [photo] 작년 결승 사진 찾음 ㅋㅋ
nova3: omg the banner
+crowd 2
## 2026-04-19 18:00
nova3: FINALS TODAY 💙💙💙
nova5: 버스 7시 출발 맞죠?
nova8:^ 네 합정역 2번출구. 늦으면 두고갑니다 진짜 ㅋㅋ
nova9: 알람 5개 맞춤
jay_f: destroy them boys
+3h
nova1: 1세트 졌어...
nova6: 괜찮아 아직 4세트 남음
fox: 정글 차이 ㅅㅂ
nova8: 욕 자제요~
+2h
nova3: WE WON 3:1 !!!!!!
jay_f: TOLD YOU. KILLED THEM
nova5: 울고있음 ㅠㅠㅠㅠ
nova2: 챔피언!!!
nova7: watching from LA at 5am worth it
nova10: [photo] 현장 우승 사진
fox: 미쳤다 진짜
nova4: MVP to the jungler no question
nova8: 다들 조심히 귀가하세요 💙
"""

LANGX += """
## 2026-04-09 21:00
lx6: 📝 Homework: write a short message inviting a friend somewhere
lx1: [photo] 내 숙제! "이번 주말에 영화 보러 갈래?"
mint_l:^ 완벽해요 👏
lx3: [photo] mine. "let's go to the han river"
lx6:^ 한강 가자! 좋아요
salt: [photo] 영작했어요 "Do you want to get some bread with me"
lx5:^ perfect, very on brand
salt: ㅋㅋㅋ 빵 없으면 못살아요
lx8: 숙제 늦게 냅니다 죄송 ㅠ [photo] 도 보냄
lx8: [photo] 여기요
lx6: 태민님 "I will going" → "I will go" 
lx8: 아 감사합니다
+crowd 2
## 2026-04-16 20:30
lx7: is it rude to say 너 in a group chat
lx2:^ 친하면 괜찮고 처음 보는 사람한테는 좀..
mint_l: "님" 붙이면 안전해요 ㅎㅎ
lx7: got it, 민트님 감사합니다
lx9: can someone explain 입금 vs 송금
lx4:^ 입금 = deposit (money coming into an account), 송금 = sending/transfer
lx9: so "입금했어요" = "i paid/deposited"?
lx4:^ yes
lx1: my landlord texts me "월세 입금 부탁드립니다" every month lol now i get it
salt: ㅋㅋ 현실 한국어
lx5: "마감" = deadline right? my boss keeps saying 마감
lx6:^ 맞아요. 숙제 마감은 목요일 밤이에요 😉
## 2026-04-23 21:00
lx6: 📢 다음주 휴강. 각자 자유 대화 연습!
lx3: anyone wanna practice on a call? DM me
lx2:^ 저요 DM 드림
salt: 저도 주말에 가능해요
lx1: [photo] i went to the bakery salt recommended 🥐
salt:^ 오 거기 맛있죠!!
lx9: this group is the best, thanks all
"""

MARKET += """
## 2026-04-10 20:00
mk4: 플스5 디스크 에디션 팝니다 {a:45만원}. 직거래 우선
mk6: 택배 가능해요? 지방이라
mk4:^ 택배면 선입금 + 안전결제 추천해요
mk6: 안전결제 수수료 얼마에요
mk4: {a:1만원} 정도
mk6: 생각해볼게요
mk9: 그 판매자 믿을만해요 저 전에 거래함
mk3: 혹시 아이 선물용 게임 추천해주실분
mk2:^ 마리오카트요 무조건
mk3: 감사해요 ㅎㅎ 중고 있으면 사진 보내주세요
mk5: [photo] 마리오카트 칩 {a:3만5천원}
mk3: 살게요! 계좌 주세요
mk5: {bank:mk5} 입니다
mk3: 입금했어요 {a:3만5천원}
mk5: 택배 내일 보내요 송장 올릴게요
## 2026-04-18 13:00
mk1: 📢 장터 공지: 계좌 올릴땐 본인 명의 계좌만. 타인 명의 요구하면 신고해주세요
mk7: 네넵
mk8: 플스 컨트롤러 잘 받았어요 ㅎㅎ
mk4:^ 굿굿
mk2: 키보드 하나 더 있는데 사실분 {a:9만원}
mk7: 사진 더 올려주세요 축 뭐에요
mk2:^ [photo] 갈축이요
mk7: 고민좀..
mk9: 택배 사기 조심하세요 오늘 뉴스에 나옴
mk1: 다들 조심 👍
+crowd 2
"""

COSPLAY += """
## 2026-04-05 20:00
cp1: 벚꽃 촬영 4/8 여의도 어때요
cp2: 좋아요!! 원본 많이 뽑아주세요 ㅎㅎ
cp3: 저 그날 마감 있어서 오후만
cp8: 저도 처음 참가해봐도 될까요? 카메라 입문 한달차
cp4:^ 환영해요! 렌즈 뭐 쓰세요?
cp8: 번들렌즈요 ㅠ
cp7:^ 번들로도 충분해요 빛만 잘 보면
## 2026-04-08 21:30
cp1: [photo] 벚꽃 셀렉
cp2: ㅠㅠㅠ 인생샷
cp6: 보정 요청 받습니다. 이번주 마감 금요일
cp5: 저 3장 부탁드려요 {a:1만5천원} 맞죠?
cp6:^ 네 장당 {a:5천원}
cp5: 입금했어요
cp8: [photo] 처음 찍어본거.. 부끄럽
cp1:^ 구도 좋은데요?
cp4: 비공개 앨범은 코스어님들께 링크 따로 드렸어요. 본인 외 공유 금지 부탁
cp2: 넵 확인했어요
cp7: 원본 전달 완료했습니다 ✅
## 2026-04-20 19:00
cp4: 📢 5월 유료 촬영회 공지는 다음주. 참가비 동결 {a:3만원}
cp3: 좋네요
cp5: 다음엔 게임 캐릭터 테마 어때요
cp2:^ 발로란트 캐릭터 해보고 싶어요
cp1: 소품 준비 빡세겠다 ㅋㅋ
"""

COUPLE += """
+3d
bf: 자기 나 오늘 야근
gf: 또?? 너 주말에 안 놀아주면 가만 안둔다
bf: 무서워 ㅋㅋ 토요일 풀로 비워둠
gf: 약속했다 캡처함 [photo]
gf: [photo] 증거
bf: 너 캡처 중독이야
gf: 협박범은 증거가 생명
"""

DEBT += """
+3d
dh1: 야 근데 치킨 진짜 사야됨?
dh2: 당연 ㅋㅋ 토요일 7시
dh1: ㅇㅋ 교촌 ㄱ
dh2: 다음에 또 돈 빌리면 이자 두배다
dh1: 다신 안빌림 ㅋㅋ
"""

PARENT += """
+2d
mom: 지우야 학원 선생님이 오늘 잘했다고 하시더라
teen: 거봐 나 열심히 한다니까
mom: 그래도 게임은 10시까지
teen: 11시
mom: 10시 반. 마감 넘기면 와이파이 끈다
teen: 알았어 ㅠ
"""

MARKET += """
## 2026-04-25 19:00
mk6: 스위치 OLED 구해요 {a:25만원}까지
mk4:^ 저 있어요 {a:27만원} 택배 가능
mk6: 사진 보내주세요 박스 포함?
mk4: [photo] 풀박스
mk6: 살게요 계좌요
mk4: {bank:mk4}
mk6: 입금했어요 {a:27만원}. 송장 부탁요
mk4:^ 내일 오전 택배. 송장 사진 올릴게요
mk4: [photo] 송장
mk6: ✅ 감사합니다
"""

ESPORTS += """
## 2026-04-26 20:00
nova8: 📢 우승 기념 팬방 굿즈 제작! 수요조사 마감 5/3
nova1: 저 2개
nova3: me 1! can ship to LA?
nova8:^ 해외배송비 {a:$12} 추가
nova3: ok np
nova5: 가격은 얼마에요
nova8:^ 1개 {a:1만8천원} 예상
nova9: 입금은 언제?
nova8:^ 수요조사 끝나고 공지. 선입금 아직 X
jay_f: the red team fans are still crying lol
fox: ㅋㅋ 커뮤 가보니까 난리남
"""


CHATS = [
    ("Seoul Nova 팬방 💙 (KR/EN)", "public_supergroup", "benign", "2026-04-30", ESPORTS),
    ("KR⇄EN Language Exchange 🌏", "public_supergroup", "benign", "2026-04-30", LANGX),
    ("게임기·굿즈 중고장터 🎮", "public_supergroup", "benign", "2026-05-02", MARKET),
    ("코스 포토 작가 모임 📸", "private_supergroup", "benign", "2026-05-02", COSPLAY),
    ("자기🐻", "personal_chat", "benign", "2026-04-28", COUPLE),
    ("동현", "personal_chat", "benign", "2026-04-11", DEBT),
    ("엄마", "personal_chat", "benign", "2026-04-11", PARENT),
]
