"""dev-9 cast: accounts (display name, hidden handle), roles by behaviour, victims, links, non-links."""

CAST = {
    # ---- the ring
    "dom": ("도미노", "domino_lounge"),          # boss, runs the paid room and the staff room
    "dom2": ("도미노2", "dmn_spare"),            # his announced alt
    "han": ("한실장", "alba_han_sj"),            # "고액 알바" recruiter
    "rookie": ("루키", "rookie_gift"),           # game-currency / gift-card "sponsor"
    "jay": ("제이", "fm_staff_j"),               # fake fan-meeting organiser
    "calc": ("정산소", "calc_room"),             # collector
    "post": ("택배기사", "parcel_k"),            # uploads the links
    # ---- paid-room members
    "cat": ("검은고양이", "blackcat_77"),        # pays from his own stated account
    "oo": ("ㅇㅇ", None),
    "bambi": ("밤비", None),
    "jjang": ("짱구아빠", None),
    "ghost": ("Ghost_K", "ghost_kk"),
    "today": ("오늘만산다", None),
    "watch": ("눈팅러", None),                   # the member who only watches
    "minjun": ("민준", None),
    "hoon": ("hoon", None),
    "bear": ("불곰", None),
    "taxi": ("택시", None),
    "cookie": ("쿠키", None),
    "lemon": ("레몬사탕", None),
    "gray": ("회색곰", None),
    # ---- victims (accounts)
    "sua": ("수아", "sua_0611"),
    "jimin": ("지민", "jimin_0x"),
    "haeun": ("하은", "haeun_s2"),
    "yuna": ("유나", "yuna_lv99"),
    "chae": ("채원", "chaewon_fm"),
    "dain": ("다인", None),                      # only through a mention_name entity
    # ---- benign people
    "pmgr": ("캐스팅팀 박매니저", None),
    "acoach": ("윤코치", None),
    "ap1": ("서하린", None), "ap2": ("정우진", None), "ap3": ("김나연", None), "ap4": ("이도현", None),
    "ap5": ("최예은", None), "ap6": ("한소희맘", None), "ap7": ("박시우", None), "ap8": ("Lena", None),
    "ap9": ("오지호", None),
    "jadmin": ("구인구직 관리자", None),
    "jhan": ("한실장", None),                   # a genuine café manager with the same display name
    "jb1": ("편의점 점장", None), "jb2": ("고깃집 사장님", None), "jb3": ("민서", None), "jb4": ("준서", None),
    "jb5": ("알바구함", None), "jb6": ("도연", None), "jb7": ("pc방 야간", None), "jb8": ("태윤", None),
    "jb9": ("하랑", None), "jb10": ("물류센터 반장", None),
    "pteach": ("김작가 (강사)", None),
    "pt1": ("소은", None), "pt2": ("재훈", None), "pt3": ("미나", None), "pt4": ("동건", None),
    "pt5": ("Alex", None), "pt6": ("유진", None), "pt7": ("현우", None),
    "par0": ("2반 대표 지윤맘", None),
    "par1": ("서준맘", None), "par2": ("하은아빠", None), "par3": ("민준", None), "par4": ("예린엄마", None),
    "par5": ("도윤맘", None), "par6": ("시아 아빠", None), "par7": ("채원맘", None), "par8": ("ㅇㅇ", None),
    "fr1": ("서연", None), "fr2": ("은비", None),
    "glead": ("기사단장", None), "g1": ("냥냥펀치", None), "g2": ("탱커장인", None), "g3": ("힐러누나", None),
    "g4": ("문상팝니다", None), "g5": ("칼바람", None), "g6": ("초보궁수", None), "g7": ("Zed", None),
    "g8": ("포션장수", None), "g9": ("새벽반", None),
}

# index into eval/common/artifacts.BANKS for named accounts
BANK_LAYOUT = {"mule1": 6, "mule2": 3, "catown": 1, "taxiown": 8, "agency": 4, "club": 0, "pclass": 5,
               "guild": 2, "jb2pay": 7}

ROLES = {
    "dom": ["operator"],
    "dom2": ["operator"],
    "han": ["operator"],
    "rookie": ["operator"],
    "jay": ["operator"],
    "calc": ["operator"],
    "post": ["distributor"],
    "cat": ["payer"],
    "oo": ["solicitor", "payer"],
    "bambi": ["payer"],
    "jjang": ["solicitor"],
    "ghost": ["solicitor", "payer"],
    "today": ["solicitor", "payer"],
    "watch": ["viewer"],
    "minjun": ["payer"],
    "hoon": ["solicitor"],
    "bear": ["viewer"],
    "taxi": ["payer"],
    "cookie": ["viewer"],
    "lemon": ["solicitor", "payer"],
    "gray": ["viewer"],
}

VICTIMS = {
    "sua": {"account": True, "mention": "@sua_0611", "name": "수아"},
    "jimin": {"account": True, "mention": "@jimin_0x", "name": "지민"},
    "haeun": {"account": True, "mention": None, "name": "하은"},
    "yuna": {"account": True, "mention": None, "name": "유나"},
    "chae": {"account": True, "mention": None, "name": "채원"},
    "dain": {"account": True, "mention": None, "name": "다인"},
    "_yeji": {"account": False, "mention": "@yeji_0309", "name": None},
    "_seojin": {"account": False, "mention": None, "name": "김서진"},
}

LINKS = [
    ("dom", "dom2", "announced alt: 도미노 posts '앞으로 공지는 도미노2 계정이 함, 그거 나임' in the paid room and the staff "
                    "room, and 도미노2 says '도미노 본계 정리 중, 이게 나'"),
    ("cat", "g1", "same own account: 검은고양이 pays the entry fee from '제 계좌' and gives the number; 냥냥펀치 gives "
                  "the same 카뱅 number as '제 계좌' for a gift-card trade in the gaming guild"),
]

NON_LINKS = [
    ("oo", "calc", "payer posted a 문상 PIN; the collector re-posted the same PIN in the staff room as '확인' (payee)"),
    ("bambi", "calc", "payer posted a 문상 PIN; the collector re-posted it in the staff room (payee)"),
    ("today", "calc", "payer posted a PIN; the collector re-posted it in the staff room (payee)"),
    ("minjun", "taxi", "both paid to the same collector account (mule1), which they repeat"),
    ("cat", "calc", "the collector repeats the payer's own account number to confirm the transfer"),
    ("han", "jhan", "display-name collision: a genuine café manager on the job board is also '한실장'"),
    ("fr1", "han", "the friend quotes the recruiter's handle @alba_han_sj from the scam offer"),
    ("par2", "han", "a parent quotes the school notice that names @alba_han_sj"),
    ("minjun", "par3", "display-name collision: 민준 in the paid room and a parent called 민준"),
    ("oo", "par8", "display-name collision: two 'ㅇㅇ'"),
    ("g4", "g3", "gift-card seller posts a PIN; the buyer repeats it to say it was already used"),
    ("ap2", "pmgr", "an applicant repeats the agency's account number for the workshop fee"),
]

JOIN_NAMES = {
    "lv": ["야옹", "Kevin", "낮잠", "dd", "흑곰", "베이글", "ㅁㄴㅇ", "초코우유", "lucky7", "겨울바다", "감자칩", "파란별",
           "삼겹살", "noname", "귤", "Mr.K", "펭귄", "아아", "달리기", "하품", "뭉치", "지나가던사람", "x", "바람",
           "핫식스", "동동", "새우깡", "철수", "ㅎㅎ", "kim", "도토리", "곰돌", "라면", "소금빵", "밤하늘", "jjj",
           "백수", "봄비", "ㄷㄷ", "옥수수", "Jay", "막내", "밤샘", "치즈", "1004", "수요일", "월급루팡", "반달",
           "ㅇㅅㅇ", "hello", "구름", "낚시꾼", "퇴근각", "오리", "단무지", "yoyo", "모카", "별똥별", "ㅈㅈ", "Max",
           "나그네", "호박", "멍멍", "김씨", "tt", "토끼", "무명", "가을"],
    "ag": ["채아", "은우", "윤슬", "지안", "도하", "서아", "Mia", "하율", "로운", "리나", "태오", "수빈", "가온", "시온",
           "나래", "보민"],
    "jb": ["치킨먹고싶다", "윤아", "성민", "알바생", "아르바", "주말만", "현빈", "Jin", "해솔", "다온", "지후",
           "여름", "ㄱㄱ", "시우", "준혁", "예준"],
    "gd": ["검성", "마법사", "도적왕", "연금술", "하루", "룬", "Knight", "방패", "물약", "불꽃", "얼음", "빵", "늑대",
           "sky", "활", "별가루", "도끼", "망토"],
    "pt": ["렌즈", "필름", "셔터", "조리개"],
}
