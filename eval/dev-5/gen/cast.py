"""Who is who in dev-5: accounts, role bookkeeping and the shared payment artifacts.
Roles are recorded where an account acts (role()), never inferred afterwards."""
import collections

import artifacts as A
import engine as E
from engine import Acc

R = E.R
ROLES = collections.defaultdict(set)  # account key -> roles seen in criminal rooms


def role(acc, r):
    ROLES[acc.key].add(r)


# ------------------------------------------------------------------ ring staff
boss = Acc("상자지기", "glassbox_keeper")
desk = Acc("안내데스크", "glassbox_desk")            # boss's announced alt, runs the recruitment room
paybot = Acc("상자결제봇", "glassbox_paybot")        # payment-confirmation bot
collector = Acc("정산", "jungsan_box")
collector_en = Acc("Ledger", "ledger_2nd")          # collector's English second account
rec_k = Acc("K대표", "k_sponsor_biz")                # recruiter posing as a sponsor; later banned
rec_k2 = Acc("K", "k_is_back_26")                    # the same recruiter's new account
rec_haru = Acc("하루언니 💕", "haru_unnie")           # recruiter posing as an older girl with a sponsor
uploader = Acc("배달부", "box_delivery")             # uploads the material into the tier rooms
STAFF = [boss, desk, paybot, collector, collector_en, rec_k, rec_k2, rec_haru, uploader]

# ------------------------------------------------------------------ members
SOL_NAMES = ["검은고양이", "야간경비", "ㅁㄴㅇㄹ", "빵셔틀", "Zero", "루팡", "초코우유", "밤바다", "냥냥펀치",
             "회색곰", "GG", "무지개떡", "고구마", "hide_k", "쿼카", "판다곰", "별똥별", "노을", "x_x", "도토리"]
PAY_NAMES = ["먹구름", "하품", "ㅂㅂ", "북극곰", "Sky", "소나기", "아몬드", "딸기라떼", "짱구", "모기",
             "연탄", "감귤", "ㄱㄱ", "마라탕", "Tom", "바닐라", "사과", "라면왕", "펭수팬", "제로콜라",
             "낙지", "꿀벌", "ㅇㅇ", "호떡"]
VIEW_NAMES = ["민트", "ㅇㅇ", "지나가던사람", "노랑", "새벽", "Kim", "구름빵", "삼겹살", "미역", "돌멩이",
              "파란", "치즈", "J", "ㅎㅎ", "까치", "달", "고래", "눈팅", "토끼", "Lee", "양파", "우동", "칼국수",
              "멸치", "버섯", "참치", "곰돌", "sun", "ㅋㅋ", "참새"]

solicitors = [Acc(n) for n in SOL_NAMES]
payers = [Acc(n) for n in PAY_NAMES]
viewers_talk = [Acc(n) for n in VIEW_NAMES]
# join-only members: display names from a plain list, numbered where they repeat
_JOIN = ["익명", "user", "ㅇㅇ", "guest", "탈퇴예정", "ㅁㅁ", "a", "k", "닉네임", "x"]
viewers_join = [Acc("%s%d" % (R.choice(_JOIN), R.randrange(10, 999)) if R.random() < 0.7 else R.choice(_JOIN))
                for _ in range(52)]
reposter = Acc("퍼나르미", "fwd_only_")                # member who forwards files from other rooms
reposter2 = Acc("택배기사")
deleted_old = Acc("유령", deleted=True)               # later deleted; successor reclaims the wallet
successor = Acc("유령2")
two_wallet_a = Acc("북극성")                          # one person, two accounts, same BTC wallet
two_wallet_b = Acc("polaris")
phone_cross = Acc("새우깡")                            # declares a phone in tier 2 and (another id) in job board
phone_cross_b = Acc("새우")                            # the benign-side account of the same person
overlap_viewer = Acc("뚜비")                           # silent in tier 1, chatty in the streamer fan chat

# ------------------------------------------------------------------ victims
v_seoa = Acc("서아")              # 1:1 exported by recruiter K
v_chaeeun = Acc("채은")           # exported the 1:1 with 하루 herself
v_minji = Acc("민지")             # known only through a mention_name entity in the staff room
VICTIMS = [v_seoa, v_chaeeun, v_minji]

# ------------------------------------------------------------------ shared payment artifacts
OP_BTC = A.btc(R, "bech32")
OP_BTC2 = A.btc(R, "p2sh")
OP_ETH = A.eth(R)
OP_XMR = A.xmr(R)
OP_BANK = A.bank(R, 7)  # 하나, a money-mule account
BAD_BTC = A.corrupt(R, OP_BTC, A.btc_ok)
BAD_ETH = A.corrupt(R, OP_ETH, A.eth_ok)
POLARIS_BTC = A.btc(R, "p2pkh")
GHOST_ETH = A.eth(R)
SHRIMP_PHONE = A.phone(R)
