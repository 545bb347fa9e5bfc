"""dev-7 cast: accounts (key, display name or None for a deleted account, hidden handle), roles by
behaviour, victims, identity links (exhaustive) and non-link traps.  Assigned by hand."""

CAST = [
    # ---- criminal side
    ("gard", "정원사", "gardener_k"),
    ("desk", "정원 안내데스크", "garden_desk"),
    ("post", "우체부", "postman_g"),
    ("gate", "문지기", "gatekeep_m"),
    ("coll0", None, "sugeum_old"),
    ("coll", "수금", "sugeum2"),
    ("nc1", "밤산책", "nightwalk_99"),
    ("nc2", "밤산책 (새계정)", "nightwalk_re"),
    ("bamb", "밤바람", "night_breeze"),
    ("gaegul", "개굴", "gaegul_kk"),
    ("minji", "민지", "mj_0x"),
    ("ramyun", "라면왕", "ramyun_king"),
    ("jay", "Jay", "jay_kr88"),
    ("hotteok", "호떡", "hotteok_s"),
    ("soju", "소주한잔", "soju_one"),
    ("mogu", "모구", "mogu_mogu"),
    ("wolf", "늑대", "lonewolf_7"),
    ("sosu", "소수", "sosu_01"),
    ("kodak", "코딱지", "kodakji"),
    ("sajin", "사진쟁이", "sajin_kim"),
    ("vic", "다은", "da_eun_0911"),
    ("vic_sa", "수아", None),
]
PASSIVE = ("하루 ㅇㅇ 검은고양이 dd 익명1 푸른밤 kk99 새벽세시 무지 철수 nobody 고구마 꿀벌 토마토 z "
           "강냉이 파랑 로빈 스모키 레오 한량 곰돌 ㅁㅁ 삼겹살 레몬 ㅎ 구름 별 Ghost 망고 라떼 "
           "바다 은행 호랑 Min 초코 치즈 달팽이 콩 ... 양파 킹콩 모카 바람개비 미키 우주 "
           "노을 당근 뽀삐 두부 메롱 Tom 자몽 해피 ㅇㅇ 새우깡 백수 감자 오리 체리 까치").split()
CAST += [("p%02d" % (i + 1), n, None) for i, n in enumerate(PASSIVE[:61])]
CAST += [
    # ---- benign side
    ("coach", "한쌤", "hansam_it"), ("mgr", "매니저 유나", "yuna_mgr"), ("tutor", "조교 민석", "ms_tutor"),
    ("ant", "불개미", "fire_ant_sig"), ("fairy", "차트요정", "chart_fairy"),
    ("artist", "달토끼", "moonrabbit_toon"), ("artalt", "달토끼 작업계정", "moonrabbit_work"),
    ("lens", "빛그림 쌤", "bitgrim_photo"), ("pjay", "Jay", "jay_camera"),
    ("fanop", "은하수운영", "eunhasu_op"), ("star", "별빛", "starlight_jy"), ("star2", "별빛 (부계)", "starlight_jy2"),
    ("fminji", "민지", "minji_galaxy"),
    ("radm", "리셀관리자", "resell_admin"), ("mlover", "명품러버", "luxlover_p"),
    ("collect", "박정훈 과장 (한빛렌탈)", "hanbit_collect"), ("debtor", "김태호", "taeho_k"),
    ("sh", "승호", "seungho_lol"), ("gamer", "동현", "donghyun_gg"),
    ("coachk", "김코치님", None), ("swim", "이수빈", "subin_swim"),
]
BEN_NAMES = {
    "s": "서연 이준 수정 ㅇㅇ 하늘바라기 공부하는곰 정처기합격 유진 밍밍 야근러",
    "t": "코인러 단타왕 존버 고래 개미1 새우 차트쟁이 BTC가즈아 익명 레버리지 떡상",
    "w": "토끼덕후 당근 토끼풀 윤 달빛 밤토끼 소라 ㅇㅅㅇ 연두",
    "h": "은비 준수 다솜 하은 이현우",
    "f": "은하 미리내 ㅇㅇ 카시오페아 샛별",
    "r": "샤넬맘 구매자 스피디 당한사람 구찌 선물고민",
    "q": "최현 공시생 박하늘 민트 소금빵 베이글 불장 하락장 코린이 존버왕 스윙 웹툰러버 토끼발 콩떡 새싹이 나무늘보 렌즈 새내기 폰카 보정러 ㅅㅅ 카시 별하 응원봉 은하꼬 여행러 백팩 네고왕 가품감별 선입금ㅠ 디올 새들 궁금이 막차 ㅁㄴㅇ 아침 감귤 닭발 nova 에어팟 토끼사랑 후원자 ㄱㄴ 환불요청 사진초보 4기지망 카드되나 사기조심 궁금해요 셀린느",
}
for pre, names in BEN_NAMES.items():
    CAST += [("%s%02d" % (pre, i + 1), n, None) for i, n in enumerate(names.split())]

ROLES = {
    "gard": ["operator"], "desk": ["operator"], "coll0": ["operator"], "coll": ["operator"],
    "gate": ["operator"], "post": ["operator", "distributor"],
    "nc1": ["solicitor", "payer"], "nc2": ["solicitor", "payer"], "bamb": ["solicitor", "payer"],
    "gaegul": ["payer"], "minji": ["solicitor", "payer"], "ramyun": ["payer"], "jay": ["solicitor", "payer"],
    "hotteok": ["solicitor", "payer"], "soju": ["payer"], "mogu": ["payer"], "wolf": ["solicitor", "payer"],
}
VICTIM_ACCOUNTS = ["vic", "vic_sa"]
MENTION_ONLY = ["vic_sa"]
VICTIMS = [
    ("vic", "@da_eun_0911", "다은"),
    ("vic_sa", None, "수아"),
    (None, "@yerin_0304", None),
    (None, None, "한서진"),
]
LINKS = [
    ("gard", "desk", "stated alt: in the staff room the operator says '안내데스크 계정은 내 부계임'"),
    ("coll0", "coll", "deleted account's successor: the old collector says it will delete the account and "
     "come back on a new one; the new account re-posts '내 USDT' wallet the old one had called its own"),
    ("nc1", "nc2", "stated alt: old account gave @nightwalk_99 as its own DM handle; the new account says it "
     "is 'the person who used @nightwalk_99' and the old one was banned"),
    ("soju", "mlover", "same bank account given as '제 계좌' in the paid room (refund) and in the resale room "
     "(crosses into a benign room)"),
    ("star", "star2", "stated alt (benign): '본계 @starlight_jy 로 못들어와요 이 계정이 부계입니다'; the old "
     "account had said 'DM은 @starlight_jy 로'"),
    ("artist", "artalt", "stated alt (benign): the webtoon artist's work account, confirmed by the artist"),
]
NON_LINKS = [
    ("minji", "coll0", "payer posted a gift-card PIN; the collector re-posted it in the staff room as '확인완료'"),
    ("minji", "coll", "payer's second PIN re-posted by the new collector account as '확인완료'"),
    ("nc1", "bamb", "two payers sent to the same operator BTC wallet"),
    ("mogu", "bamb", "two payers sent to the same (second) operator BTC wallet"),
    ("ramyun", "coll0", "payer quotes the collector's USDT wallet it paid to"),
    ("hotteok", "coll0", "payer posted the mule bank account it paid into; the collector posted the same account"),
    ("p27", "nc1", "quoted handle: '@nightwalk_99 이분 요즘 안보이네'"),
    ("minji", "fminji", "display-name collision: 민지 in the paid room and 민지 in the fan club"),
    ("jay", "pjay", "display-name collision: Jay in the paid room / webtoon room and Jay in the photo workshop"),
    ("s02", "coach", "study member repeats the study admin's bank account before paying"),
    ("fminji", "fanop", "fan club member repeats the fan club's group-buy account"),
    ("t02", "ant", "signal subscriber repeats the admin's USDT wallet"),
    ("bamb", "t10", "two signal subscribers paid to the same USDT wallet"),
    ("mlover", "r02", "two buyers paid into the same escrow account"),
    ("wolf", "coll0", "payer mistyped the collector's BTC wallet (invalid) and the collector re-posted the correct one"),
    ("s04", "f03", "display-name collision: ㅇㅇ in the study room and ㅇㅇ in the fan club"),
]
BTC_STYLE = {"op1": "bech32", "op2": "p2pkh", "bamb": "p2sh", "ant": "bech32"}
BANK_WHICH = {"mule1": 0, "mule2": 2, "study": 5, "escrow": 7, "scam": 6, "fan": 4, "photo": 3,
              "rental": 8, "swim": 1, "soju": 3}
