"""Accounts (key -> display name or None for a deleted account, hidden handle, roles), victims,
identity links and non-links of sealed-6.  Roles are assigned by hand from what each account does
in the scripts; an account with no roles that appears in a criminal room is a viewer."""

CAST = {
    # ---- the crew
    "zero": ("Zero", "zero_lvl", "operator"),
    "notice": ("레벨업 안내", "lvlup_desk", "operator distributor"),
    "cashier": ("LvlUp Cashier 🤖", "lvlup_pay_bot", "operator"),
    "crow": ("까마귀", "crow_mod", "operator"),
    "raven": ("Raven", "raven_dm", "operator"),
    "haeun": ("하은", "haeun_0o", "operator"),
    "fox": ("여우", "fox_vc", "operator"),
    "mule1": ("돈통", "dontong", "operator"),
    "mule1b": ("돈통 2", "dontong_two", "operator"),
    "mule2": ("택배", "tb_runner", "operator"),
    "seller": ("상점주인", "shop_owner_lv", "operator distributor"),
    "upk": ("업로더K", "uploader_k", "distributor"),
    # ---- members who forward / ask / pay
    "box": ("박스", None, "distributor"),
    "ghost": ("ghostfwd", "ghostfwd", "distributor payer"),
    "nc_old": ("nightcrawler", "nc_krawl", "solicitor"),
    "nc_new": ("nightcrawler.", "nc_back", "solicitor payer"),
    "jay_c": ("Jay", None, "payer solicitor"),
    "lurk": ("lurk3r", "lurk3r", "payer"),
    "lurk_kr": ("김씨", None, "payer solicitor"),
    "mike": ("bigmike", None, "solicitor"),
    "dad": ("kdrama_dad", None, "payer"),
    "mint_c": ("민트", None, "payer"),
    "oo_c": ("ㅇㅇ", None, "solicitor"),
    "saebyuk": ("새벽감성", None, "solicitor"),
    "godung": ("고등어", None, "payer"),
    "chimu": ("치킨무", None, "solicitor"),
    "bbang": ("빵셔틀", None, "payer"),
    "del1": (None, None, "payer"),
    "rejoin": ("재가입함", None, "payer"),
    "quoter": ("노른자", None, ""),
    "skeptic": ("Tomo", None, ""),
    "footy": ("손흥민아들", None, ""),
    "asker": ("가격만물어봄", None, ""),
    "paranoid": ("vpn켜", None, ""),
    "salt": ("소금빵", None, ""),
    "dex": ("Dex", "dex_buys", "payer solicitor"),
    "pay_a": ("user_88", None, "payer"),
    "pay_b": ("칼바람", None, "payer"),
    "pay_c": ("망고", None, "payer"),
    "pay_d": ("koala", None, "payer"),
    "pay_e": ("밤샘", None, "payer"),
    "pay_f": ("Leo", None, "payer"),
    "pay_g": ("찐따아님", None, "payer solicitor"),
    "sol_a": ("rust", None, "solicitor"),
    "sol_b": ("초코칩", None, "solicitor"),
    "sol_c": ("ttv_nobody", None, "solicitor"),
    # ---- victims with an account / a mention_name id
    "v_tyler": ("tyler 🎧", "tylr_gg", ""),
    "v_seojin": ("서진", "sj_0309", ""),
    "v_chaewon": ("채원", None, ""),
    # ---- benign: esports fan chat
    "jay_f": ("Jay", None, ""),
    "nova1": ("노바최고", None, ""), "nova2": ("찬솔", None, ""), "nova3": ("Mina", None, ""),
    "nova4": ("kevin_na", None, ""), "nova5": ("닭강정", None, ""), "nova6": ("서울러", None, ""),
    "nova7": ("ellie.s", None, ""), "nova8": ("팬방지기", "nova_fanroom", ""), "nova9": ("오타쿠아님", None, ""),
    "nova10": ("Big Yoon", None, ""),
    # ---- benign: language exchange
    "mint_l": ("민트", None, ""),
    "lx1": ("Hannah", None, ""), "lx2": ("준서", None, ""), "lx3": ("Carlos", None, ""), "lx4": ("유리", None, ""),
    "lx5": ("Sam (UK)", None, ""), "lx6": ("다은쌤", None, ""), "lx7": ("Priya", None, ""), "lx8": ("태민", None, ""),
    "lx9": ("Max", None, ""),
    # ---- benign: second-hand market
    "mk1": ("장터지기", None, ""), "mk2": ("키보드덕후", None, ""), "mk3": ("초보맘", None, ""),
    "mk4": ("중고왕", None, ""), "mk5": ("패드팝니다", None, ""), "mk6": ("스위치구함", None, ""),
    "mk7": ("ㅇㅇ", None, ""), "mk8": ("등푸른생선", None, ""), "mk9": ("택배아저씨아님", None, ""),
    # ---- benign: cosplay photographers
    "cp1": ("렌즈장인", None, ""), "cp2": ("코스어 루루", None, ""), "cp3": ("f1.4", None, ""),
    "cp4": ("스튜디오 봄", None, ""), "cp5": ("레이어 토끼", None, ""), "cp6": ("보정요정", None, ""),
    "cp7": ("진사 김", None, ""), "cp8": ("모카", None, ""),
    # ---- benign 1:1s
    "gf": ("예린", None, ""), "bf": ("자기🐻", None, ""),
    "dh1": ("동현", None, ""), "dh2": ("승우", None, ""),
    "mom": ("엄마", None, ""), "teen": ("지우", None, ""),
}

# (account key or None, @mention or None, name or None) -- each identifier appears in the text
VICTIMS = [
    ("v_tyler", "@tylr_gg", "Tyler"),
    ("v_seojin", None, "박서진"),
    ("v_chaewon", None, "채원"),
    (None, "@yuna_0412", None),
    (None, None, "김도윤"),
    (None, "@minseo_v", "이민서"),
    (None, None, "Ethan"),
]

LINKS = [
    ("zero", "notice", "boss says the preview-room desk account is his alt"),
    ("crow", "raven", "moderator says the English DM account is his second account"),
    ("mule1", "mule1b", "collector introduces his second account as his own"),
    ("nc_old", "nc_new", "old account gave its handle as its own; new account says that account was banned and was his"),
    ("lurk", "lurk_kr", "the same BTC refund wallet called 'my wallet' / '제 지갑' in two rooms"),
    ("godung", "mk8", "the same bank account called '제 계좌' in the paid room and in the market"),
    ("del1", "rejoin", "deleted account's ETH wallet re-posted as 'mine' by the successor, who says he deleted it"),
]

NONLINKS = [
    ("pay_a", "cashier", "cashier re-posts the payer's gift-card PIN as confirmed"),
    ("pay_b", "cashier", "cashier re-posts the payer's gift-card PIN as confirmed"),
    ("pay_c", "mule1", "collector re-posts the payer's PIN in the staff room"),
    ("pay_d", "pay_e", "both pay to the same cashier BTC wallet"),
    ("pay_f", "cashier", "payer quotes the cashier's wallet to check it"),
    ("quoter", "nc_old", "quotes the banned member's handle"),
    ("mint_c", "mint_l", "display-name collision (민트)"),
    ("jay_c", "jay_f", "display-name collision (Jay)"),
    ("oo_c", "mk7", "display-name collision (ㅇㅇ)"),
    ("mule2", "godung", "mule repeats the payer's refund account in the staff room"),
    ("mk3", "mk2", "market buyer repeats the seller's account"),
    ("jay_c", "ghost", "both pay to the same USDT address"),
]

CROWD_NAMES = """
ㅁㅁ 구경꾼 sleepy_kid hj_22 냥냥펀치 Ghost42 무명 oreo_ 김밥천국 seoulnight 라면왕 qwerty
달빛 noname_7 ㅋㅋ맨 zzz 곰돌이 wave 박씨 kr_lurker 새우깡 b_b 야식 Kai 몽실이 fps_god 콜라
Jin. 하늘색 mango_ 불닭 0_0 민초 ace99 코코 rnd_user 겨울 뚱이 silent_r 감자 tt_ 초코 nobody_kr
호박 jjj 토끼 ramen4 밤하늘 user_1204 흰둥이 ddd 파랑 lazy_cat 짱구 raptor 만두 ys 딸기 drifter
두부 hwan 고구마 k_k 바다 neon_ 꿀떡 ggg 해피 lynx 카레 sun_ 붕어빵 h2o 연어 mist 떡볶이 pixel
오리 echo_ 망고맛 zed 참치 rook 사과 taco 귤 ivy_ 감귤 nox 쿠키 orbit 메론 bolt 자두 flux 수박
라떼 sage 호떡 jinx 모찌 yeti 팥빙수 koi 우동 ruby_ 국밥 vex 치즈 wolf_ 김치 dune 순대 ash_
""".split()
